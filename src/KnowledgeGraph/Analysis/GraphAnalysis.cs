using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Analysis;

/// <summary>Options of <see cref="GraphAnalysis.Annotate"/>.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The view every measure is computed on (communities and balance use its undirected form).</summary>
    public GraphView View { get; init; } = GraphView.Default;
    /// <summary>Seed of the Louvain node order.</summary>
    public int Seed { get; init; } = 42;
    /// <summary>Rows per ranked table and dyad list.</summary>
    public int Top { get; init; } = 10;
    /// <summary>Sampled betweenness sources for very large graphs; null for exact.</summary>
    public int? BetweennessSamples { get; init; }
}

/// <summary>A node and one measure of it.</summary>
public sealed record RankedNode(string Id, string Name, double Value);

/// <summary>A Louvain community: its index (as in the node attribute) and members (node ids, by decreasing PageRank).</summary>
public sealed record CommunityMembers(int Index, IReadOnlyList<string> Members);

/// <summary>What <see cref="GraphAnalysis.Annotate"/> found, ready to print.</summary>
public sealed record AnalysisReport(
    int Nodes,
    int Edges,
    int AnalysedNodes,
    int AnalysedEdges,
    IReadOnlyList<RankedNode> PageRank,
    IReadOnlyList<RankedNode> Betweenness,
    IReadOnlyList<RankedNode> Degree,
    IReadOnlyList<RankedNode> Mediators,
    IReadOnlyList<CommunityMembers> Communities,
    double Modularity,
    int WeakComponents,
    int StrongComponents,
    IReadOnlyList<Dyad> ConflictDyads,
    IReadOnlyList<Dyad> CooperationDyads,
    BalanceReport Balance);

/// <summary>The analysis run by <c>kg analyze</c> (and by a build that analyses): every measure once, written back as node metrics.</summary>
public static class GraphAnalysis
{
    /// <summary>
    /// Computes degree (relation edges at the node), weighted PageRank and betweenness (directed view, symmetric
    /// types both ways), Louvain communities (undirected weighted view),
    /// components, top conflict/cooperation dyads, mediators (MEDIATES sentences) and structural balance on the
    /// options' view, and returns the graph with <see cref="NodeMetrics"/> set on every node of the view (other
    /// nodes, e.g. articles, keep none) together with the report. Dominated by betweenness: O(N·M).
    /// </summary>
    public static (RelationGraph Graph, AnalysisReport Report) Annotate(RelationGraph graph, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var view = options.View with { Directed = true };
        var g = view.Build(graph);
        var undirected = view.Undirected().Build(graph);
        // relation edges at each node, each graph edge once (the directed view doubles symmetric ones)
        var degrees = Centrality.Degree(undirected);
        var pagerank = Centrality.PageRank(g);
        var betweenness = Centrality.Betweenness(g, options.BetweennessSamples, options.Seed);
        var communities = Communities.Louvain(undirected, options.Seed);
        var weak = Components.Weak(g);
        var strong = Components.Strong(g);

        var index = Paths.IndexOf(g);
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.NameEn, StringComparer.Ordinal);
        // at state level a person's code may have no node of its own: name it from the lexicon
        string Name(string id) => names.GetValueOrDefault(id) ?? Lexicon.ActorLexicon.Default.Find(id)?.NameEn ?? id;

        var annotated = graph with
        {
            Nodes = graph.Nodes.Select(n => index.TryGetValue(view.NodeIdOf(n), out var i)
                ? n with { Metrics = new NodeMetrics(degrees.Total[i], pagerank[i], betweenness[i], communities.Partition.Membership[i]) }
                : n with { Metrics = null }).ToArray(),
        };

        IReadOnlyList<RankedNode> Rank(Func<int, double> value) => Enumerable.Range(0, g.NodeCount)
            .Select(i => new RankedNode(g.Ids[i], Name(g.Ids[i]), value(i)))
            .Where(r => r.Value > 0)
            .OrderByDescending(r => r.Value).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(options.Top).ToArray();

        var mediates = new double[g.NodeCount];
        for (var e = 0; e < g.EdgeCount; e++)
            if (graph.Edges[g.Origins[e]].Type == "MEDIATES") mediates[g.Sources[e]] += view.SentencesInWindow(graph.Edges[g.Origins[e]]);

        var members = communities.Partition.Parts()
            .Select((part, c) => new CommunityMembers(c, part
                .OrderByDescending(v => pagerank[v]).ThenBy(v => g.Ids[v], StringComparer.Ordinal)
                .Select(v => g.Ids[v]).ToArray()))
            .ToArray();

        var report = new AnalysisReport(
            graph.Nodes.Count, graph.Edges.Count, g.NodeCount, undirected.EdgeCount,
            Rank(i => pagerank[i]), Rank(i => betweenness[i]), Rank(i => degrees.Total[i]), Rank(i => mediates[i]),
            members, communities.Modularity, weak.Count, strong.Count,
            SignedRelations.TopDyads(graph, Polarity.Conflict, options.Top, view),
            SignedRelations.TopDyads(graph, Polarity.Cooperation, options.Top, view),
            SignedRelations.Balance(graph, view));
        return (annotated, report);
    }
}
