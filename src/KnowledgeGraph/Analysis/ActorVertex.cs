using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// A vertex of a <see cref="RelationView"/>: one node of the view, by reference. A view creates its vertices once,
/// so a vertex is equal only to itself and keeps its identity in QuikGraph's dictionaries and in copies of the
/// graph; the metrics of a vertex live beside it (in arrays indexed by <see cref="Index"/> or in a
/// <see cref="VertexMap{TVertex,TValue}"/>), never in it.
/// </summary>
public sealed class ActorVertex
{
    internal ActorVertex(int index, string id, GraphNode? node)
    {
        Index = index;
        Id = id;
        Node = node;
    }

    /// <summary>Position in the view, 0 … N−1 in ordinal id order: the index into the view's arrays.</summary>
    public int Index { get; }

    /// <summary>The node id in the view: a node id of graph.json, or a state's code for a person folded at state level.</summary>
    public string Id { get; }

    /// <summary>The graph node of that id; null for a state code that only persons stand for at state level.</summary>
    public GraphNode? Node { get; }

    public override string ToString() => Id;
}
