using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// A partition of the nodes: <see cref="Membership"/>[v] is v's part. Parts are numbered 0 … Count-1 by
/// decreasing size, ties by smallest member, so the numbering does not depend on traversal order.
/// </summary>
public sealed record Partition(int[] Membership, int Count)
{
    /// <summary>The members of each part, each list ascending.</summary>
    public IReadOnlyList<int[]> Parts()
    {
        var parts = new List<int>[Count];
        for (var i = 0; i < Count; i++) parts[i] = [];
        for (var v = 0; v < Membership.Length; v++) parts[Membership[v]].Add(v);
        return parts.Select(p => p.ToArray()).ToArray();
    }

    /// <summary>Renumbers arbitrary labels into the canonical order described on the type. O(N log N).</summary>
    public static Partition Canonical(int[] labels)
    {
        var sizes = new Dictionary<int, (int Size, int First)>();
        for (var v = 0; v < labels.Length; v++)
            sizes[labels[v]] = sizes.TryGetValue(labels[v], out var s) ? (s.Size + 1, s.First) : (1, v);
        var order = sizes.OrderByDescending(p => p.Value.Size).ThenBy(p => p.Value.First).Select(p => p.Key).ToArray();
        var rank = new Dictionary<int, int>(order.Length);
        for (var i = 0; i < order.Length; i++) rank[order[i]] = i;
        return new Partition(labels.Select(l => rank[l]).ToArray(), order.Length);
    }
}

/// <summary>Connected components of a <see cref="CompactGraph"/> or of any QuikGraph graph.</summary>
public static class Components
{
    /// <summary><see cref="Weak(CompactGraph)"/> of a QuikGraph graph (a view is read through its arrays, another graph snapshotted).</summary>
    public static VertexPartition<TVertex> Weak<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph);
        return new VertexPartition<TVertex>(g, Weak(g.Compact));
    }

    /// <summary><see cref="Strong(CompactGraph)"/> of a QuikGraph graph (weak components if it is undirected).</summary>
    public static VertexPartition<TVertex> Strong<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph);
        return new VertexPartition<TVertex>(g, Strong(g.Compact));
    }

    /// <summary>
    /// Weakly connected components (edge direction ignored) by union–find with path halving and union by size.
    /// Reference: Tarjan, "Efficiency of a good but not linear set union algorithm", JACM 22(2), 1975.
    /// Complexity O(N + M·α(N)).
    /// </summary>
    public static Partition Weak(CompactGraph g)
    {
        var parent = Enumerable.Range(0, g.NodeCount).ToArray();
        var size = new int[g.NodeCount];
        Array.Fill(size, 1);
        int Find(int v)
        {
            while (parent[v] != v) { parent[v] = parent[parent[v]]; v = parent[v]; }
            return v;
        }
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var (a, b) = (Find(g.Sources[e]), Find(g.Targets[e]));
            if (a == b) continue;
            if (size[a] < size[b]) (a, b) = (b, a);
            parent[b] = a;
            size[a] += size[b];
        }
        var labels = new int[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++) labels[v] = Find(v);
        return Partition.Canonical(labels);
    }

    /// <summary>
    /// Strongly connected components by Tarjan's algorithm with an explicit stack (no recursion, so deep graphs
    /// do not overflow). For an undirected graph they equal the weak components.
    /// Reference: Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972.
    /// Complexity O(N + M).
    /// </summary>
    public static Partition Strong(CompactGraph g)
    {
        if (!g.Directed) return Weak(g);
        var n = g.NodeCount;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        var labels = new int[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var call = new Stack<(int Node, int Next)>();
        var counter = 0;
        var component = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            call.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (call.Count > 0)
            {
                var (v, next) = call.Pop();
                var successors = g.OutNeighbors(v);
                var descended = false;
                while (next < successors.Length)
                {
                    var w = successors[next++];
                    if (index[w] < 0)
                    {
                        call.Push((v, next));
                        call.Push((w, 0));
                        index[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack[w] = true;
                        descended = true;
                        break;
                    }
                    if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                }
                if (descended) continue;
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        labels[w] = component;
                    } while (w != v);
                    component++;
                }
                if (call.Count > 0)
                {
                    var parent = call.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }
        return Partition.Canonical(labels);
    }
}
