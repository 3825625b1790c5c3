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

    public IEnumerable<GraphEdge> RelationEdges => Edges.Where(e => e.Type != GraphSchema.Mentions);
    public IEnumerable<GraphNode> ActorNodes => Nodes.Where(n => n.Kind != ActorKind.Article);
}
