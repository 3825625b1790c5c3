using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Analysis;

/// <summary>How a graph edge's analysis weight is computed.</summary>
public enum EdgeWeighting
{
    /// <summary>The number of sentences stating the relation (the default: more evidence, stronger tie).</summary>
    Count,
    /// <summary>Count × |type weight|: cooperation/conflict intensity in the manner of the Goldstein scale.</summary>
    Intensity,
    /// <summary>Every edge weighs 1.</summary>
    Unit,
}

/// <summary>
/// Which part of a <see cref="RelationGraph"/> an algorithm sees, turned into a <see cref="CompactGraph"/> by
/// <see cref="Build"/>. By default: every actor node (isolated ones included), every relation edge (MENTIONS and
/// article nodes left out), directed, weighted by sentence count. Parallel edges (several types between one pair)
/// stay separate edges of the compact multigraph. In a directed view an edge of a symmetric type (CONSULTS,
/// AGREES, FIGHTS, COOPERATES) becomes two compact edges, one each way, because its stored direction (source &lt;
/// target) carries no meaning; in an undirected view every graph edge is one compact edge. Filters: relation types, polarity (cooperation/conflict from
/// the schema weights), state level (a person is folded into the node of its <c>code</c>), and a time window by
/// article date (see <see cref="SentencesInWindow"/>).
/// </summary>
public sealed record GraphView
{
    public static GraphView Default { get; } = new();

    public bool Directed { get; init; } = true;
    public IReadOnlySet<string>? Types { get; init; }
    public Polarity? Polarity { get; init; }
    public bool StateLevel { get; init; }
    /// <summary>Inclusive YYYY-MM-DD bounds of the time window; null means open.</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    public bool IncludeArticles { get; init; }
    public EdgeWeighting Weighting { get; init; } = EdgeWeighting.Count;

    public GraphView Undirected() => this with { Directed = false };
    public GraphView OfTypes(params string[] types) => this with { Types = types.ToHashSet(StringComparer.Ordinal) };
    public GraphView OfPolarity(Polarity polarity) => this with { Polarity = polarity };
    public GraphView Between(string? from, string? to) => this with { From = from, To = to };
    public GraphView AtStateLevel() => this with { StateLevel = true };

    /// <summary>The node id this view uses for a graph node: its code for a person at state level, else its id.</summary>
    public string NodeIdOf(GraphNode node) =>
        StateLevel && node.Kind == ActorKind.Person && node.Code.Length > 0 ? node.Code : node.Id;

    /// <summary>Whether the view keeps this edge: its type passes the filters and it has sentences in the window.</summary>
    public bool Keeps(GraphEdge edge, RelationType? type)
    {
        if (edge.Type == GraphSchema.Mentions) return IncludeArticles && SentencesInWindow(edge) > 0;
        if (Types is not null && !Types.Contains(edge.Type)) return false;
        if (Polarity is { } p && (type?.Polarity ?? Graph.Polarity.Neutral) != p) return false;
        return SentencesInWindow(edge) > 0;
    }

    /// <summary>
    /// The edge's sentences inside the time window: all of them without a window; the dated evidence sentences in
    /// the window when the edge keeps every one of its sentences as evidence; otherwise the whole count when its
    /// first..last dates overlap the window (graph.json does not split a count by date) and 0 when they do not or
    /// the edge is undated.
    /// </summary>
    public int SentencesInWindow(GraphEdge edge)
    {
        if (From is null && To is null) return edge.Count;
        if (edge.Evidence.Count == edge.Count && edge.Evidence.All(e => e.Date is not null))
            return edge.Evidence.Count(e => InWindow(e.Date!, e.Date!));
        var first = edge.FirstDate ?? edge.LastDate;
        var last = edge.LastDate ?? edge.FirstDate;
        return first is not null && last is not null && InWindow(first, last) ? edge.Count : 0;
    }

    private bool InWindow(string first, string last) =>
        (To is null || string.CompareOrdinal(Day(first), To) <= 0) && (From is null || string.CompareOrdinal(Day(last), From) >= 0);

    private static string Day(string date) => date.Length > 10 ? date[..10] : date;

    public double WeightOf(GraphEdge edge) => Weighting switch
    {
        EdgeWeighting.Count => SentencesInWindow(edge),
        EdgeWeighting.Intensity => SentencesInWindow(edge) * Math.Abs(edge.Weight),
        _ => 1.0,
    };

    /// <summary>
    /// The compact graph of this view. Nodes are in ordinal id order; edges follow the graph's edge order, and in a
    /// directed view the reverse copy of a symmetric edge comes right after it. O(N log N + M).
    /// For the view as a QuikGraph graph see <see cref="RelationView.Directed"/> and <see cref="RelationView.Undirected"/>.
    /// </summary>
    public CompactGraph Build(RelationGraph graph, GraphSchema? schema = null) => Build(graph, schema, null);

    /// <summary><see cref="Build(RelationGraph, GraphSchema?)"/>, also giving the graph node of each compact node (null for a state code with no node of its own).</summary>
    internal CompactGraph Build(RelationGraph graph, GraphSchema? schema, out GraphNode?[] nodes)
    {
        var own = new List<GraphNode>();
        var compact = Build(graph, schema, own);
        nodes = new GraphNode?[compact.NodeCount];
        var index = 0;
        // both lists are in ordinal id order (a RelationGraph's nodes are sorted by id): walk them together
        for (var i = 1; i < own.Count; i++)
            if (string.CompareOrdinal(own[i - 1].Id, own[i].Id) > 0) { own.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id)); break; }
        foreach (var node in own)
        {
            while (string.CompareOrdinal(compact.Ids[index], node.Id) < 0) index++;
            nodes[index] = node;
        }
        return compact;
    }

    private CompactGraph Build(RelationGraph graph, GraphSchema? schema, List<GraphNode>? own)
    {
        schema ??= GraphSchema.Default;
        var nodeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (node.Kind == ActorKind.Article && !IncludeArticles) continue;
            var id = NodeIdOf(node);
            nodeOf[node.Id] = id;
            ids.Add(id);
            if (own is not null && id == node.Id) own.Add(node);
        }
        var idList = ids.ToArray();
        var index = new Dictionary<string, int>(idList.Length, StringComparer.Ordinal);
        for (var i = 0; i < idList.Length; i++) index[idList[i]] = i;

        var edges = new List<CompactEdge>(graph.Edges.Count);
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            var edge = graph.Edges[e];
            if (!Keeps(edge, schema.Find(edge.Type))) continue;
            if (!nodeOf.TryGetValue(edge.Source, out var s) || !nodeOf.TryGetValue(edge.Target, out var t))
                throw new ArgumentException($"edge {edge.Source} {edge.Type} {edge.Target} joins a node that is not in the graph");
            var weight = WeightOf(edge);
            edges.Add(new CompactEdge(index[s], index[t], weight, e));
            // a symmetric type's stored direction is only the ordinal order of the ids: walk it both ways
            if (Directed && edge.Symmetric && s != t) edges.Add(new CompactEdge(index[t], index[s], weight, e));
        }
        return CompactGraph.Create(idList, edges, Directed);
    }
}
