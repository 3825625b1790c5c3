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

/// <summary>
/// A strong component of the directed view with relations to other components: its members (node ids, by
/// decreasing PageRank) and the blocs it acts on directly, with the number of relation edges towards each.
/// </summary>
public sealed record Bloc(int Index, IReadOnlyList<string> Members, IReadOnlyList<(int Bloc, int Edges)> Reaches);

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
    int IsolatedActors,
    int WeakComponents,
    int StrongComponents,
    IReadOnlyList<Bloc> Blocs,
    IReadOnlyList<Dyad> ConflictDyads,
    IReadOnlyList<Dyad> CooperationDyads,
    BalanceReport Balance);

/// <summary>The analysis run by <c>kg analyze</c> (and by a build that analyses): every measure once, written back as node metrics.</summary>
public static class GraphAnalysis
{
    /// <summary>
    /// Computes degree (relation edges at the node), weighted PageRank and betweenness (directed view, symmetric
    /// types both ways), Louvain communities (undirected weighted view), components and the condensation of the
    /// strong ones (which blocs reach which), top conflict/cooperation dyads, mediators (MEDIATES sentences) and
    /// structural balance on the options' view — each on one directed and one undirected <see cref="RelationView"/>
    /// built once — and returns the graph with <see cref="NodeMetrics"/> set on every node of the view (other
    /// nodes, e.g. articles, keep none) together with the report. An actor with no relation in the view has no
    /// community (Louvain would make it one of its own): its <c>community</c> is absent. Dominated by
    /// betweenness: O(N·M).
    /// </summary>
    public static (RelationGraph Graph, AnalysisReport Report) Annotate(RelationGraph graph, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var view = options.View with { Directed = true };
        var directed = RelationView.Directed(graph, view);
        var undirected = RelationView.Undirected(graph, view);
        var g = directed.Compact;
        // relation edges at each node, each graph edge once (the directed view doubles symmetric ones)
        var degrees = Centrality.Degree(undirected).Degrees;
        var pagerank = Centrality.PageRank(directed).ByIndex;
        var betweenness = Centrality.Betweenness(directed, options.BetweennessSamples, options.Seed).ByIndex;
        var louvain = Communities.Louvain(undirected, seed: options.Seed);
        var community = CommunityOf(louvain.Communities.Partition, degrees.Total);
        var weak = Components.Weak(directed);
        var strong = Components.Strong(directed);
        var condensation = Condensation.Of(g, strong.Partition);

        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.NameEn, StringComparer.Ordinal);
        // at state level a person's code may have no node of its own: name it from the lexicon
        string Name(string id) => names.GetValueOrDefault(id) ?? Lexicon.ActorLexicon.Default.Find(id)?.NameEn ?? id;

        var annotated = graph with
        {
            Nodes = graph.Nodes.Select(n => directed.TryGetVertex(view.NodeIdOf(n), out var v)
                ? n with { Metrics = new NodeMetrics(degrees.Total[v.Index], pagerank[v.Index], betweenness[v.Index], community[v.Index]) }
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

        string[] ByPageRank(IEnumerable<int> members) => members
            .OrderByDescending(v => pagerank[v]).ThenBy(v => g.Ids[v], StringComparer.Ordinal)
            .Select(v => g.Ids[v]).ToArray();
        var members = Enumerable.Range(0, g.NodeCount).Where(v => community[v] is not null).GroupBy(v => community[v]!.Value)
            .OrderBy(c => c.Key).Select(c => new CommunityMembers(c.Key, ByPageRank(c))).ToArray();

        var parts = strong.Partition.Parts();
        var reaches = condensation.Links.ToLookup(l => l.From);
        var linked = condensation.Links.SelectMany(l => new[] { l.From, l.To }).ToHashSet();
        var blocs = condensation.Order.Where(linked.Contains)
            .Select(c => new Bloc(c, ByPageRank(parts[c]), reaches[c].Select(l => (l.To, l.Edges)).ToArray()))
            .ToArray();

        var report = new AnalysisReport(
            graph.Nodes.Count, graph.Edges.Count, g.NodeCount, undirected.EdgeCount,
            Rank(i => pagerank[i]), Rank(i => betweenness[i]), Rank(i => degrees.Total[i]), Rank(i => mediates[i]),
            members, louvain.Modularity, community.Count(c => c is null), weak.Count, strong.Count, blocs,
            SignedRelations.TopDyads(undirected, Polarity.Conflict, options.Top),
            SignedRelations.TopDyads(undirected, Polarity.Cooperation, options.Top),
            SignedRelations.Balance(undirected));
        return (annotated, report);
    }

    /// <summary>
    /// Each node's community, numbered 0 … C−1 in the partition's order (largest first), and null for a node with
    /// no edge at all: an isolated actor belongs to no community.
    /// </summary>
    internal static int?[] CommunityOf(Partition partition, int[] degree)
    {
        var hasEdges = new bool[partition.Count];
        for (var v = 0; v < degree.Length; v++) if (degree[v] > 0) hasEdges[partition.Membership[v]] = true;
        var renumbered = new int[partition.Count];
        var next = 0;
        for (var c = 0; c < partition.Count; c++) renumbered[c] = hasEdges[c] ? next++ : -1;
        return partition.Membership.Select(c => renumbered[c] >= 0 ? renumbered[c] : (int?)null).ToArray();
    }
}
