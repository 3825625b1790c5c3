using System.Text.Json;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.MaximumFlow;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>
/// QuikGraph's own algorithms — strongly connected components, the condensation and its topological sort,
/// Dijkstra, Yen's alternative paths (through <see cref="Paths.Connections(RelationGraph, string, string, int, GraphView?, bool)"/>)
/// and a maximum flow on the mutable copy — run on the view of the graph a build wrote, and agree with networkx
/// (tests/KnowledgeGraph.Tests/Python/nx_paths.py) and with the project's own algorithms.
/// </summary>
[TestClass]
public sealed class QuikGraphAgreementTests
{
    private const int K = 5;
    private const double Tolerance = 1e-9;

    [TestMethod]
    public void Seeds_graph_written_by_a_build()
    {
        var folder = TestPaths.TempFolder();
        var result = GraphBuild.Run(ArticleReader.Read([TestPaths.Seeds]), new BuildOptions(folder, Threads: 2));
        Check(result.Files.First(f => Path.GetFileName(f) == BuildOutput.JsonFile), ["TUR", "ARM"], ["RUS", "person:sergey_lavrov"]);
    }

    [TestMethod]
    public void Random_directed_graph_of_300_nodes()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "graph.json");
        GraphJson.Write(SyntheticGraphs.RandomDirected(300, 500, seed: 8), path);
        Check(path);
    }

    private static void Check(string graphJson, params string[][] pairsToInclude)
    {
        PythonScript.Require("networkx");
        var graph = GraphJson.Read(graphJson);
        var directed = RelationView.Directed(graph);
        var (sources, pairs) = Queries(directed, pairsToInclude);
        var queryPath = Path.Combine(Path.GetDirectoryName(graphJson)!, "query.json");
        File.WriteAllText(queryPath, JsonSerializer.Serialize(new { sources, pairs, k = K }));
        var nx = PythonScript.RunJson("nx_paths.py", graphJson, queryPath);

        // strongly connected components: QuikGraph's, networkx's and ours are the same sets
        var components = new Dictionary<ActorVertex, int>();
        var count = directed.StronglyConnectedComponents(components);
        var theirs = Sets(components.GroupBy(p => p.Value).Select(g => g.Select(p => p.Key.Id)));
        CollectionAssert.AreEqual(Sets(nx.GetProperty("strong").EnumerateArray().Select(Strings)), theirs, "QuikGraph vs networkx strong components");
        CollectionAssert.AreEqual(Sets(Components.Strong(directed).Parts().Select(p => p.Select(v => v.Id))), theirs, "ours vs QuikGraph strong components");
        Assert.AreEqual(count, Components.Strong(directed).Count);

        // the condensation and its topological order
        Assert.IsTrue(nx.GetProperty("is_dag").GetBoolean());
        var nxLinks = nx.GetProperty("condensation_links").EnumerateArray()
            .Select(l => (From: Key(Strings(l[0])), To: Key(Strings(l[1])))).OrderBy(l => l.From + "→" + l.To, StringComparer.Ordinal).ToArray();
        var condensed = directed.CondensateStronglyConnected<ActorVertex, RelationEdge, BidirectionalGraph<ActorVertex, RelationEdge>>();
        var quikLinks = condensed.Edges.Select(e => (From: Key(e.Source.Vertices.Select(v => v.Id)), To: Key(e.Target.Vertices.Select(v => v.Id))))
            .OrderBy(l => l.From + "→" + l.To, StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(nxLinks, quikLinks, "QuikGraph vs networkx condensation links");
        var quikOrder = condensed.TopologicalSort().Select(c => Key(c.Vertices.Select(v => v.Id))).ToArray();
        AssertTopological(quikOrder, nxLinks, "QuikGraph's topological sort");
        var ours = Condensation.Of(directed.Compact, Components.Strong(directed.Compact));
        var members = ours.Components.Parts().Select(p => Key(p.Select(v => directed.VertexAt(v).Id))).ToArray();
        CollectionAssert.AreEqual(nxLinks, ours.Links.Select(l => (From: members[l.From], To: members[l.To]))
            .OrderBy(l => l.From + "→" + l.To, StringComparer.Ordinal).ToArray(), "our condensation links");
        AssertTopological(ours.Order.Select(c => members[c]).ToArray(), nxLinks, "our condensation order");

        // Dijkstra with cost 1/weight: QuikGraph's, networkx's and ours
        foreach (var source in sources)
        {
            var root = directed.Vertex(source);
            var quik = directed.ShortestPathsDijkstra(e => 1.0 / e.Weight, root);
            var mine = Paths.Dijkstra(directed, root);
            var expected = nx.GetProperty("dijkstra").GetProperty(source);
            var reached = 0;
            foreach (var v in directed.Vertices)
            {
                var has = expected.TryGetProperty(v.Id, out var distance);
                if (v == root) { Assert.AreEqual(0.0, distance.GetDouble()); continue; }
                Assert.AreEqual(has, quik(v, out var path), $"QuikGraph reaches {v} from {source}");
                Assert.AreEqual(has, !double.IsPositiveInfinity(mine.Distance(v)), $"we reach {v} from {source}");
                if (!has) continue;
                reached++;
                Assert.AreEqual(distance.GetDouble(), path!.Sum(e => 1.0 / e.Weight), Tolerance, $"QuikGraph distance {source} → {v}");
                Assert.AreEqual(distance.GetDouble(), mine.Distance(v), Tolerance, $"our distance {source} → {v}");
            }
            Assert.IsGreaterThan(0, reached, $"{source} reaches nobody");
        }

        // alternative paths (QuikGraph's Yen through Paths.Connections) against networkx's shortest_simple_paths
        var undirected = RelationView.Undirected(graph);
        var sentences = PairSentences(undirected.Compact);
        foreach (var pair in pairs)
        {
            var expected = nx.GetProperty("paths").GetProperty(pair[0] + " " + pair[1]).EnumerateArray()
                .Select(p => (Nodes: string.Join(" ", Strings(p.GetProperty("nodes"))), Cost: p.GetProperty("cost").GetDouble())).ToArray();
            var found = Paths.Connections(graph, pair[0], pair[1], K)
                .Select(c => (Nodes: string.Join(" ", c.Nodes), Cost: PathCost(c.Nodes.Select(n => undirected.Vertex(n).Index).ToArray(), sentences))).ToArray();
            Assert.HasCount(expected.Length, found, $"{pair[0]} → {pair[1]}: paths");
            for (var i = 0; i < found.Length; i++)
                Assert.AreEqual(expected[i].Cost, found[i].Cost, Tolerance, $"{pair[0]} → {pair[1]}: cost of path {i + 1}");
            Assert.AreEqual(found.Length, found.Select(f => f.Nodes).Distinct().Count(), "no path twice");
            if (found.Length == 0) continue;
            var last = found[^1].Cost - 1e-12;
            CollectionAssert.AreEquivalent(expected.Where(p => p.Cost < last).Select(p => p.Nodes).ToArray(),
                found.Where(p => p.Cost < last).Select(p => p.Nodes).ToArray(), $"{pair[0]} → {pair[1]}: the paths cheaper than the last");
        }

        Console.WriteLine($"{count} strong components, {nxLinks.Length} condensation links, Dijkstra from {sources.Length} sources, " +
                          $"paths between {pairs.Length} pairs: {string.Join(", ", pairs.Select(p => nx.GetProperty("paths").GetProperty(p[0] + " " + p[1]).GetArrayLength()))}");

        // a maximum flow needs a mutable copy: QuikGraph adds reversed edges to it
        foreach (var pair in pairs)
        {
            var copy = directed.ToBidirectionalGraph();
            var augmentor = new ReversedEdgeAugmentorAlgorithm<ActorVertex, RelationEdge>(copy, RelationEdge.Added);
            augmentor.AddReversedEdges();
            var flow = copy.MaximumFlow(e => e.Weight, directed.Vertex(pair[0]), directed.Vertex(pair[1]), out _, RelationEdge.Added, augmentor);
            augmentor.RemoveReversedEdges();
            Assert.AreEqual(nx.GetProperty("maxflow").GetProperty(pair[0] + " " + pair[1]).GetDouble(), flow, Tolerance, $"max flow {pair[0]} → {pair[1]}");
            Assert.AreEqual(directed.EdgeCount, copy.EdgeCount, "the reversed edges are removed again");
        }
    }

    /// <summary>Dijkstra sources (the three largest out-degrees, two more by a seeded draw) and node pairs in one weak component, plus one in another if any.</summary>
    private static (string[] Sources, string[][] Pairs) Queries(DirectedRelationView g, string[][] include)
    {
        var random = new Random(5);
        var connected = g.Vertices.Where(v => g.Degree(v) > 0).ToArray();
        var sources = connected.OrderByDescending(g.OutDegree).ThenBy(v => v.Id, StringComparer.Ordinal).Take(3)
            .Concat(random.GetItems(connected, 2)).Select(v => v.Id).Distinct().ToArray();
        var weak = Components.Weak(g);
        var pairs = new List<string[]>(include);
        while (pairs.Count < include.Length + 4)
        {
            var (a, b) = (connected[random.Next(connected.Length)], connected[random.Next(connected.Length)]);
            if (a != b && weak[a] == weak[b]) pairs.Add([a.Id, b.Id]);
        }
        if (weak.Count > 1)
        {
            var other = connected.FirstOrDefault(v => weak[v] != weak[connected[0]]);
            if (other is not null) pairs.Add([connected[0].Id, other.Id]);
        }
        return (sources, pairs.ToArray());
    }

    private static Dictionary<(int, int), double> PairSentences(CompactGraph u)
    {
        var sentences = new Dictionary<(int, int), double>();
        for (var e = 0; e < u.EdgeCount; e++)
        {
            var (s, t) = (u.Sources[e], u.Targets[e]);
            if (s == t) continue;
            var key = s < t ? (s, t) : (t, s);
            sentences[key] = sentences.GetValueOrDefault(key) + u.Weights[e];
        }
        return sentences;
    }

    private static double PathCost(int[] ids, Dictionary<(int, int), double> sentences)
    {
        var cost = 0.0;
        for (var i = 0; i + 1 < ids.Length; i++)
        {
            var key = ids[i] < ids[i + 1] ? (ids[i], ids[i + 1]) : (ids[i + 1], ids[i]);
            Assert.IsTrue(sentences.TryGetValue(key, out var s), $"hop {i} of the path joins nodes that are not adjacent");
            cost += Paths.HopCost(s, strongest: false);
        }
        return cost;
    }

    private static void AssertTopological(string[] order, (string From, string To)[] links, string what)
    {
        var position = order.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        foreach (var (from, to) in links)
            Assert.IsLessThan(position[to], position[from], $"{what}: {from} comes before {to}");
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!);
    private static string Key(IEnumerable<string> members) => string.Join(",", members.Order(StringComparer.Ordinal));
    private static string[] Sets(IEnumerable<IEnumerable<string>> sets) => sets.Select(Key).Order(StringComparer.Ordinal).ToArray();
}
