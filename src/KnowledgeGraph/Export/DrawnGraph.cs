using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Export;

/// <summary>
/// The part of a graph a picture or the HTML view draws: the actors that take part in a relation (isolated actors say
/// nothing in a picture), article nodes and MENTIONS edges only when asked, and at most <c>maxNodes</c> nodes — the
/// actors of highest PageRank (then degree, then id), then the articles naming most of the kept actors — with the
/// edges among them. <see cref="Candidates"/> tells how many could have been drawn, for the message when some are left out.
/// O(E + V log V).
/// </summary>
public sealed record DrawnGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, int Candidates)
{
    public int Omitted => Candidates - Nodes.Count;

    public static DrawnGraph Of(RelationGraph graph, int maxNodes, bool includeArticles = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        var edges = graph.Edges.Where(e => includeArticles || e.Type != GraphSchema.Mentions).ToArray();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            degree[e.Source] = degree.GetValueOrDefault(e.Source) + 1;
            degree[e.Target] = degree.GetValueOrDefault(e.Target) + 1;
        }
        var candidates = graph.Nodes.Where(n => degree.ContainsKey(n.Id)).ToArray();
        if (candidates.Length <= maxNodes) return new DrawnGraph(candidates, edges, candidates.Length);

        var actors = candidates.Where(n => n.Kind != ActorKind.Article)
            .OrderByDescending(n => n.Metrics?.PageRank ?? 0)
            .ThenByDescending(n => degree[n.Id])
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .Take(maxNodes)
            .ToArray();
        var kept = actors.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
            if (e.Type == GraphSchema.Mentions && kept.Contains(e.Target)) named[e.Source] = named.GetValueOrDefault(e.Source) + 1;
        var articles = candidates.Where(n => n.Kind == ActorKind.Article && named.ContainsKey(n.Id))
            .Select(n => (Node: n, Named: named[n.Id]))
            .OrderByDescending(a => a.Named)
            .ThenBy(a => a.Node.Id, StringComparer.Ordinal)
            .Take(maxNodes - actors.Length)
            .Select(a => a.Node);
        kept.UnionWith(articles.Select(n => n.Id));
        var nodes = candidates.Where(n => kept.Contains(n.Id)).ToArray();
        return new DrawnGraph(nodes, edges.Where(e => kept.Contains(e.Source) && kept.Contains(e.Target)).ToArray(), candidates.Length);
    }
}
