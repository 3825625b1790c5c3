using KnowledgeGraph.Graph;
using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// A view of a <see cref="RelationGraph"/> (which nodes and edges, directed or not, how edges weigh: a
/// <see cref="GraphView"/>) as a read-only QuikGraph graph over the view's <see cref="CompactGraph"/> arrays:
/// vertices are <see cref="ActorVertex"/> objects created once per view, edges are <see cref="RelationEdge"/>
/// values made on the fly. <see cref="Directed"/> gives an <c>IBidirectionalGraph</c>, <see cref="Undirected"/> an
/// <c>IUndirectedGraph</c>; both hand any QuikGraph algorithm the graph a build produced, and the project's
/// algorithms (<see cref="Centrality"/>, <see cref="Communities"/>, <see cref="Components"/>, <see cref="Paths"/>,
/// <see cref="SignedRelations"/>) run on their arrays directly.
/// Building one costs the view's O(N log N + M) plus one object per vertex.
/// </summary>
public abstract class RelationView : IndexedGraph<ActorVertex, RelationEdge>
{
    private readonly ActorVertex[] _vertices;
    private Dictionary<string, ActorVertex>? _byId;

    private protected RelationView(RelationGraph graph, GraphView view, CompactGraph compact, GraphNode?[] nodes) : base(compact)
    {
        (Graph, View) = (graph, view);
        _vertices = new ActorVertex[compact.NodeCount];
        for (var i = 0; i < _vertices.Length; i++) _vertices[i] = new ActorVertex(i, compact.Ids[i], nodes[i]);
    }

    /// <summary>
    /// The directed view: every relation edge along its direction, an edge of a symmetric type once each way.
    /// The entry point for a library user: <c>RelationView.Directed(GraphJson.Read("out/graph.json"))</c>, or the
    /// <c>Graph</c> of a build's result.
    /// </summary>
    public static DirectedRelationView Directed(RelationGraph graph, GraphView? view = null, GraphSchema? schema = null)
    {
        view = (view ?? GraphView.Default) with { Directed = true };
        return new DirectedRelationView(graph, view, view.Build(graph, schema, out var nodes), nodes);
    }

    /// <summary>The undirected view: every relation edge once, direction ignored.</summary>
    public static UndirectedRelationView Undirected(RelationGraph graph, GraphView? view = null, GraphSchema? schema = null)
    {
        view = (view ?? GraphView.Default) with { Directed = false };
        return new UndirectedRelationView(graph, view, view.Build(graph, schema, out var nodes), nodes);
    }

    /// <summary>The graph the view reads.</summary>
    public RelationGraph Graph { get; }

    /// <summary>What the view keeps of it.</summary>
    public GraphView View { get; }

    public bool IsVerticesEmpty => _vertices.Length == 0;
    public IEnumerable<ActorVertex> Vertices => _vertices;
    public bool IsEdgesEmpty => Compact.EdgeCount == 0;
    public int EdgeCount => Compact.EdgeCount;
    public bool AllowParallelEdges => true;

    public IEnumerable<RelationEdge> Edges
    {
        get
        {
            for (var e = 0; e < Compact.EdgeCount; e++) yield return EdgeAt(e);
        }
    }

    public override ActorVertex VertexAt(int index) => _vertices[index];

    public override bool TryGetIndex(ActorVertex vertex, out int index)
    {
        index = vertex?.Index ?? -1;
        return vertex is not null && index < _vertices.Length && ReferenceEquals(_vertices[index], vertex);
    }

    public override RelationEdge EdgeAt(int index) =>
        new(this, index, _vertices[Compact.Sources[index]], _vertices[Compact.Targets[index]]);

    /// <summary>The vertex of a node id of the view (an actor code at state level), or false.</summary>
    public bool TryGetVertex(string id, out ActorVertex vertex)
    {
        _byId ??= _vertices.ToDictionary(v => v.Id, StringComparer.Ordinal);
        return _byId.TryGetValue(id, out vertex!);
    }

    /// <summary>The vertex of a node id; throws <see cref="VertexNotFoundException"/> when the view has none.</summary>
    public ActorVertex Vertex(string id) =>
        TryGetVertex(id, out var vertex) ? vertex : throw new VertexNotFoundException($"'{id}' is not a node of the view");

    public bool ContainsVertex(ActorVertex vertex) => TryGetIndex(vertex, out _);

    public bool ContainsEdge(RelationEdge edge) => edge.Index >= 0 && edge.Index < Compact.EdgeCount && edge.Equals(EdgeAt(edge.Index));

    /// <summary>Whether compact edge <paramref name="e"/> is the reverse copy of a symmetric relation (directed views only).</summary>
    internal bool IsMirror(int e) => Compact.Directed && e > 0 && Compact.Origins[e - 1] == Compact.Origins[e];

    /// <summary>Edges <see cref="CompactGraph.OutEdges"/> (or in-edges) of a vertex number, made on the fly.</summary>
    private protected IEnumerable<RelationEdge> Incident(int node, bool outgoing)
    {
        var count = outgoing ? Compact.OutDegree(node) : Compact.InDegree(node);
        for (var k = 0; k < count; k++) yield return EdgeAt(outgoing ? Compact.OutEdgeAt(node, k) : Compact.InEdgeAt(node, k));
    }

    /// <summary>The out-edges (directed) or incident edges (undirected) of <paramref name="source"/> that end at <paramref name="target"/>.</summary>
    private protected IEnumerable<RelationEdge> Between(int source, int target)
    {
        for (var k = 0; k < Compact.OutDegree(source); k++)
        {
            var e = Compact.OutEdgeAt(source, k);
            if (Compact.Sources[e] == source && Compact.Targets[e] == target || !Compact.Directed && Compact.Targets[e] == source && Compact.Sources[e] == target)
                yield return EdgeAt(e);
        }
    }
}
