using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Graph;
using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// The directed <see cref="RelationView"/>: a read-only QuikGraph <c>IBidirectionalGraph</c> (out- and in-edges of
/// every vertex in O(1), parallel edges allowed). Members behave as QuikGraph's <c>BidirectionalGraph</c> does:
/// a vertex of another graph throws <see cref="VertexNotFoundException"/>, the Try… forms return false.
/// </summary>
public sealed class DirectedRelationView : RelationView, IBidirectionalGraph<ActorVertex, RelationEdge>
{
    internal DirectedRelationView(RelationGraph graph, GraphView view, CompactGraph compact, GraphNode?[] nodes)
        : base(graph, view, compact, nodes)
    {
    }

    public bool IsDirected => true;

    public bool IsOutEdgesEmpty(ActorVertex vertex) => OutDegree(vertex) == 0;
    public int OutDegree(ActorVertex vertex) => Compact.OutDegree(IndexOf(vertex));
    public IEnumerable<RelationEdge> OutEdges(ActorVertex vertex) => Incident(IndexOf(vertex), outgoing: true);
    public RelationEdge OutEdge(ActorVertex vertex, int index) => EdgeAt(Compact.OutEdgeAt(IndexOf(vertex), index));

    public bool TryGetOutEdges(ActorVertex vertex, [NotNullWhen(true)] out IEnumerable<RelationEdge>? edges) => TryIncident(vertex, true, out edges);

    public bool IsInEdgesEmpty(ActorVertex vertex) => InDegree(vertex) == 0;
    public int InDegree(ActorVertex vertex) => Compact.InDegree(IndexOf(vertex));
    public IEnumerable<RelationEdge> InEdges(ActorVertex vertex) => Incident(IndexOf(vertex), outgoing: false);
    public RelationEdge InEdge(ActorVertex vertex, int index) => EdgeAt(Compact.InEdgeAt(IndexOf(vertex), index));

    public bool TryGetInEdges(ActorVertex vertex, [NotNullWhen(true)] out IEnumerable<RelationEdge>? edges) => TryIncident(vertex, false, out edges);

    private bool TryIncident(ActorVertex vertex, bool outgoing, [NotNullWhen(true)] out IEnumerable<RelationEdge>? edges)
    {
        edges = TryGetIndex(vertex, out var v) ? Incident(v, outgoing) : null;
        return edges is not null;
    }

    /// <summary>In-degree + out-degree (a self-loop counts twice), as QuikGraph's <c>BidirectionalGraph</c>.</summary>
    public int Degree(ActorVertex vertex)
    {
        var v = IndexOf(vertex);
        return Compact.InDegree(v) + Compact.OutDegree(v);
    }

    public bool ContainsEdge(ActorVertex source, ActorVertex target) => TryGetEdge(source, target, out _);

    public bool TryGetEdge(ActorVertex source, ActorVertex target, out RelationEdge edge)
    {
        if (TryGetEdges(source, target, out var edges))
            foreach (var e in edges) { edge = e; return true; }
        edge = default;
        return false;
    }

    public bool TryGetEdges(ActorVertex source, ActorVertex target, [NotNullWhen(true)] out IEnumerable<RelationEdge>? edges)
    {
        edges = TryGetIndex(source, out var s) && TryGetIndex(target, out var t) ? Between(s, t) : null;
        return edges is not null;
    }

    /// <summary>
    /// A mutable QuikGraph copy with the same vertex objects and edge values, for algorithms that change their input
    /// (a maximum flow adds reversed edges: make them with <see cref="RelationEdge.Added"/>). O(N + M).
    /// </summary>
    public BidirectionalGraph<ActorVertex, RelationEdge> ToBidirectionalGraph()
    {
        var copy = new BidirectionalGraph<ActorVertex, RelationEdge>(allowParallelEdges: true, VertexCount);
        copy.AddVertexRange(Vertices);
        copy.AddEdgeRange(Edges);
        return copy;
    }
}
