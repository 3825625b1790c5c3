using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Analysis;

/// <summary>A link of the condensation: relation edges from one strong component to another.</summary>
public sealed record CondensationLink(int From, int To, int Edges);

/// <summary>
/// The condensation of a directed graph: each strong component (a bloc whose members all reach one another along
/// relation edges) becomes one vertex, and an edge joins two components when a relation edge does. It is acyclic;
/// <see cref="Order"/> is a topological order of it, sources first (a bloc comes before every bloc it reaches).
/// </summary>
public sealed record Condensation(Partition Components, IReadOnlyList<int> Order, IReadOnlyList<CondensationLink> Links)
{
    /// <summary>
    /// Condenses <paramref name="g"/> along the strong components <paramref name="strong"/> (from
    /// <see cref="Components.Strong(CompactGraph)"/>) and orders the components with QuikGraph's source-first
    /// topological sort (Kahn). Links are listed by source component in that order, then by target. Self-loops and
    /// edges inside a component are no links. Reference: Kahn, "Topological sorting of large networks", CACM 5(11),
    /// 1962; Cormen et al., <i>Introduction to Algorithms</i>, §22.5 (component graph). Complexity O(N + M).
    /// </summary>
    public static Condensation Of(CompactGraph g, Partition strong)
    {
        if (!g.Directed) throw new ArgumentException("the condensation is of a directed graph");
        var membership = strong.Membership;
        var counts = new Dictionary<(int, int), int>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var (a, b) = (membership[g.Sources[e]], membership[g.Targets[e]]);
            if (a != b) counts[(a, b)] = counts.GetValueOrDefault((a, b)) + 1;
        }
        var dag = new AdjacencyGraph<int, SEquatableEdge<int>>(allowParallelEdges: false, strong.Count);
        dag.AddVertexRange(Enumerable.Range(0, strong.Count));
        foreach (var (a, b) in counts.Keys.Order()) dag.AddEdge(new SEquatableEdge<int>(a, b));
        var order = dag.SourceFirstTopologicalSort().ToArray();
        var position = new int[strong.Count];
        for (var i = 0; i < order.Length; i++) position[order[i]] = i;
        var links = counts.Select(p => new CondensationLink(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderBy(l => position[l.From]).ThenBy(l => position[l.To]).ToArray();
        return new Condensation(strong, order, links);
    }
}
