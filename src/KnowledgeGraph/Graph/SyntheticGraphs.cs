using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Seeded generators of <see cref="RelationGraph"/>s for tests and benchmarks. The same arguments always give the
/// same graph. Nodes are countries with ids <c>N000000</c>, <c>N000001</c> … (zero-padded so ordinal order is
/// numeric order); relation types, weights and symmetry come from <see cref="GraphSchema"/>. Like the builder's
/// output, edges are unique per (source, type, target), symmetric types are stored with source &lt; target, and
/// edges are sorted by (source, type, target). "Parallel" edges are edges of different types (or opposite
/// directions) between the same two nodes.
/// </summary>
public static class SyntheticGraphs
{
    /// <summary>Node id of the i-th synthetic node.</summary>
    public static string NodeId(int index) => "N" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="nodeCount"/> nodes and <paramref name="edgeCount"/> distinct edges whose endpoints are drawn
    /// uniformly (no self-loops) and whose type is drawn uniformly from the schema's relation types.
    /// Every edge carries one evidence sentence when <paramref name="withEvidence"/> is set (turn it off for very
    /// large graphs). Dates are spread over 2020-01-01 … 2020-12-31.
    /// </summary>
    public static RelationGraph RandomDirected(int nodeCount, int edgeCount, int seed = 1, bool withEvidence = true)
    {
        if (nodeCount < 2) throw new ArgumentOutOfRangeException(nameof(nodeCount), "at least two nodes");
        var random = new Random(seed);
        var types = GraphSchema.Default.RelationTypes;
        var maxEdges = (long)nodeCount * (nodeCount - 1) * types.Count / 2;
        if (edgeCount > maxEdges) throw new ArgumentOutOfRangeException(nameof(edgeCount), "more edges than the node count allows");
        var edges = new EdgeSet(withEvidence);
        while (edges.Count < edgeCount)
        {
            var source = random.Next(nodeCount);
            var target = random.Next(nodeCount);
            if (source == target) continue;
            edges.TryAdd(source, target, types[random.Next(types.Count)], random);
        }
        return Assemble(nodeCount, edges);
    }

    /// <summary>
    /// Two communities of <paramref name="sizeEach"/> nodes: inside each, cooperation edges (AGREES, COOPERATES,
    /// SUPPORTS, AIDS) with probability <paramref name="insideProbability"/> per ordered pair; between them,
    /// conflict edges (FIGHTS, ACCUSES, THREATENS) with probability <paramref name="betweenProbability"/>.
    /// Nodes 0 … sizeEach-1 form the first community.
    /// </summary>
    public static RelationGraph TwoCommunities(int sizeEach = 20, double insideProbability = 0.3, double betweenProbability = 0.02, int seed = 2)
    {
        var random = new Random(seed);
        var schema = GraphSchema.Default;
        RelationType[] cooperation = [schema.Get("AGREES"), schema.Get("COOPERATES"), schema.Get("SUPPORTS"), schema.Get("AIDS")];
        RelationType[] conflict = [schema.Get("FIGHTS"), schema.Get("ACCUSES"), schema.Get("THREATENS")];
        var edges = new EdgeSet(withEvidence: true);
        var n = 2 * sizeEach;
        for (var s = 0; s < n; s++)
        for (var t = 0; t < n; t++)
        {
            if (s == t) continue;
            var inside = s / sizeEach == t / sizeEach;
            if (random.NextDouble() >= (inside ? insideProbability : betweenProbability)) continue;
            var pool = inside ? cooperation : conflict;
            edges.TryAdd(s, t, pool[random.Next(pool.Length)], random);
        }
        return Assemble(n, edges);
    }

