using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// A value for every vertex of a graph, read by vertex (a read-only dictionary) or by vertex number
/// (<see cref="ByIndex"/>), over the array an algorithm produced: nothing is copied.
/// </summary>
public sealed class VertexMap<TVertex, TValue> : IReadOnlyDictionary<TVertex, TValue>
{
    private readonly IVertexIndex<TVertex> _index;
    private readonly TValue[] _values;

    internal VertexMap(IVertexIndex<TVertex> index, TValue[] values)
    {
        if (values.Length != index.VertexCount) throw new ArgumentException($"{values.Length} values for {index.VertexCount} vertices");
        (_index, _values) = (index, values);
    }

    /// <summary>The values in vertex-number order (<see cref="ActorVertex.Index"/> for a view).</summary>
    public IReadOnlyList<TValue> ByIndex => _values;

    public TValue this[TVertex key] => _index.TryGetIndex(key, out var i) ? _values[i] : throw new KeyNotFoundException($"{key} is not a vertex of this graph");
    public int Count => _values.Length;
    public IEnumerable<TVertex> Keys => Enumerable.Range(0, _values.Length).Select(_index.VertexAt);
    public IEnumerable<TValue> Values => _values;
    public bool ContainsKey(TVertex key) => _index.TryGetIndex(key, out _);

    public bool TryGetValue(TVertex key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_index.TryGetIndex(key, out var i)) { value = _values[i]; return true; }
        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<TVertex, TValue>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++) yield return new(_index.VertexAt(i), _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A <see cref="Partition"/> (components, communities) read by vertex.</summary>
public sealed class VertexPartition<TVertex>
{
    private readonly IVertexIndex<TVertex> _index;

    internal VertexPartition(IVertexIndex<TVertex> index, Partition partition) => (_index, Partition) = (index, partition);

    /// <summary>The part of each vertex number; parts numbered by decreasing size (see <see cref="Analysis.Partition"/>).</summary>
    public Partition Partition { get; }
    public int Count => Partition.Count;

    /// <summary>The part a vertex is in.</summary>
    public int this[TVertex vertex] => _index.TryGetIndex(vertex, out var i) ? Partition.Membership[i] : throw new KeyNotFoundException($"{vertex} is not a vertex of this graph");

    /// <summary>The vertices of each part, each in vertex-number order. O(N).</summary>
    public IReadOnlyList<IReadOnlyList<TVertex>> Parts() =>
        Partition.Parts().Select(p => (IReadOnlyList<TVertex>)p.Select(_index.VertexAt).ToArray()).ToArray();
}

/// <summary>Louvain communities of a QuikGraph graph: the partition by vertex, its modularity and the levels run.</summary>
public sealed record VertexCommunities<TVertex>(VertexPartition<TVertex> Communities, double Modularity, int Levels);

/// <summary><see cref="Degrees"/> read by vertex.</summary>
public sealed class VertexDegrees<TVertex>
{
    private readonly IVertexIndex<TVertex> _index;

    internal VertexDegrees(IVertexIndex<TVertex> index, Degrees degrees) => (_index, Degrees) = (index, degrees);

    /// <summary>The arrays, by vertex number.</summary>
    public Degrees Degrees { get; }

    public int In(TVertex vertex) => Degrees.In[At(vertex)];
    public int Out(TVertex vertex) => Degrees.Out[At(vertex)];
    public int Total(TVertex vertex) => Degrees.Total[At(vertex)];
    public double Strength(TVertex vertex) => Degrees.Strength[At(vertex)];

    private int At(TVertex vertex) => _index.TryGetIndex(vertex, out var i) ? i : throw new KeyNotFoundException($"{vertex} is not a vertex of this graph");
}

/// <summary>A shortest-path tree of a QuikGraph graph: distances and paths by vertex, over a <see cref="PathTree"/>.</summary>
public sealed class ShortestPathTree<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : QuikGraph.IEdge<TVertex>
{
    private readonly IndexedGraph<TVertex, TEdge> _graph;

    internal ShortestPathTree(IndexedGraph<TVertex, TEdge> graph, PathTree tree) => (_graph, Tree) = (graph, tree);

    /// <summary>The tree by vertex and edge number.</summary>
    public PathTree Tree { get; }
    public TVertex Source => _graph.VertexAt(Tree.Source);

    /// <summary>The distance from the source; +∞ when unreachable.</summary>
    public double Distance(TVertex target) => Tree.Distance[_graph.IndexOf(target)];

    /// <summary>The edges of a shortest path from the source (empty for the source itself), or false when unreachable.</summary>
    public bool TryGetPath(TVertex target, [NotNullWhen(true)] out IReadOnlyList<TEdge>? path)
    {
        var v = _graph.IndexOf(target);
        if (double.IsPositiveInfinity(Tree.Distance[v])) { path = null; return false; }
        var edges = new List<TEdge>();
        var g = _graph.Compact;
        while (v != Tree.Source)
        {
            var e = Tree.ParentEdge[v];
            edges.Add(_graph.EdgeAt(e));
            v = g.Targets[e] == v ? g.Sources[e] : g.Targets[e];
        }
        edges.Reverse();
        path = edges;
        return true;
    }
}
