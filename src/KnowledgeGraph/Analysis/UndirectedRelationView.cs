using KnowledgeGraph.Graph;
using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// The undirected <see cref="RelationView"/>: a read-only QuikGraph <c>IUndirectedGraph</c>. Each relation edge is
/// one edge, listed at both ends (a self-loop once, counted twice by <see cref="AdjacentDegree"/>), its
/// <c>Source</c>/<c>Target</c> the stored direction — as QuikGraph's <c>UndirectedGraph</c>.
/// </summary>
public sealed class UndirectedRelationView : RelationView, IUndirectedGraph<ActorVertex, RelationEdge>
{
    internal UndirectedRelationView(RelationGraph graph, GraphView view, CompactGraph compact, GraphNode?[] nodes)
        : base(graph, view, compact, nodes)
    {
    }

    public bool IsDirected => false;

    public EdgeEqualityComparer<ActorVertex> EdgeEqualityComparer { get; } = EdgeExtensions.GetUndirectedVertexEquality<ActorVertex, RelationEdge>();

    public IEnumerable<RelationEdge> AdjacentEdges(ActorVertex vertex) => Incident(IndexOf(vertex), outgoing: true);

    public int AdjacentDegree(ActorVertex vertex)
    {
        var v = IndexOf(vertex);
        var degree = Compact.OutDegree(v);
        foreach (var u in Compact.OutNeighbors(v)) if (u == v) degree++;
        return degree;
    }

    public bool IsAdjacentEdgesEmpty(ActorVertex vertex) => Compact.OutDegree(IndexOf(vertex)) == 0;
    public RelationEdge AdjacentEdge(ActorVertex vertex, int index) => EdgeAt(Compact.OutEdgeAt(IndexOf(vertex), index));

    public bool ContainsEdge(ActorVertex source, ActorVertex target) => TryGetEdge(source, target, out _);

    /// <summary>An edge joining the two vertices in either direction.</summary>
    public bool TryGetEdge(ActorVertex source, ActorVertex target, out RelationEdge edge)
    {
        if (TryGetIndex(source, out var s) && TryGetIndex(target, out var t))
            foreach (var e in Between(s, t)) { edge = e; return true; }
        edge = default;
        return false;
    }

    /// <summary>A mutable QuikGraph copy with the same vertex objects and edge values. O(N + M).</summary>
    public UndirectedGraph<ActorVertex, RelationEdge> ToUndirectedGraph()
    {
        var copy = new UndirectedGraph<ActorVertex, RelationEdge>(allowParallelEdges: true, EdgeEqualityComparer);
        copy.AddVertexRange(Vertices);
        copy.AddEdgeRange(Edges);
        return copy;
    }
}
