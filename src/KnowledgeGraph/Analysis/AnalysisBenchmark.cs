using System.Diagnostics;
using KnowledgeGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// One step of <see cref="AnalysisBenchmark.Run"/>, the least CPU milliseconds of the runs: before (the
/// arrays of <see cref="GraphView.Build"/> and the <see cref="RelationGraph"/> entry points, as <c>kg analyze</c> ran
/// them), after (the <see cref="RelationView"/> QuikGraph views <c>kg analyze</c> runs now) and QuikGraph's own
/// algorithm on the same view where it has one. Null where a side does not exist.
/// </summary>
public sealed record BenchmarkStep(string Name, double? Before, double After, double? QuikGraph, string Note);

/// <summary>The steps, the time to generate the graph and the memory the views take beyond the bare arrays.</summary>
public sealed record BenchmarkResult(IReadOnlyList<BenchmarkStep> Steps, double GenerateMilliseconds, double ArrayMegabytes, double ViewMegabytes);

/// <summary>
/// Times every analysis step on one generated graph in one process, the old path and the new one side by side:
/// each run does every step once per side, alternating which side goes first, and the table keeps the least CPU
/// time of the runs (the machine is shared: CPU time is what the step itself costs, and the minimum the least
/// disturbed figure). A small graph is analysed first so that no timing includes JIT compilation.
/// </summary>
public static class AnalysisBenchmark
{
    public static BenchmarkResult Run(int nodes, int edges, int betweennessSamples, int repeat = 3, int seed = 4)
    {
        RunOnce(SyntheticGraphs.RandomDirected(200, 1000, seed), 10, seed, [], beforeFirst: true);
        var watch = Stopwatch.StartNew();
        var graph = SyntheticGraphs.Large(nodes, edges, seed);
        var generate = watch.Elapsed.TotalMilliseconds;
        var best = new Dictionary<string, Timing>();
        for (var run = 0; run < repeat; run++) RunOnce(graph, betweennessSamples, seed, best, beforeFirst: run % 2 == 0);

        var steps = best.Values.Select(t => new BenchmarkStep(t.Name, t.Before, t.After!.Value, t.QuikGraph, t.Note)).ToList();
        var sampled = steps.Single(s => s.Name.StartsWith("betweenness", StringComparison.Ordinal));
        var factor = (double)nodes / Math.Max(1, Math.Min(betweennessSamples, nodes));
        steps.Insert(steps.IndexOf(sampled) + 1, new BenchmarkStep("betweenness, exact (extrapolated)",
            sampled.Before * factor, sampled.After * factor, null, "O(N·M): sampled time × N / k"));

        var (arrays, views) = (Allocated(() => (GraphView.Default.Build(graph), GraphView.Default.Undirected().Build(graph))),
            Allocated(() => (RelationView.Directed(graph), RelationView.Undirected(graph))));
        return new BenchmarkResult(steps, generate, arrays, views);
    }

    private sealed class Timing(string name)
    {
        public string Name { get; } = name;
        public double? Before { get; set; }
        public double? After { get; set; }
        public double? QuikGraph { get; set; }
        public string Note { get; set; } = "";
    }

