using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>Vertices numbered 0 … N−1: how results indexed by number are read by vertex.</summary>
public interface IVertexIndex<TVertex>
{
    int VertexCount { get; }
    TVertex VertexAt(int index);
    bool TryGetIndex(TVertex vertex, out int index);
}

/// <summary>
/// A QuikGraph graph as the project's algorithms see it: its vertices numbered 0 … N−1, its edges 0 … M−1, and a
/// <see cref="CompactGraph"/> over those numbers with one weight per edge. A <see cref="RelationView"/> is one
/// already (its arrays are the engine); any other graph is snapshotted by <see cref="Of"/>.
/// </summary>
public abstract class IndexedGraph<TVertex, TEdge> : IVertexIndex<TVertex>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private protected IndexedGraph(CompactGraph compact) => Compact = compact;

    /// <summary>The arrays the algorithms run on: node i is <see cref="VertexAt"/>(i), edge e is <see cref="EdgeAt"/>(e).</summary>
    public CompactGraph Compact { get; }

    public int VertexCount => Compact.NodeCount;
    public abstract TVertex VertexAt(int index);
    public abstract bool TryGetIndex(TVertex vertex, out int index);
    public abstract TEdge EdgeAt(int index);

    /// <summary>The number of a vertex; throws QuikGraph's <see cref="VertexNotFoundException"/> for a vertex of another graph.</summary>
    public int IndexOf(TVertex vertex) =>
        TryGetIndex(vertex, out var index) ? index : throw new VertexNotFoundException($"{vertex} is not a vertex of this graph");

    /// <summary>
    /// The indexed form of <paramref name="graph"/>. A <see cref="RelationView"/> (or another indexed graph) is used
    /// as it is, its arrays shared, when no <paramref name="weight"/> is given, and with a new weight array (O(M))
    /// when one is; any other QuikGraph graph is copied: vertices numbered in the order <c>Vertices</c> lists them,
    /// edges in the order <c>Edges</c> lists them, directed or not as <c>IsDirected</c> says (an undirected graph lists
    /// each edge once). Without <paramref name="weight"/> a <see cref="RelationEdge"/> weighs its
    /// <see cref="RelationEdge.Weight"/> and any other edge 1. Weights must be non-negative.
    /// Complexity O(N + M) (a dictionary of N vertices for a copy).
    /// </summary>
    public static IndexedGraph<TVertex, TEdge> Of(IEdgeListGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph is IndexedGraph<TVertex, TEdge> indexed)
            return weight is null ? indexed : new Reweighted(indexed, weight);
        return new Snapshot(graph, weight ?? DefaultWeight);
    }

    private static readonly Func<TEdge, double> DefaultWeight = typeof(TEdge) == typeof(RelationEdge)
        ? (Func<TEdge, double>)(object)(Func<RelationEdge, double>)(e => e.Weight)
        : _ => 1.0;

    /// <summary>A value per vertex, read by vertex, over an array in vertex-number order (not copied).</summary>
    public VertexMap<TVertex, TValue> Map<TValue>(TValue[] values) => new(this, values);

    private protected double[] WeightsBy(Func<TEdge, double> weight)
    {
        var weights = new double[Compact.EdgeCount];
        for (var e = 0; e < weights.Length; e++)
        {
            weights[e] = weight(EdgeAt(e));
            if (!(weights[e] >= 0)) throw new ArgumentException($"edge {EdgeAt(e)} has weight {weights[e]}; weights must be non-negative");
        }
        return weights;
    }

    private sealed class Reweighted : IndexedGraph<TVertex, TEdge>
    {
        private readonly IndexedGraph<TVertex, TEdge> _inner;

        public Reweighted(IndexedGraph<TVertex, TEdge> inner, Func<TEdge, double> weight)
            : base(inner.Compact.WithWeights(inner.WeightsBy(weight))) => _inner = inner;

        public override TVertex VertexAt(int index) => _inner.VertexAt(index);
        public override bool TryGetIndex(TVertex vertex, out int index) => _inner.TryGetIndex(vertex, out index);
        public override TEdge EdgeAt(int index) => _inner.EdgeAt(index);
    }

    private sealed class Snapshot : IndexedGraph<TVertex, TEdge>
    {
        private readonly TVertex[] _vertices;
        private readonly Dictionary<TVertex, int> _index;
        private readonly TEdge[] _edges;

        public Snapshot(IEdgeListGraph<TVertex, TEdge> graph, Func<TEdge, double> weight)
            : this(graph, graph.Vertices.ToArray(), graph.Edges.ToArray(), weight)
        {
        }

        private Snapshot(IEdgeListGraph<TVertex, TEdge> graph, TVertex[] vertices, TEdge[] edges, Func<TEdge, double> weight)
            : base(Compacted(graph.IsDirected, vertices, edges, weight, out var index))
        {
            (_vertices, _edges, _index) = (vertices, edges, index);
        }

        private static CompactGraph Compacted(bool directed, TVertex[] vertices, TEdge[] edges, Func<TEdge, double> weight, out Dictionary<TVertex, int> index)
        {
            index = new Dictionary<TVertex, int>(vertices.Length);
            for (var i = 0; i < vertices.Length; i++)
                if (!index.TryAdd(vertices[i], i)) throw new ArgumentException($"vertex {vertices[i]} is listed twice");
            var compact = new CompactEdge[edges.Length];
            for (var e = 0; e < edges.Length; e++)
            {
                var edge = edges[e];
                if (!index.TryGetValue(edge.Source, out var s) || !index.TryGetValue(edge.Target, out var t))
                    throw new ArgumentException($"edge {edge} joins a vertex that is not in the graph");
                compact[e] = new CompactEdge(s, t, weight(edge), e);
            }
            var ids = vertices.Select(v => v.ToString() ?? "").ToArray();
            return CompactGraph.Create(ids, compact, directed);
        }

        public override TVertex VertexAt(int index) => _vertices[index];
        public override bool TryGetIndex(TVertex vertex, out int index) => _index.TryGetValue(vertex, out index);
        public override TEdge EdgeAt(int index) => _edges[index];
    }
}
