using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>A community partition and its modularity.</summary>
public sealed record CommunityResult(Partition Partition, double Modularity, int Levels);

/// <summary>Community detection on the undirected weighted view.</summary>
public static class Communities
{
    /// <summary>
    /// <see cref="Louvain(CompactGraph, int, double, double)"/> of a QuikGraph graph: direction ignored, each edge of
    /// the graph counted once with its <paramref name="weight"/> (see <see cref="IndexedGraph{TVertex,TEdge}.Of"/>). Give
    /// it an undirected view, in which a symmetric relation is one edge (a directed view holds it once each way).
    /// </summary>
    public static VertexCommunities<TVertex> Louvain<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null,
        int seed = 0, double resolution = 1.0, double threshold = 1e-7)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph, weight);
        var result = Louvain(g.Compact, seed, resolution, threshold);
        return new VertexCommunities<TVertex>(new VertexPartition<TVertex>(g, result.Partition), result.Modularity, result.Levels);
    }

    /// <summary>
    /// Louvain: repeatedly move single nodes to the neighbouring community with the largest modularity gain
    /// (visiting nodes in an order shuffled by <paramref name="seed"/>, ties keep the current community; after the
    /// first pass only neighbours of nodes that moved are reconsidered), then
    /// merge each community into one node, until a level improves modularity by no more than
    /// <paramref name="threshold"/>. Edge direction is ignored; parallel edges add their weights; self-loops are
    /// kept. The same graph and seed always give the same partition. Isolated nodes are communities of their own.
    /// Reference: Blondel, Guillaume, Lambiotte, Lefebvre, "Fast unfolding of communities in large networks",
    /// J. Stat. Mech. (2008) P10008; pruning: Ozaki, Tezuka, Inaba, "A simple acceleration method for the Louvain
    /// algorithm", Int. J. Comput. Electr. Eng. 8(3), 2016.
    /// Complexity about O(M) per pass and O(M log N) overall in practice; O(N + M) memory.
    /// </summary>
    public static CommunityResult Louvain(CompactGraph g, int seed = 0, double resolution = 1.0, double threshold = 1e-7)
    {
        var random = new Random(seed);
        var membership = Enumerable.Range(0, g.NodeCount).ToArray();
        var level = Level.FromEdges(g.NodeCount, g.Sources, g.Targets, g.Weights);
        var quality = level.Modularity(Enumerable.Range(0, level.Count).ToArray(), resolution);
        var levels = 0;
        while (level.TwiceWeight > 0)
        {
            var (moved, labels, count) = level.MoveNodes(random, resolution);
            if (!moved) break;
            var next = level.Modularity(labels, resolution);
            for (var v = 0; v < membership.Length; v++) membership[v] = labels[membership[v]];
            levels++;
            level = level.Aggregate(labels, count);
            if (next - quality <= threshold) break;
            quality = next;
        }
        var partition = Partition.Canonical(membership);
        return new CommunityResult(partition, Modularity(g, partition.Membership, resolution), levels);
    }

    /// <summary>
    /// Newman–Girvan modularity of a partition of the undirected weighted view (direction ignored, parallel edges
    /// summed, a self-loop counting twice towards its node's degree), with resolution γ:
    /// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]. Matches networkx.community.modularity on the same graph.
    /// Reference: Newman &amp; Girvan, "Finding and evaluating community structure in networks", Phys. Rev. E 69 (2004).
    /// Complexity O(N + M).
    /// </summary>
    public static double Modularity(CompactGraph g, int[] membership, double resolution = 1.0) =>
        Level.FromEdges(g.NodeCount, g.Sources, g.Targets, g.Weights).Modularity(membership, resolution);

    /// <summary>One level of the Louvain hierarchy: a simple undirected weighted graph plus self-loop weights.</summary>
    private sealed class Level
    {
        public int Count { get; }
        private readonly int[] _offsets;
        private readonly int[] _neighbors;
        private readonly double[] _weights;
        private readonly double[] _loops;
        private readonly double[] _degree;
        public double TwiceWeight { get; }

        /// <summary>Builds the level from both directions of every non-loop pair; duplicate pairs add up.</summary>
        private Level(int count, PairBuffer pairs, double[] loops)
        {
            Count = count;
            _loops = loops;
            var (keys, weights, length) = pairs.SortedMerged();
            _offsets = new int[count + 1];
            _neighbors = new int[length];
            _weights = new double[length];
            for (var i = 0; i < length; i++)
            {
                _offsets[(int)(keys[i] >> 32) + 1]++;
                (_neighbors[i], _weights[i]) = ((int)(keys[i] & 0xFFFFFFFF), weights[i]);
            }
            for (var v = 0; v < count; v++) _offsets[v + 1] += _offsets[v];
            _degree = new double[count];
            for (var v = 0; v < count; v++)
            {
                _degree[v] = 2 * loops[v];
                for (var i = _offsets[v]; i < _offsets[v + 1]; i++) _degree[v] += _weights[i];
            }
            TwiceWeight = _degree.Sum();
        }

        public static Level FromEdges(int count, int[] sources, int[] targets, double[] weights)
        {
            var pairs = new PairBuffer(2 * sources.Length);
            var loops = new double[count];
            for (var e = 0; e < sources.Length; e++)
                pairs.Add(loops, sources[e], targets[e], weights[e]);
            return new Level(count, pairs, loops);
        }

        public Level Aggregate(int[] labels, int count)
        {
            var pairs = new PairBuffer(_neighbors.Length);
            var loops = new double[count];
            for (var v = 0; v < Count; v++)
            {
                loops[labels[v]] += _loops[v];
                for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
                {
                    var u = _neighbors[i];
                    if (u < v) continue; // each undirected pair once
                    pairs.Add(loops, labels[v], labels[u], _weights[i]);
                }
            }
            return new Level(count, pairs, loops);
        }

        public (bool Moved, int[] Labels, int Count) MoveNodes(Random random, double resolution)
        {
            var community = Enumerable.Range(0, Count).ToArray();
            var total = (double[])_degree.Clone();
            var order = Enumerable.Range(0, Count).ToArray();
            random.Shuffle(order);
            var linkWeight = new double[Count];
            var touched = new List<int>();
            var movedAny = false;
            // only nodes next to a node that moved in the previous pass are reconsidered (Ozaki et al. 2016)
            var active = new bool[Count];
            var nextActive = new bool[Count];
            Array.Fill(active, true);
            for (var pass = 0; pass < 1000; pass++)
            {
                var moved = false;
                foreach (var v in order)
                {
                    var k = _degree[v];
                    if (k == 0 || !active[v]) continue;
                    foreach (var c in touched) linkWeight[c] = 0;
                    touched.Clear();
                    for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
                    {
                        var c = community[_neighbors[i]];
                        if (linkWeight[c] == 0) touched.Add(c);
                        linkWeight[c] += _weights[i];
                    }
                    var own = community[v];
                    total[own] -= k;
                    var best = own;
                    var bestGain = linkWeight[own] - resolution * total[own] * k / TwiceWeight;
                    foreach (var c in touched)
                    {
                        var gain = linkWeight[c] - resolution * total[c] * k / TwiceWeight;
                        if (gain > bestGain + 1e-12 * TwiceWeight) (best, bestGain) = (c, gain);
                    }
                    total[best] += k;
                    if (best == own) continue;
                    community[v] = best;
                    moved = movedAny = true;
                    for (var i = _offsets[v]; i < _offsets[v + 1]; i++) nextActive[_neighbors[i]] = true;
                }
                if (!moved) break;
                (active, nextActive) = (nextActive, active);
                Array.Clear(nextActive);
            }
            var renumber = new Dictionary<int, int>();
            var labels = new int[Count];
            for (var v = 0; v < Count; v++)
            {
                if (!renumber.TryGetValue(community[v], out var label)) renumber[community[v]] = label = renumber.Count;
                labels[v] = label;
            }
            return (movedAny, labels, renumber.Count);
        }

        public double Modularity(int[] membership, double resolution)
        {
            if (TwiceWeight == 0) return 0;
            var inside = new Dictionary<int, double>();
            var degree = new Dictionary<int, double>();
            for (var v = 0; v < Count; v++)
            {
                var c = membership[v];
                degree[c] = degree.GetValueOrDefault(c) + _degree[v];
                var within = _loops[v];
                for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
                    if (membership[_neighbors[i]] == c) within += _weights[i] / 2; // each pair is seen from both ends
                inside[c] = inside.GetValueOrDefault(c) + within;
            }
            var m = TwiceWeight / 2;
            return degree.Keys.Sum(c => inside.GetValueOrDefault(c) / m - resolution * Math.Pow(degree[c] / TwiceWeight, 2));
        }
    }

    /// <summary>Weighted node pairs packed as (a &lt;&lt; 32 | b) keys, sorted and merged in O(P log P).</summary>
    private sealed class PairBuffer(int capacity)
    {
        private long[] _keys = new long[Math.Max(4, capacity)];
        private double[] _weights = new double[Math.Max(4, capacity)];
        private int _count;

        /// <summary>Adds a → b and b → a, or a self-loop's weight to <paramref name="loops"/>.</summary>
        public void Add(double[] loops, int a, int b, double w)
        {
            if (a == b) { loops[a] += w; return; }
            Push(((long)a << 32) | (uint)b, w);
            Push(((long)b << 32) | (uint)a, w);
        }

        private void Push(long key, double w)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _weights, _count * 2);
            }
            (_keys[_count], _weights[_count]) = (key, w);
            _count++;
        }

        public (long[] Keys, double[] Weights, int Length) SortedMerged()
        {
            Array.Sort(_keys, _weights, 0, _count);
            var length = 0;
            for (var i = 0; i < _count; i++)
            {
                if (length > 0 && _keys[length - 1] == _keys[i]) { _weights[length - 1] += _weights[i]; continue; }
                (_keys[length], _weights[length]) = (_keys[i], _weights[i]);
                length++;
            }
            return (_keys, _weights, length);
        }
    }
}