    private static void RunOnce(RelationGraph graph, int samples, int seed, Dictionary<string, Timing> best, bool beforeFirst)
    {
        void Step<TBefore, TAfter>(string name, Func<TBefore>? before, Func<TAfter> after, Func<object>? quikGraph = null, Func<TAfter, string>? note = null)
        {
            if (!best.TryGetValue(name, out var timing)) best[name] = timing = new Timing(name);
            TAfter result = default!;
            void RunAfter() => timing.After = Min(timing.After, Time(() => result = after()));
            void RunBefore() { if (before is not null) timing.Before = Min(timing.Before, Time(() => before())); }
            if (beforeFirst) { RunBefore(); RunAfter(); } else { RunAfter(); RunBefore(); }
            if (quikGraph is not null) timing.QuikGraph = Min(timing.QuikGraph, Time(() => quikGraph()));
            if (note is not null) timing.Note = note(result);
        }

        CompactGraph g = null!, u = null!;
        DirectedRelationView directed = null!;
        UndirectedRelationView undirected = null!;
        Step("build directed view", () => g = GraphView.Default.Build(graph), () => directed = RelationView.Directed(graph),
            () => directed.ToBidirectionalGraph(), r => $"{r.VertexCount:N0} vertices, {r.EdgeCount:N0} edges (symmetric types both ways); QuikGraph: ToBidirectionalGraph copy");
        Step("build undirected view", () => u = GraphView.Default.Undirected().Build(graph), () => undirected = RelationView.Undirected(graph),
            () => undirected.ToUndirectedGraph(), r => $"{r.EdgeCount:N0} edges; QuikGraph: ToUndirectedGraph copy");
        var root = directed.VertexAt(0);
        Step("degree / strength", () => Centrality.Degree(u), () => Centrality.Degree(undirected));
        Step("PageRank (tolerance 1e-12)", () => Centrality.PageRank(g), () => Centrality.PageRank(directed));
        Step("PageRank (tolerance 1e-6, as networkx's default)", () => Centrality.PageRank(g, tolerance: 1e-6), () => Centrality.PageRank(directed, tolerance: 1e-6));
        Step($"betweenness, {samples} sampled sources", () => Centrality.Betweenness(g, samples, seed), () => Centrality.Betweenness(directed, samples, seed),
            note: _ => $"k = {samples} of N sources, scaled by N/k");
        Step("weakly connected components", () => Components.Weak(g), () => Components.Weak(directed),
            () => directed.WeaklyConnectedComponents(new Dictionary<ActorVertex, int>()), r => $"{r.Count:N0} components");
        VertexPartition<ActorVertex> strong = null!;
        Step("strongly connected components", () => Components.Strong(g), () => strong = Components.Strong(directed),
            () => directed.StronglyConnectedComponents(new Dictionary<ActorVertex, int>()), r => $"{r.Count:N0} components");
        Step<object, Condensation>("condensation, topological order", null, () => Condensation.Of(directed.Compact, strong.Partition),
            note: r => $"{r.Links.Count:N0} links between {r.Components.Count:N0} components; new (QuikGraph's topological sort)");
        Step("Louvain communities", () => Communities.Louvain(u, seed), () => Communities.Louvain(undirected, seed: seed),
            note: r => $"{r.Communities.Count:N0} communities, modularity {r.Modularity:0.000}, {r.Levels} levels");
        Step("BFS from one node", () => Paths.BreadthFirst(g, 0), () => Paths.BreadthFirst(directed, root), () => QuikGraphBreadthFirst(directed, root));
        Step("Dijkstra from one node (cost 1/weight)", () => Paths.Dijkstra(g, 0, e => 1.0 / g.Weights[e]), () => Paths.Dijkstra(directed, root),
            () => directed.ShortestPathsDijkstra(e => 1.0 / e.Weight, root));
        Step("top dyads (conflict)", () => SignedRelations.TopDyads(graph, Polarity.Conflict, 10), () => SignedRelations.TopDyads(undirected, Polarity.Conflict, 10),
            note: _ => "before: builds its own view; after: on the shared view");
        Step("structural balance", () => SignedRelations.Balance(graph, maxListed: 100), () => SignedRelations.Balance(undirected, 100),
            note: r => $"{r.Triads:N0} triads, {r.BalancedShare:P1} balanced; before: builds its own view");
        Step<object, AnalysisReport>("kg analyze: everything (Annotate)", null,
            () => GraphAnalysis.Annotate(graph, new AnalysisOptions { BetweennessSamples = samples, Seed = seed }).Report,
            note: r => $"with {samples} sampled betweenness sources; {r.StrongComponents:N0} strong components");
    }

    private static object QuikGraphBreadthFirst(DirectedRelationView graph, ActorVertex root)
    {
        var bfs = new BreadthFirstSearchAlgorithm<ActorVertex, RelationEdge>(graph);
        var parents = new VertexPredecessorRecorderObserver<ActorVertex, RelationEdge>();
        using (parents.Attach(bfs)) bfs.Compute(root);
        return parents.VerticesPredecessors;
    }

    /// <summary>
    /// CPU milliseconds of the process (every thread: the parallel betweenness counts both cores) spent in
    /// <paramref name="action"/>: other jobs on a shared machine stretch wall-clock time, much less CPU time.
    /// </summary>
    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = Environment.CpuUsage.TotalTime;
        action();
        return (Environment.CpuUsage.TotalTime - start).TotalMilliseconds;
    }

    private static double Min(double? best, double time) => best is { } b ? Math.Min(b, time) : time;

    private static double Allocated(Func<object> build)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        GC.KeepAlive(build());
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024);
    }
}
