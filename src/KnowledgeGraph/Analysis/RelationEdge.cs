using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// An edge of a <see cref="RelationView"/>: one edge of its compact graph, with the aggregated relation behind it.
/// A value (no allocation when QuikGraph enumerates a view); two edges are equal when they are the same edge of the
/// same view. In a directed view an edge of a symmetric type appears twice, once each way; the second copy has
/// <see cref="IsMirror"/> set. Edges an algorithm adds to a mutable copy (<see cref="Added"/>) carry no relation.
/// </summary>
public readonly struct RelationEdge : IEdge<ActorVertex>, IEquatable<RelationEdge>
{
    private static int _added;
    private readonly RelationView? _view;

    internal RelationEdge(RelationView view, int index, ActorVertex source, ActorVertex target)
    {
        _view = view;
        Index = index;
        Source = source;
        Target = target;
    }

    private RelationEdge(int index, ActorVertex source, ActorVertex target)
    {
        Index = index;
        Source = source;
        Target = target;
    }

    /// <summary>
    /// An edge with no relation behind it (weight 0, no type), for algorithms that add edges to a mutable copy of a
    /// view — the reversed edges of a maximum flow. Each call gives an edge distinct from every other (negative index).
    /// </summary>
    public static RelationEdge Added(ActorVertex source, ActorVertex target) =>
        new(-Interlocked.Increment(ref _added), source ?? throw new ArgumentNullException(nameof(source)),
            target ?? throw new ArgumentNullException(nameof(target)));

    public ActorVertex Source { get; }
    public ActorVertex Target { get; }

    /// <summary>The edge's index in its view (into <see cref="CompactGraph"/>'s arrays); negative for an added edge.</summary>
    public int Index { get; }

    /// <summary>The aggregated relation (every sentence of one source, type, target); null for an added edge.</summary>
    public GraphEdge? Relation => _view is null ? null : _view.Graph.Edges[_view.Compact.Origins[Index]];

    /// <summary>The relation type (SUPPORTS, FIGHTS, …, or MENTIONS); empty for an added edge.</summary>
    public string Type => Relation?.Type ?? "";

    /// <summary>Sentences stating the relation inside the view's time window (all of them without a window).</summary>
    public int Count => Relation is { } r ? _view!.View.SentencesInWindow(r) : 0;

    /// <summary>The analysis weight the view gives the edge (sentence count by default, see <see cref="EdgeWeighting"/>).</summary>
    public double Weight => _view is null ? 0 : _view.Compact.Weights[Index];

    /// <summary>The type's cooperation (+) / conflict (−) weight from the schema, −10 … +10; 0 for MENTIONS and added edges.</summary>
    public double Tone => Relation?.Weight ?? 0;

    public bool Symmetric => Relation?.Symmetric ?? false;

    /// <summary>The reverse copy of a symmetric relation in a directed view (its stored direction is Target → Source).</summary>
    public bool IsMirror => _view is not null && _view.IsMirror(Index);

    public string? FirstDate => Relation?.FirstDate;
    public string? LastDate => Relation?.LastDate;
    public IReadOnlyList<Evidence> Evidence => Relation?.Evidence ?? [];

    public bool Equals(RelationEdge other) => Index == other.Index && ReferenceEquals(_view, other._view);
    public override bool Equals(object? obj) => obj is RelationEdge other && Equals(other);
    public override int GetHashCode() => Index;
    public static bool operator ==(RelationEdge left, RelationEdge right) => left.Equals(right);
    public static bool operator !=(RelationEdge left, RelationEdge right) => !left.Equals(right);

    public override string ToString() => $"{Source.Id} {(Type.Length > 0 ? Type : "→")} {Target.Id}";
}
