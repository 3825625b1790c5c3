using KnowledgeGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

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

/// <summary>Shortest paths and connections over a <see cref="CompactGraph"/> or any QuikGraph graph.</summary>
public static class Paths
{
    /// <summary><see cref="BreadthFirst(CompactGraph, int)"/> of a QuikGraph graph from <paramref name="source"/>: hop distances and paths.</summary>
    public static ShortestPathTree<TVertex, TEdge> BreadthFirst<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, TVertex source)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph);
        return new ShortestPathTree<TVertex, TEdge>(g, BreadthFirst(g.Compact, g.IndexOf(source)));
    }

    /// <summary>
    /// <see cref="Dijkstra(CompactGraph, int, Func{int, double})"/> of a QuikGraph graph from <paramref name="source"/>
    /// with a non-negative <paramref name="cost"/> per edge; without one an edge costs 1 / its weight (see
    /// <see cref="IndexedGraph{TVertex,TEdge}.Of"/>: a relation backed by more sentences is shorter, an edge of
    /// weight 0 is never taken, an unweighted graph is walked by hops).
    /// </summary>
    public static ShortestPathTree<TVertex, TEdge> Dijkstra<TVertex, TEdge>(IEdgeListGraph<TVertex, TEdge> graph, TVertex source, Func<TEdge, double>? cost = null)
        where TVertex : notnull where TEdge : IEdge<TVertex>
    {
        var g = IndexedGraph<TVertex, TEdge>.Of(graph);
        var weights = g.Compact.Weights;
        Func<int, double> costOf;
        if (cost is null) costOf = e => 1.0 / weights[e];
        else
        {
            var costs = new double[g.Compact.EdgeCount];
            for (var e = 0; e < costs.Length; e++) costs[e] = cost(g.EdgeAt(e));
            costOf = e => costs[e];
        }
        return new ShortestPathTree<TVertex, TEdge>(g, Dijkstra(g.Compact, g.IndexOf(source), costOf));
    }

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
    /// How <paramref name="from"/> is connected to <paramref name="to"/> (node ids): the first of
    /// <see cref="Connections(RelationGraph, string, string, int, GraphView?, bool)"/>, or null when no path joins them.
    /// </summary>
    public static Connection? Connect(RelationGraph graph, string from, string to, GraphView? view = null, bool strongest = false) =>
        Connections(graph, from, to, 1, view, strongest).FirstOrDefault();

    /// <summary>
    /// How <paramref name="from"/> is connected to <paramref name="to"/> (node ids) in a view of the graph
    /// (undirected by default, so a chain of relations in any direction counts): up to <paramref name="k"/>
    /// loopless alternatives, best first. Best means the fewest hops, and among paths of as many hops the one whose
    /// hops are backed by more sentences; with <paramref name="strongest"/> it is the path minimising Σ 1/sentences
    /// over its hops. Each step lists every graph edge joining its two nodes, with their evidence. Empty when no
    /// path joins them. The alternatives come from QuikGraph's Yen algorithm.
    /// Reference: Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971.
    /// Complexity O(k·N·(N + M) log N) (one Dijkstra per spur node of each path found).
    /// </summary>
    public static IReadOnlyList<Connection> Connections(RelationGraph graph, string from, string to, int k = 3, GraphView? view = null, bool strongest = false)
    {
        view ??= GraphView.Default.Undirected();
        RelationView g = view.Directed ? RelationView.Directed(graph, view) : RelationView.Undirected(graph, view);
        if (!g.TryGetVertex(from, out var a)) throw new ArgumentException($"'{from}' is not a node of the graph");
        if (!g.TryGetVertex(to, out var b)) throw new ArgumentException($"'{to}' is not a node of the graph");
        return Connections(g, a, b, k, strongest);
    }

    /// <summary><see cref="Connections(RelationGraph, string, string, int, GraphView?, bool)"/> between two vertices of a view.</summary>
    public static IReadOnlyList<Connection> Connections(RelationView view, ActorVertex from, ActorVertex to, int k = 3, bool strongest = false)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), "at least one path");
        var (a, b) = (view.IndexOf(from), view.IndexOf(to));
        if (a == b) return [new Connection(from.Id, to.Id, [from.Id], [])];
        var g = view.Compact;
        // one QuikGraph edge per ordered pair of distinct nodes that a relation joins (both ways if undirected)
        var sentences = new Dictionary<(int, int), double>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var (s, t) = (g.Sources[e], g.Targets[e]);
            if (s == t) continue;
            sentences[(s, t)] = sentences.GetValueOrDefault((s, t)) + g.Weights[e];
            if (!g.Directed) sentences[(t, s)] = sentences.GetValueOrDefault((t, s)) + g.Weights[e];
        }
        var pairs = new AdjacencyGraph<ActorVertex, EquatableTaggedEdge<ActorVertex, double>>(allowParallelEdges: false);
        pairs.AddVertexRange(view.Vertices);
        foreach (var ((s, t), weight) in sentences.OrderBy(p => p.Key))
            pairs.AddEdge(new EquatableTaggedEdge<ActorVertex, double>(view.VertexAt(s), view.VertexAt(t), HopCost(weight, strongest)));
        IEnumerable<YenShortestPathsAlgorithm<ActorVertex>.SortedPath> found;
        try
        {
            found = new YenShortestPathsAlgorithm<ActorVertex>(pairs, from, to, k).Execute().ToArray();
        }
        catch (NoPathFoundException)
        {
            return [];
        }
        return found.Select(path => ToConnection(view, path.Select(e => e.Source).Append(to).ToArray())).ToArray();
    }

    /// <summary>
    /// The cost of a hop backed by <paramref name="sentences"/> (the summed weights of the relations joining the
    /// pair): 1/sentences for the strongest chain; otherwise 1 plus a tie-break below 10⁻⁶ that favours better-backed
    /// hops and never outweighs a hop (paths shorter than a million hops).
    /// </summary>
    internal static double HopCost(double sentences, bool strongest) =>
        strongest ? 1.0 / Math.Max(sentences, 1e-9) : 1.0 + 1e-6 / (1.0 + sentences);

    private static Connection ToConnection(RelationView view, ActorVertex[] nodes)
    {
        var g = view.Compact;
        var steps = new List<ConnectionStep>();
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            var (u, v) = (nodes[i].Index, nodes[i + 1].Index);
            var joining = new List<GraphEdge>();
            foreach (var e in g.OutEdges(u))
                if (g.Targets[e] == v || !g.Directed && g.Sources[e] == v) joining.Add(view.Graph.Edges[g.Origins[e]]);
            if (g.Directed)
                foreach (var e in g.InEdges(u))
                    if (g.Sources[e] == v) joining.Add(view.Graph.Edges[g.Origins[e]]);
            steps.Add(new ConnectionStep(nodes[i].Id, nodes[i + 1].Id, joining.Distinct().ToArray()));
        }
        return new Connection(nodes[0].Id, nodes[^1].Id, nodes.Select(n => n.Id).ToArray(), steps);
    }

    internal static Dictionary<string, int> IndexOf(CompactGraph g)
    {
        var index = new Dictionary<string, int>(g.NodeCount, StringComparer.Ordinal);
        for (var i = 0; i < g.NodeCount; i++) index[g.Ids[i]] = i;
        return index;
    }
}
