namespace KnowledgeGraph.Analysis;

/// <summary>One edge handed to <see cref="CompactGraph.Create"/>: node indices, a non-negative weight, and the
/// index of the <see cref="Graph.GraphEdge"/> it came from (or -1).</summary>
public readonly record struct CompactEdge(int Source, int Target, double Weight, int Origin);

/// <summary>
/// A multigraph in compressed sparse row form: nodes are 0 … N-1 (their ids in <see cref="Ids"/>), edges are
/// 0 … M-1 with parallel arrays, and each node's incident edges are a contiguous slice. A directed graph keeps
/// out- and in-slices; an undirected one keeps one slice per node in which every edge appears at both ends
/// (a self-loop once). Parallel edges and self-loops are kept; algorithms that need a simple graph say how they
/// treat them. Building costs O(N + M) time and memory.
/// </summary>
public sealed class CompactGraph
{
    private readonly int[] _outOffsets, _outNeighbors, _outEdges;
    private readonly int[] _inOffsets, _inNeighbors, _inEdges;

    public bool Directed { get; }
    public IReadOnlyList<string> Ids { get; }
    public int NodeCount => Ids.Count;
    public int EdgeCount => Sources.Length;
    public int[] Sources { get; }
    public int[] Targets { get; }
    public double[] Weights { get; }
    /// <summary>For each edge, the index of the graph edge it came from (-1 when it has none).</summary>
    public int[] Origins { get; }

    private CompactGraph(bool directed, IReadOnlyList<string> ids, int[] sources, int[] targets, double[] weights, int[] origins)
    {
        Directed = directed;
        Ids = ids;
        (Sources, Targets, Weights, Origins) = (sources, targets, weights, origins);
        var n = ids.Count;
        if (directed)
        {
            (_outOffsets, _outNeighbors, _outEdges) = Slices(n, sources, targets, null);
            (_inOffsets, _inNeighbors, _inEdges) = Slices(n, targets, sources, null);
        }
        else
        {
            (_outOffsets, _outNeighbors, _outEdges) = Slices(n, sources, targets, targets);
            (_inOffsets, _inNeighbors, _inEdges) = (_outOffsets, _outNeighbors, _outEdges);
        }
    }

    private CompactGraph(CompactGraph shape, double[] weights)
    {
        (Directed, Ids, Sources, Targets, Origins, Weights) = (shape.Directed, shape.Ids, shape.Sources, shape.Targets, shape.Origins, weights);
        (_outOffsets, _outNeighbors, _outEdges) = (shape._outOffsets, shape._outNeighbors, shape._outEdges);
        (_inOffsets, _inNeighbors, _inEdges) = (shape._inOffsets, shape._inNeighbors, shape._inEdges);
    }

    /// <summary>The same nodes and edges (adjacency arrays shared) with other weights, one per edge. O(M) to check them.</summary>
    public CompactGraph WithWeights(double[] weights)
    {
        if (weights.Length != EdgeCount) throw new ArgumentException($"{weights.Length} weights for {EdgeCount} edges");
        for (var e = 0; e < weights.Length; e++)
            if (!(weights[e] >= 0)) throw new ArgumentException($"edge {e} has weight {weights[e]}; weights must be non-negative");
        return new CompactGraph(this, weights);
    }

    public static CompactGraph Create(IReadOnlyList<string> ids, IReadOnlyList<CompactEdge> edges, bool directed)
    {
        var m = edges.Count;
        var (s, t, w, o) = (new int[m], new int[m], new double[m], new int[m]);
        for (var i = 0; i < m; i++)
        {
            var e = edges[i];
            if ((uint)e.Source >= (uint)ids.Count || (uint)e.Target >= (uint)ids.Count)
                throw new ArgumentException($"edge {i} joins a node outside 0..{ids.Count - 1}");
            if (!(e.Weight >= 0)) throw new ArgumentException($"edge {i} has weight {e.Weight}; weights must be non-negative");
            (s[i], t[i], w[i], o[i]) = (e.Source, e.Target, e.Weight, e.Origin);
        }
        return new CompactGraph(directed, ids, s, t, w, o);
    }

