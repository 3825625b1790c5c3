using KnowledgeGraph.Analysis;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Export;

/// <summary>The part of a graph that an export of <see cref="GraphMlOptions"/> holds.</summary>
public static class GraphSelection
{
    /// <summary>
    /// Actors always; articles and MENTIONS only with <see cref="GraphMlOptions.IncludeArticles"/>; with a time
    /// window, each edge cut to its sentences in the window by the rule of <c>kg analyze --from/--to</c>
    /// (<see cref="GraphView.SentencesInWindow"/>) and articles kept when dated inside it. Isolated nodes stay (see
    /// <see cref="WithoutIsolated"/>). Order as in the graph. O(N + M + evidence).
    /// </summary>
    public static RelationGraph Select(RelationGraph graph, GraphMlOptions options)
    {
        var window = GraphView.Default.Between(options.From, options.To);
        var nodes = graph.Nodes.Where(n => n.Kind != ActorKind.Article
            || (options.IncludeArticles && (!options.HasWindow || n.Date is { } date && InWindow(date, options))))
            .ToList();
        var kept = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = new List<GraphEdge>(graph.Edges.Count);
        foreach (var edge in graph.Edges)
        {
            if (!kept.Contains(edge.Source) || !kept.Contains(edge.Target)) continue;
            if (Cut(edge, window, options) is { } cut) edges.Add(cut);
        }
        return new RelationGraph(nodes, edges);
    }

    /// <summary>The graph without the nodes that no edge touches. O(N + M).</summary>
    public static RelationGraph WithoutIsolated(RelationGraph graph)
    {
        var linked = graph.Edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        return graph with { Nodes = graph.Nodes.Where(n => linked.Contains(n.Id)).ToArray() };
    }

    /// <summary>
    /// The edge as the window sees it, or null when it has no sentence there. An edge whose every sentence is a dated
    /// evidence sentence keeps those in the window (count, evidence, documents and dates follow them); any other
    /// edge is kept whole or not at all, as <see cref="GraphView.SentencesInWindow"/> counts it.
    /// </summary>
    private static GraphEdge? Cut(GraphEdge edge, GraphView window, GraphMlOptions options)
    {
        if (!options.HasWindow) return edge;
        var sentences = window.SentencesInWindow(edge);
        if (sentences == 0) return null;
        if (sentences == edge.Count) return edge;
        var evidence = edge.Evidence.Where(e => InWindow(e.Date!, options)).ToArray();
        var docs = evidence.Select(e => e.Doc).Distinct().Order(StringComparer.Ordinal).ToArray();
        var dates = evidence.Select(e => e.Date!).Order(StringComparer.Ordinal).ToArray();
        return edge with
        {
            Count = sentences, Evidence = evidence, Docs = docs, DocCount = docs.Length,
            FirstDate = dates[0], LastDate = dates[^1],
        };
    }

    private static bool InWindow(string date, GraphMlOptions options)
    {
        var day = date.Length > 10 ? date[..10] : date;
        return (options.From is null || string.CompareOrdinal(day, options.From) >= 0)
            && (options.To is null || string.CompareOrdinal(day, options.To) <= 0);
    }
}
