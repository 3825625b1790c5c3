using KnowledgeGraph.Extraction;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Graph;

/// <summary>Results of graph analysis written back onto a node so that Gephi and yEd can size and colour by them.</summary>
public sealed record NodeMetrics(int? Degree = null, double? PageRank = null, double? Betweenness = null, int? Community = null);

/// <summary>
/// A node of the graph: an actor (the most specific one found) or an article. Attribute names follow
/// graph-schema/attributes.json.
/// </summary>
public sealed record GraphNode(
    string Id,
    ActorKind Kind,
    string NameEn,
    string NameAr,
    string Code)
{
    public string? Office { get; init; }
    public string? OfficeFrom { get; init; }
    public string? OfficeTo { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public NodeMetrics? Metrics { get; init; }

    /// <summary>
    /// The optional attributes that are set (a person's office, an article's fields, the analysis metrics), named and
    /// ordered as in graph-schema/attributes.json; values are strings, ints or doubles. Every writer takes them from here.
    /// </summary>
    public IEnumerable<KeyValuePair<string, object>> OptionalAttributes()
    {
        (string Name, string? Value)[] texts =
            [("office", Office), ("office_from", OfficeFrom), ("office_to", OfficeTo),
             ("title", Title), ("date", Date), ("url", Url), ("source", Source)];
        foreach (var (name, value) in texts)
            if (value is not null) yield return new(name, value);
        if (Metrics is not { } m) yield break;
        if (m.Degree is { } degree) yield return new("degree", degree);
        if (m.PageRank is { } pagerank) yield return new("pagerank", pagerank);
        if (m.Betweenness is { } betweenness) yield return new("betweenness", betweenness);
        if (m.Community is { } community) yield return new("community", community);
    }
}

/// <summary>
/// An edge: all sentences stating one (source, type, target), aggregated. For symmetric types source &lt; target
/// (ordinal). <see cref="Count"/> counts every stating sentence; <see cref="Evidence"/> and <see cref="Docs"/>
/// keep the first ones in (date, doc, sentence) order up to the builder's caps, so memory follows the graph.
/// </summary>
public sealed record GraphEdge(
    string Source,
    string Target,
    string Type,
    int Count,
    double Weight,
    bool Symmetric,
    int DocCount,
    IReadOnlyList<string> Docs,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<Evidence> Evidence);

/// <summary>The knowledge graph: nodes sorted by id, edges sorted by (source, type, target).</summary>
public sealed record RelationGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static RelationGraph Empty { get; } = new([], []);

    /// <summary>A graph in the canonical order every output relies on: nodes by id, edges by (source, type, target), ordinal.</summary>
    public static RelationGraph Ordered(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges) => new(
        nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(),
        edges.OrderBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal)
            .ToArray());

    public IEnumerable<GraphEdge> RelationEdges => Edges.Where(e => e.Type != GraphSchema.Mentions);
    public IEnumerable<GraphNode> ActorNodes => Nodes.Where(n => n.Kind != ActorKind.Article);
}