    /// <summary>
    /// The same nodes and compact edges seen without direction. A directed <see cref="GraphView"/> holds symmetric
    /// relation types twice (once each way): for the undirected reading of a graph build the undirected view instead.
    /// </summary>
    public CompactGraph AsUndirected() => Directed ? new CompactGraph(false, Ids, Sources, Targets, Weights, Origins) : this;

    /// <summary>Successors (directed) or neighbours (undirected), one entry per edge.</summary>
    public ReadOnlySpan<int> OutNeighbors(int node) => _outNeighbors.AsSpan(_outOffsets[node], _outOffsets[node + 1] - _outOffsets[node]);
    public ReadOnlySpan<int> OutEdges(int node) => _outEdges.AsSpan(_outOffsets[node], _outOffsets[node + 1] - _outOffsets[node]);
    /// <summary>Predecessors (directed) or neighbours (undirected), one entry per edge.</summary>
    public ReadOnlySpan<int> InNeighbors(int node) => _inNeighbors.AsSpan(_inOffsets[node], _inOffsets[node + 1] - _inOffsets[node]);
    public ReadOnlySpan<int> InEdges(int node) => _inEdges.AsSpan(_inOffsets[node], _inOffsets[node + 1] - _inOffsets[node]);

    public int OutDegree(int node) => _outOffsets[node + 1] - _outOffsets[node];
    public int InDegree(int node) => _inOffsets[node + 1] - _inOffsets[node];
    /// <summary>The <paramref name="k"/>-th edge of <see cref="OutEdges"/>(node) (for iterators, which cannot hold a span).</summary>
    public int OutEdgeAt(int node, int k) => (uint)k < (uint)OutDegree(node) ? _outEdges[_outOffsets[node] + k] : throw new ArgumentOutOfRangeException(nameof(k));
    public int InEdgeAt(int node, int k) => (uint)k < (uint)InDegree(node) ? _inEdges[_inOffsets[node] + k] : throw new ArgumentOutOfRangeException(nameof(k));

    /// <summary>
    /// For every node, its distinct successors (neighbours if undirected) without itself, sorted: the simple graph
    /// that unweighted path algorithms walk, as networkx does when it iterates <c>G[v]</c>. O(N + M log M).
    /// </summary>
    public (int[] Offsets, int[] Neighbors) SimpleOutAdjacency()
    {
        var offsets = new int[NodeCount + 1];
        var neighbors = new List<int>(_outNeighbors.Length);
        var scratch = new List<int>();
        for (var v = 0; v < NodeCount; v++)
        {
            scratch.Clear();
            foreach (var u in OutNeighbors(v)) if (u != v) scratch.Add(u);
            scratch.Sort();
            for (var i = 0; i < scratch.Count; i++)
                if (i == 0 || scratch[i] != scratch[i - 1]) neighbors.Add(scratch[i]);
            offsets[v + 1] = neighbors.Count;
        }
        return (offsets, neighbors.ToArray());
    }

    /// <summary>Counting sort of edges by their <paramref name="from"/> end; <paramref name="alsoFrom"/> adds each edge at its other end too (undirected).</summary>
    private static (int[] Offsets, int[] Neighbors, int[] Edges) Slices(int n, int[] from, int[] to, int[]? alsoFrom)
    {
        var offsets = new int[n + 1];
        for (var e = 0; e < from.Length; e++)
        {
            offsets[from[e] + 1]++;
            if (alsoFrom is not null && alsoFrom[e] != from[e]) offsets[alsoFrom[e] + 1]++;
        }
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        var fill = offsets[..n];
        var neighbors = new int[offsets[n]];
        var edges = new int[offsets[n]];
        for (var e = 0; e < from.Length; e++)
        {
            var at = fill[from[e]]++;
            (neighbors[at], edges[at]) = (to[e], e);
            if (alsoFrom is not null && alsoFrom[e] != from[e])
            {
                at = fill[alsoFrom[e]]++;
                (neighbors[at], edges[at]) = (from[e], e);
            }
        }
        return (offsets, neighbors, edges);
    }
}
