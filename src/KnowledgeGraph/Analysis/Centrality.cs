using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>Per-node degrees of a compact graph. A self-loop adds one to in and one to out (two to total), as in networkx.</summary>
public sealed record Degrees(int[] In, int[] Out, int[] Total, double[] InStrength, double[] OutStrength, double[] Strength);

/// <summary>
/// Centrality measures over <see cref="CompactGraph"/>, and over any QuikGraph graph: a <see cref="RelationView"/>
/// is read through its arrays, any other graph is snapshotted first (<see cref="IndexedGraph{TVertex,TEdge}.Of"/>).
/// </summary>
public static class Centrality
{
    /// <summary><see cref="Degree(CompactGraph)"/> of a QuikGraph graph; <paramref name="weight"/> as in <see cref="IndexedGraph{TVertex,TEdge}.Of"/>.</summary>
    public static VertexDegrees<TVertex> Degree<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph, weight);
        return new VertexDegrees<TVertex>(g, Degree(g.Compact));
    }

    /// <summary>
    /// <see cref="PageRank(CompactGraph, double, double, int)"/> of a QuikGraph graph: weighted by
    /// <paramref name="weight"/> (a <see cref="RelationEdge"/>'s view weight, 1 for other edges, when null); an
    /// undirected graph is walked both ways. Equals networkx.pagerank with the same weights.
    /// </summary>
    public static VertexMap<TVertex, double> PageRank<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null,
        double damping = 0.85, double tolerance = 1e-12, int maxIterations = 10_000)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph, weight);
        return g.Map(PageRank(g.Compact, damping, tolerance, maxIterations));
    }

    /// <summary><see cref="Betweenness(CompactGraph, int?, int)"/> of a QuikGraph graph (unweighted, directed or not as the graph is).</summary>
    public static VertexMap<TVertex, double> Betweenness<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, int? samples = null, int seed = 0)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph);
        return g.Map(Betweenness(g.Compact, samples, seed));
    }

    /// <summary>
    /// In-, out- and total degree (edges, parallel ones counted separately) and weighted strength (sum of edge
    /// weights). For an undirected graph in = out = total. Reference: Newman, <i>Networks</i> (2nd ed., 2018), §6.2.
    /// Complexity O(N + M).
    /// </summary>
    public static Degrees Degree(CompactGraph g)
    {
        var n = g.NodeCount;
        var (din, dout) = (new int[n], new int[n]);
        var (sin, sout) = (new double[n], new double[n]);
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var (s, t, w) = (g.Sources[e], g.Targets[e], g.Weights[e]);
            dout[s]++; din[t]++; sout[s] += w; sin[t] += w;
        }
        if (!g.Directed)
        {
            var total = new int[n];
            var strength = new double[n];
            for (var v = 0; v < n; v++) { total[v] = din[v] + dout[v]; strength[v] = sin[v] + sout[v]; }
            return new Degrees(total, total, total, strength, strength, strength);
        }
        var sum = new int[n];
        var ssum = new double[n];
        for (var v = 0; v < n; v++) { sum[v] = din[v] + dout[v]; ssum[v] = sin[v] + sout[v]; }
        return new Degrees(din, dout, sum, sin, sout, ssum);
    }

    /// <summary>
    /// Weighted PageRank by power iteration: a walker follows an out-edge with probability proportional to its
    /// weight (parallel edges add up), jumps to a uniformly random node with probability 1 − <paramref name="damping"/>,
    /// and from a dangling node (no out-weight) jumps uniformly — the same handling as networkx.pagerank without
    /// personalization. An undirected graph is walked both ways. Stops when the L1 change is below N × tolerance,
    /// then normalises to sum 1.
    /// Reference: Brin &amp; Page, "The anatomy of a large-scale hypertextual Web search engine" (1998);
    /// Langville &amp; Meyer, <i>Google's PageRank and Beyond</i> (2006), ch. 4.
    /// Complexity O(I·(N + M)) time for I iterations, O(N) extra memory.
    /// </summary>
    public static double[] PageRank(CompactGraph g, double damping = 0.85, double tolerance = 1e-12, int maxIterations = 10_000)
    {
        var n = g.NodeCount;
        if (n == 0) return [];
        var outWeight = new double[n];
        for (var v = 0; v < n; v++)
            foreach (var e in g.OutEdges(v)) outWeight[v] += g.Weights[e];

        var x = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++) if (outWeight[v] == 0) dangling += x[v];
            var baseline = damping * dangling / n + (1 - damping) / n;
            Array.Fill(next, baseline);
            for (var v = 0; v < n; v++)
            {
                if (outWeight[v] == 0) continue;
                var share = damping * x[v] / outWeight[v];
                var neighbors = g.OutNeighbors(v);
                var edges = g.OutEdges(v);
                for (var i = 0; i < neighbors.Length; i++) next[neighbors[i]] += share * g.Weights[edges[i]];
            }
            var change = 0.0;
            for (var v = 0; v < n; v++) change += Math.Abs(next[v] - x[v]);
            (x, next) = (next, x);
            if (change < n * tolerance) break;
        }
        var total = x.Sum();
        for (var v = 0; v < n; v++) x[v] /= total;
        return x;
    }

    /// <summary>
    /// Betweenness centrality by Brandes' algorithm on the simple unweighted graph (parallel edges count once,
    /// self-loops are ignored — as networkx.betweenness_centrality does with weight=None), directed along edge
    /// direction or undirected. Normalised like networkx: divided by (N−1)(N−2) for N &gt; 2, which for an
    /// undirected graph equals networkx's 2/((N−1)(N−2)) over unordered pairs. With <paramref name="samples"/>
    /// only that many seeded random sources are used and the result is scaled by N/k (an estimate, as
    /// networkx's k parameter). Sources are processed in parallel.
    /// Reference: Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.
    /// Complexity O(N·M) time (O(k·M) sampled), O(N + M) memory per thread.
    /// </summary>
    public static double[] Betweenness(CompactGraph g, int? samples = null, int seed = 0)
    {
        var n = g.NodeCount;
        if (n == 0) return [];
        var (offsets, neighbors) = g.SimpleOutAdjacency();
        int[] sources;
        if (samples is { } k && k < n && k > 0)
        {
            var all = Enumerable.Range(0, n).ToArray();
            new Random(seed).Shuffle(all);
            sources = all[..k];
        }
        else sources = Enumerable.Range(0, n).ToArray();

        // Sources go in a fixed number of chunks, each summed in order and the chunks added in order, so the
        // result is bit-for-bit the same whatever the number of threads.
        var chunks = Math.Min(BetweennessChunks, sources.Length);
        var partial = new double[chunks][];
        Parallel.For(0, chunks, () => new BrandesState(n), (chunk, _, state) =>
        {
            var sum = new double[n];
            var (from, to) = ((int)((long)sources.Length * chunk / chunks), (int)((long)sources.Length * (chunk + 1) / chunks));
            for (var i = from; i < to; i++) state.Accumulate(sources[i], offsets, neighbors, sum);
            partial[chunk] = sum;
            return state;
        }, _ => { });
        var total = new double[n];
        foreach (var sum in partial)
            for (var v = 0; v < n; v++) total[v] += sum[v];

        var scale = n > 2 ? 1.0 / ((double)(n - 1) * (n - 2)) : 1.0;
        if (sources.Length < n) scale *= (double)n / sources.Length;
        for (var v = 0; v < n; v++) total[v] *= scale;
        return total;
    }

    private const int BetweennessChunks = 16;

    private sealed class BrandesState(int n)
    {
        private readonly int[] _distance = CreateFilled(n, -1);
        private readonly double[] _paths = new double[n];
        private readonly double[] _dependency = new double[n];
        private readonly int[] _order = new int[n];
        private readonly int[] _queue = new int[n];

        public void Accumulate(int source, int[] offsets, int[] neighbors, double[] centrality)
        {
            var visited = 0;
            var (head, tail) = (0, 0);
            _queue[tail++] = source;
            _distance[source] = 0;
            _paths[source] = 1;
            while (head < tail)
            {
                var v = _queue[head++];
                _order[visited++] = v;
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    var w = neighbors[i];
                    if (_distance[w] < 0) { _distance[w] = _distance[v] + 1; _queue[tail++] = w; }
                    if (_distance[w] == _distance[v] + 1) _paths[w] += _paths[v];
                }
            }
            // dependencies in reverse BFS order; predecessors are found again from the distances
            for (var j = visited - 1; j >= 0; j--)
            {
                var w = _order[j];
                for (var i = offsets[w]; i < offsets[w + 1]; i++)
                {
                    var x = neighbors[i];
                    if (_distance[x] == _distance[w] + 1) _dependency[w] += _paths[w] / _paths[x] * (1 + _dependency[x]);
                }
                if (w != source) centrality[w] += _dependency[w];
            }
            for (var j = 0; j < visited; j++)
            {
                var v = _order[j];
                (_distance[v], _paths[v], _dependency[v]) = (-1, 0, 0);
            }
        }

        private static int[] CreateFilled(int n, int value)
        {
            var a = new int[n];
            Array.Fill(a, value);
            return a;
        }
    }
}
