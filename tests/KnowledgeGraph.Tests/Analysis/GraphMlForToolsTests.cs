using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>
/// What Gephi, Cytoscape and yEd rely on in a GraphML file (typed keys, a node and edge <c>label</c>, a positive
/// numeric edge <c>weight</c>), checked on the XML; and what a networkx or igraph user gets with the readers'
/// defaults: their PageRank of the relations export ranks the actors as <c>kg analyze</c> does.
/// </summary>
[TestClass]
public sealed class GraphMlForToolsTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";
    private static readonly HashSet<string> GraphMlTypes = ["boolean", "int", "long", "float", "double", "string"];

    // Gephi's GraphML importer takes a key whose id or attr.name is one of these as a property of the node or edge
    // (position, size, colour, label, weight, id) rather than as a column of data.
    private static readonly HashSet<string> GephiNodeProperties = ["label", "d3", "x", "y", "xpos", "ypos", "z", "size", "r", "g", "b"];
    private static readonly HashSet<string> GephiEdgeProperties = ["label", "edgelabel", "d7", "weight", "Edge Weight", "id", "edgeid", "r", "g", "b"];

    private static string Write(RelationGraph graph, GraphMlOptions? options = null)
    {
        var path = Path.Combine(TestPaths.TempFolder(), "graph.graphml");
        GraphMlWriter.Write(graph, path, options);
        return path;
    }

    [TestMethod]
    public void Keys_labels_and_weights_follow_what_gephi_reads()
    {
        var (graph, _) = GraphAnalysis.Annotate(SeedsGraph.Build());
        foreach (var options in new[] { GraphMlOptions.Default, new GraphMlOptions { IncludeArticles = true } })
        {
            var root = XDocument.Load(Write(graph, options)).Root!;
            var keys = root.Elements(Ns + "key").ToDictionary(k => (string)k.Attribute("id")!);
            foreach (var key in keys.Values)
            {
                Assert.Contains((string)key.Attribute("for")!, new[] { "node", "edge" });
                Assert.Contains((string)key.Attribute("attr.type")!, GraphMlTypes);
                Assert.IsFalse(string.IsNullOrEmpty((string?)key.Attribute("attr.name")));
            }
            var byName = keys.Values.ToDictionary(k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!), k => (string)k.Attribute("id")!);
            foreach (var ((domain, name), id) in byName)
            {
                var reserved = domain == "node" ? GephiNodeProperties : GephiEdgeProperties;
                var meant = name is "label" || (domain == "edge" && name == "weight");
                Assert.AreEqual(meant, reserved.Contains(name) || reserved.Contains(id), $"{domain} key {id} ({name}): Gephi reads it as its own {name} only where that is meant");
            }
            Assert.AreEqual("string", (string)keys[byName[("node", "label")]].Attribute("attr.type")!);
            Assert.AreEqual("string", (string)keys[byName[("edge", "label")]].Attribute("attr.type")!);
            Assert.AreEqual("double", (string)keys[byName[("edge", "weight")]].Attribute("attr.type")!);
            Assert.AreEqual("double", (string)keys[byName[("edge", "tone")]].Attribute("attr.type")!);

            var g = root.Element(Ns + "graph")!;
            Assert.AreEqual("directed", (string)g.Attribute("edgedefault")!);
            var nodes = g.Elements(Ns + "node").ToList();
            var edges = g.Elements(Ns + "edge").ToList();
            Assert.AreEqual(nodes.Count, int.Parse((string)g.Attribute("parse.nodes")!, CultureInfo.InvariantCulture));
            Assert.AreEqual(edges.Count, int.Parse((string)g.Attribute("parse.edges")!, CultureInfo.InvariantCulture));
            Assert.HasCount(nodes.Count, nodes.Select(n => (string)n.Attribute("id")!).Distinct());
            Assert.HasCount(edges.Count, edges.Select(e => (string)e.Attribute("id")!).Distinct());

            string? Value(XElement element, string domain, string name) =>
                element.Elements(Ns + "data").FirstOrDefault(d => (string)d.Attribute("key")! == byName[(domain, name)])?.Value;
            foreach (var n in nodes) Assert.IsFalse(string.IsNullOrEmpty(Value(n, "node", "label")), $"node {(string)n.Attribute("id")!} has a label");
            foreach (var e in edges)
            {
                Assert.IsFalse(string.IsNullOrEmpty(Value(e, "edge", "label")));
                var weight = double.Parse(Value(e, "edge", "weight")!, NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.IsGreaterThan(0.0, weight, $"edge {(string)e.Attribute("id")!}: weight is a positive strength");
            }
            foreach (var data in root.Descendants(Ns + "data"))
            {
                var type = (string)keys[(string)data.Attribute("key")!].Attribute("attr.type")!;
                var ok = type switch
                {
                    "int" or "long" => long.TryParse(data.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                    "double" or "float" => double.TryParse(data.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                    "boolean" => data.Value is "true" or "false",
                    _ => true,
                };
                Assert.IsTrue(ok, $"{data.Attribute("key")} = '{data.Value}' is not a {type}");
            }
            Assert.AreEqual(options.IncludeArticles, nodes.Any(n => Value(n, "node", "kind") == "Article"));
        }
    }

    [TestMethod]
    public void Default_pagerank_of_networkx_and_igraph_ranks_the_seeds_as_kg_analyze() =>
        AssertSameRanking(SeedsGraph.Build(), GraphMlOptions.Default, GraphView.Default);

    [TestMethod]
    public void Default_pagerank_agrees_on_self_loops_parallel_and_symmetric_edges() =>
        AssertSameRanking(SyntheticGraphs.Awkward(), GraphMlOptions.Default, GraphView.Default);

    [TestMethod]
    public void Default_pagerank_agrees_on_a_random_graph() =>
        AssertSameRanking(SyntheticGraphs.RandomDirected(1000, 5000, seed: 11), GraphMlOptions.Default, GraphView.Default);

    [TestMethod]
    public void Default_pagerank_of_a_window_export_is_that_of_kg_analyze_from_to() =>
        AssertSameRanking(SyntheticGraphs.RandomDirected(300, 2000, seed: 12), new GraphMlOptions { From = "2020-04-01", To = "2020-06-30" },
            GraphView.Default.Between("2020-04-01", "2020-06-30"));

    /// <summary>
    /// The file carries the analysis's graph exactly: networkx's PageRank converged further and igraph's default agree
    /// with ours to 1e-9 per node. networkx's default call (tol 1e-6 on the sum of changes) agrees within its own
    /// stopping error, and ranks the actors as we do: the order by its values is ours, except between actors whose
    /// PageRank differs by less than that error.
    /// </summary>
    private static void AssertSameRanking(RelationGraph graph, GraphMlOptions options, GraphView view)
    {
        var (annotated, _) = GraphAnalysis.Annotate(graph, new AnalysisOptions { View = view });
        var ours = annotated.ActorNodes.ToDictionary(n => n.Id, n => n.Metrics!.PageRank!.Value);
        var readers = PythonScript.RunJson("graphml_pagerank.py", Write(annotated, options));
        Dictionary<string, double> Read(string reader) =>
            readers.GetProperty(reader).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        foreach (var reader in new[] { "networkx_converged", "igraph" })
        {
            var exact = Read(reader);
            CollectionAssert.AreEquivalent(ours.Keys.ToArray(), exact.Keys.ToArray(), $"{reader} reads the same actors");
            foreach (var (id, value) in ours) Assert.AreEqual(value, exact[id], 1e-9, $"{reader} PageRank of {id}");
        }

        var theirs = Read("networkx");
        // networkx stops when the L1 change of an iteration is below N·1e-6; the distance left is at most d/(1-d) times that
        var bound = ours.Count * 1e-6 * 0.85 / 0.15;
        var worst = ours.Max(p => Math.Abs(p.Value - theirs[p.Key]));
        Assert.IsLessThan(bound, worst, $"networkx default: largest PageRank difference {worst:E2}");
        string[] Ranking(Dictionary<string, double> values) =>
            values.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var ourRanking = Ranking(ours);
        var theirRanking = Ranking(theirs);
        var swapped = Enumerable.Range(0, ourRanking.Length).Where(i => ourRanking[i] != theirRanking[i]).ToArray();
        foreach (var i in swapped)
            Assert.IsLessThan(2 * worst, Math.Abs(ours[ourRanking[i]] - ours[theirRanking[i]]),
                $"networkx default ranks {theirRanking[i]} at {i + 1}, kg analyze ranks {ourRanking[i]} there");
        Console.WriteLine($"{ours.Count} actors; networkx default: largest difference {worst:E2}, {swapped.Length} places differ (near-ties); top {string.Join(", ", theirRanking.Take(5))}");
    }
}
