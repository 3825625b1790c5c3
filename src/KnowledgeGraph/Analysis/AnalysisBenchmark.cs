using System.Diagnostics;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Analysis;

/// <summary>One timed step of <see cref="AnalysisBenchmark.Run"/>.</summary>
public sealed record BenchmarkStep(string Name, double Milliseconds, string Note);

/// <summary>Times every analysis algorithm once on a generated graph (wall clock, after a small warm-up run).</summary>
public static class AnalysisBenchmark
{
    public static IReadOnlyList<BenchmarkStep> Run(int nodes, int edges, int betweennessSamples, int seed = 4)
    {
        // warm-up so the first timings do not include JIT compilation
        RunSteps(SyntheticGraphs.RandomDirected(200, 1000, seed), 10, seed);
        var steps = new List<BenchmarkStep>();
        var watch = Stopwatch.StartNew();
        var graph = SyntheticGraphs.Large(nodes, edges, seed);
        steps.Add(new BenchmarkStep("generate graph", watch.Elapsed.TotalMilliseconds, $"{nodes:N0} nodes, {edges:N0} edges"));
        steps.AddRange(RunSteps(graph, betweennessSamples, seed));
        return steps;
    }

    private static IEnumerable<BenchmarkStep> RunSteps(RelationGraph graph, int betweennessSamples, int seed)
    {
        var steps = new List<BenchmarkStep>();
        T Time<T>(string name, Func<T> action, Func<T, string>? note = null)
        {
            var watch = Stopwatch.StartNew();
            var result = action();
            steps.Add(new BenchmarkStep(name, watch.Elapsed.TotalMilliseconds, note?.Invoke(result) ?? ""));
            return result;
        }
        var g = Time("build compact view", () => GraphView.Default.Build(graph), r => $"{r.NodeCount:N0} nodes, {r.EdgeCount:N0} edges");
        var undirected = Time("build undirected view", () => GraphView.Default.Undirected().Build(graph));
        Time("degree / strength", () => Centrality.Degree(g));
        Time("PageRank (tolerance 1e-12)", () => Centrality.PageRank(g));
        Time("PageRank (tolerance 1e-6, as networkx's default)", () => Centrality.PageRank(g, tolerance: 1e-6));
        Time($"betweenness, {betweennessSamples} sampled sources", () => Centrality.Betweenness(g, betweennessSamples, seed),
            _ => $"k = {betweennessSamples} of N sources, scaled by N/k");
        steps.Add(new BenchmarkStep("betweenness, exact (extrapolated)",
            steps[^1].Milliseconds * g.NodeCount / Math.Max(1, Math.Min(betweennessSamples, g.NodeCount)), "O(N·M): sampled time × N / k"));
        Time("weakly connected components", () => Components.Weak(g), r => $"{r.Count:N0} components");
        Time("strongly connected components", () => Components.Strong(g), r => $"{r.Count:N0} components");
        Time("Louvain communities", () => Communities.Louvain(undirected, seed), r => $"{r.Partition.Count:N0} communities, modularity {r.Modularity:0.000}, {r.Levels} levels");
        Time("BFS from one node", () => Paths.BreadthFirst(g, 0));
        Time("Dijkstra from one node", () => Paths.Dijkstra(g, 0, e => 1.0 / g.Weights[e]));
        Time("top dyads (conflict)", () => SignedRelations.TopDyads(graph, Polarity.Conflict, 10));
        Time("structural balance", () => SignedRelations.Balance(graph, maxListed: 100), r => $"{r.Triads:N0} triads, {r.BalancedShare:P1} balanced");
        return steps;
    }
}