    /// <summary>
    /// A small graph with the shapes that trip graph code up: self-loops, several edges of different types between
    /// the same pair (both directions), isolated nodes (the last <paramref name="isolated"/> ids), a dangling node
    /// (no out-edges) and a person whose code is one of the countries, so the state-level view folds it.
    /// </summary>
    public static RelationGraph Awkward(int connected = 30, int isolated = 5, int seed = 3)
    {
        var random = new Random(seed);
        var types = GraphSchema.Default.RelationTypes;
        var edges = new EdgeSet(withEvidence: true);
        for (var i = 0; i < connected; i += 3)
            edges.TryAdd(i, i, types[random.Next(types.Count)], random);
        for (var i = 0; i + 1 < connected; i += 2)
        {
            // the same pair in several types and both directions
            for (var k = 0; k < 3; k++)
                edges.TryAdd(i, i + 1, types[random.Next(types.Count)], random);
            edges.TryAdd(i + 1, i, types[random.Next(types.Count)], random);
        }
        for (var k = 0; k < connected * 2; k++)
        {
            var s = random.Next(connected - 1);
            var t = random.Next(connected - 1);
            edges.TryAdd(s, t, types[random.Next(types.Count)], random);
        }
        // node connected-1 only receives edges: a dangling node for PageRank
        edges.TryAdd(0, connected - 1, GraphSchema.Default.Get("SUPPORTS"), random);
        edges.TryAdd(1, connected - 1, GraphSchema.Default.Get("ACCUSES"), random);

        var graph = Assemble(connected + isolated, edges);
        var person = new GraphNode("person:synthetic", ActorKind.Person, "Synthetic Person", "شخص اصطناعي", NodeId(0))
        {
            Office = "Minister",
        };
        var personEdges = new[]
        {
            Edge("person:synthetic", NodeId(2), GraphSchema.Default.Get("CRITICIZES"), 2, null, withEvidence: true),
            Edge(NodeId(4), "person:synthetic", GraphSchema.Default.Get("SUPPORTS"), 1, null, withEvidence: true),
        };
        return RelationGraph.Ordered(graph.Nodes.Append(person), graph.Edges.Concat(personEdges));
    }

    /// <summary>
    /// A large random graph for benchmarks: like <see cref="RandomDirected"/> but without evidence, so a
    /// million edges fit in a few hundred megabytes. The default is 100,000 nodes and 1,000,000 edges.
    /// </summary>
    public static RelationGraph Large(int nodeCount = 100_000, int edgeCount = 1_000_000, int seed = 4) =>
        RandomDirected(nodeCount, edgeCount, seed, withEvidence: false);

    private static RelationGraph Assemble(int nodeCount, EdgeSet edges)
    {
        var nodes = new GraphNode[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            var id = NodeId(i);
            nodes[i] = new GraphNode(id, ActorKind.Country, "Node " + i.ToString(CultureInfo.InvariantCulture),
                "عقدة " + i.ToString(CultureInfo.InvariantCulture), id);
        }
        return RelationGraph.Ordered(nodes, edges.Edges);
    }

    private static GraphEdge Edge(string source, string target, RelationType type, int count, string? date, bool withEvidence)
    {
        var doc = $"synthetic-{source}-{type.Name}-{target}";
        IReadOnlyList<Evidence> evidence = withEvidence
            ? [new Evidence(doc, 0, $"{source} {type.Name} {target}", type.Name, date)]
            : [];
        return new GraphEdge(source, target, type.Name, count, type.Weight, type.Symmetric, 1, [doc], date, date, evidence);
    }

    /// <summary>Distinct (source, type, target) edges with symmetric types stored source &lt; target.</summary>
    private sealed class EdgeSet(bool withEvidence)
    {
        private static readonly DateOnly FirstDay = new(2020, 1, 1);
        private readonly HashSet<(int, string, int)> _keys = [];
        public List<GraphEdge> Edges { get; } = [];
        public int Count => Edges.Count;

        public bool TryAdd(int source, int target, RelationType type, Random random)
        {
            if (type.Symmetric && source > target) (source, target) = (target, source);
            if (!_keys.Add((source, type.Name, target))) return false;
            var date = FirstDay.AddDays(random.Next(366)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Edges.Add(Edge(NodeId(source), NodeId(target), type, 1 + random.Next(5), date, withEvidence));
            return true;
        }
    }
}
