using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Analysis;

/// <summary>Shortest-path trees: distance to every node (−1 / +∞ when unreachable) and the edge each node was reached by (−1 for none).</summary>
public sealed record PathTree(int Source, double[] Distance, int[] ParentEdge);

/// <summary>One hop of a connection, with every graph edge (either direction) joining the two nodes and their evidence.</summary>
public sealed record ConnectionStep(string From, string To, IReadOnlyList<GraphEdge> Edges);

/// <summary>"How is A connected to B": the nodes of a shortest path and the edges behind each hop.</summary>
public sealed record Connection(string From, string To, IReadOnlyList<string> Nodes, IReadOnlyList<ConnectionStep> Steps)
{
    public int Hops => Steps.Count;
}

public static class Paths
{
    /// <summary>
    /// Breadth-first search from <paramref name="source"/> along out-edges (all edges if undirected): hop distances.
    /// Reference: Moore, "The shortest path through a maze" (1959); Cormen et al., <i>Introduction to Algorithms</i>, §22.2.
    /// Complexity O(N + M).
    /// </summary>
    public static PathTree BreadthFirst(CompactGraph g, int source)
    {
        var distance = new double[g.NodeCount];
        var parent = new int[g.NodeCount];
        Array.Fill(distance, double.PositiveInfinity);
        Array.Fill(parent, -1);
        var queue = new Queue<int>();
        distance[source] = 0;
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            var neighbors = g.OutNeighbors(v);
            var edges = g.OutEdges(v);
            for (var i = 0; i < neighbors.Length; i++)
            {
                var w = neighbors[i];
                if (!double.IsPositiveInfinity(distance[w])) continue;
                distance[w] = distance[v] + 1;
                parent[w] = edges[i];
                queue.Enqueue(w);
            }
        }
        return new PathTree(source, distance, parent);
    }

    /// <summary>
    /// Dijkstra's algorithm from <paramref name="source"/> with a non-negative cost per edge (by edge index).
    /// Reference: Dijkstra, "A note on two problems in connexion with graphs", Numer. Math. 1 (1959).
    /// Complexity O((N + M) log N) with a binary heap.
    /// </summary>
    public static PathTree Dijkstra(CompactGraph g, int source, Func<int, double> cost)
    {
        var distance = new double[g.NodeCount];
        var parent = new int[g.NodeCount];
        Array.Fill(distance, double.PositiveInfinity);
        Array.Fill(parent, -1);
        var done = new bool[g.NodeCount];
        var heap = new PriorityQueue<int, double>();
        distance[source] = 0;
        heap.Enqueue(source, 0);
        while (heap.TryDequeue(out var v, out var d))
        {
            if (done[v] || d > distance[v]) continue;
            done[v] = true;
            var neighbors = g.OutNeighbors(v);
            var edges = g.OutEdges(v);
            for (var i = 0; i < neighbors.Length; i++)
            {
                var c = cost(edges[i]);
                if (c < 0) throw new ArgumentException($"edge {edges[i]} has negative cost {c}");
                var w = neighbors[i];
                if (distance[v] + c >= distance[w]) continue;
                distance[w] = distance[v] + c;
                parent[w] = edges[i];
                heap.Enqueue(w, distance[w]);
            }
        }
        return new PathTree(source, distance, parent);
    }

    /// <summary>The nodes from the tree's source to <paramref name="target"/>, or null when unreachable. O(path length).</summary>
    public static int[]? NodesTo(CompactGraph g, PathTree tree, int target)
    {
        if (double.IsPositiveInfinity(tree.Distance[target])) return null;
        var nodes = new List<int> { target };
        for (var v = target; v != tree.Source;)
        {
            var e = tree.ParentEdge[v];
            v = g.Sources[e] == v && !g.Directed ? g.Targets[e] : g.Sources[e];
            nodes.Add(v);
        }
        nodes.Reverse();
        return nodes.ToArray();
    }

    /// <summary>
    /// How <paramref name="from"/> is connected to <paramref name="to"/> (node ids) in a view of the graph
    /// (undirected by default, so a chain of relations in any direction counts): a path with the fewest hops, or
    /// with <paramref name="strongest"/> the path minimising Σ 1/weight (ties backed by more sentences are
    /// shorter). Each step lists the graph edges joining its two nodes, with their evidence. Null when no path.
    /// Complexity O(N + M) (BFS) or O((N + M) log N) (Dijkstra).
    /// </summary>
    public static Connection? Connect(RelationGraph graph, string from, string to, GraphView? view = null, bool strongest = false)
    {
        view ??= GraphView.Default.Undirected();
        var g = view.Build(graph);
        var index = IndexOf(g);
        if (!index.TryGetValue(from, out var a)) throw new ArgumentException($"'{from}' is not a node of the graph");
        if (!index.TryGetValue(to, out var b)) throw new ArgumentException($"'{to}' is not a node of the graph");
        var tree = strongest ? Dijkstra(g, a, e => 1.0 / Math.Max(g.Weights[e], 1e-9)) : BreadthFirst(g, a);
        var nodes = NodesTo(g, tree, b);
        if (nodes is null) return null;
        var steps = new List<ConnectionStep>();
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            var (u, v) = (nodes[i], nodes[i + 1]);
            var joining = new List<GraphEdge>();
            var neighbors = g.OutNeighbors(u);
            var edges = g.OutEdges(u);
            for (var j = 0; j < neighbors.Length; j++)
                if (neighbors[j] == v && g.Origins[edges[j]] >= 0) joining.Add(graph.Edges[g.Origins[edges[j]]]);
            if (g.Directed)
            {
                var back = g.InNeighbors(u);
                var backEdges = g.InEdges(u);
                for (var j = 0; j < back.Length; j++)
                    if (back[j] == v && g.Origins[backEdges[j]] >= 0) joining.Add(graph.Edges[g.Origins[backEdges[j]]]);
            }
            steps.Add(new ConnectionStep(g.Ids[u], g.Ids[v], joining.Distinct().ToArray()));
        }
        return new Connection(from, to, nodes.Select(n => g.Ids[n]).ToArray(), steps);
    }

    internal static Dictionary<string, int> IndexOf(CompactGraph g)
    {
        var index = new Dictionary<string, int>(g.NodeCount, StringComparer.Ordinal);
        for (var i = 0; i < g.NodeCount; i++) index[g.Ids[i]] = i;
        return index;
    }
}
