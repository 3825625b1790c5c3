using System.Text.Json;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>
/// Every measure agrees with networkx 2.8.8 (tests/KnowledgeGraph.Tests/Python/nx_metrics.py documents how the
/// multigraph maps onto a networkx DiGraph with summed weights).
/// </summary>
[TestClass]
public sealed class NetworkxAgreementTests
{
    private const double PerNode = 1e-9;
    private const int Seed = 42;

    [TestMethod]
    public void Random_directed_1000_nodes_5000_edges() => Check(SyntheticGraphs.RandomDirected(1000, 5000, seed: 11), GraphView.Default);

    [TestMethod]
    public void Two_communities() => Check(SyntheticGraphs.TwoCommunities(sizeEach: 25), GraphView.Default);

    [TestMethod]
    public void Self_loops_parallel_edges_and_isolated_nodes() => Check(SyntheticGraphs.Awkward(), GraphView.Default);

    [TestMethod]
    public void Seeds_relation_view() => Check(SeedsGraph.Build(), GraphView.Default);

    [TestMethod]
    public void Seeds_with_articles_and_mentions() =>
        Check(SeedsGraph.Build(), GraphView.Default with { IncludeArticles = true }, "--articles");

    private static void Check(RelationGraph graph, GraphView view, params string[] extra)
    {
        var (annotated, report) = GraphAnalysis.Annotate(graph, new AnalysisOptions { View = view, Seed = Seed });
        var folder = TestPaths.TempFolder();
        var graphPath = Path.Combine(folder, "graph.json");
        GraphJson.Write(annotated, graphPath);
        var metrics = annotated.Nodes.Where(n => n.Metrics is not null).ToDictionary(n => n.Id, n => n.Metrics!);
        var partitionPath = Path.Combine(folder, "partition.json");
        // an actor without relations has no community; networkx's modularity wants a partition of every node: one of its own
        var isolated = 0;
        File.WriteAllText(partitionPath, JsonSerializer.Serialize(metrics.ToDictionary(p => p.Key, p => p.Value.Community ?? -1 - isolated++)));
        Assert.AreEqual(report.IsolatedActors, isolated);
        Assert.IsTrue(metrics.Values.All(m => m.Community is not null == m.Degree > 0), "an actor has a community exactly when it has relations");

        var nx = PythonScript.RunJson("nx_metrics.py", [graphPath, "--seed", Seed.ToString(), "--partition", partitionPath, .. extra]);
        Assert.AreEqual(nx.GetProperty("nodes").GetInt32(), report.AnalysedNodes);
        Assert.AreEqual(metrics.Count, report.AnalysedNodes);

        AssertPerNode(nx.GetProperty("pagerank"), id => metrics[id].PageRank!.Value, "pagerank");
        AssertPerNode(nx.GetProperty("betweenness"), id => metrics[id].Betweenness!.Value, "betweenness");

        var undirected = view.Undirected().Build(graph);
        var ids = Paths.IndexOf(undirected);
        var pagerankU = Centrality.PageRank(undirected);
        var betweennessU = Centrality.Betweenness(undirected);
        AssertPerNode(nx.GetProperty("pagerank_undirected"), id => pagerankU[ids[id]], "undirected pagerank");
        AssertPerNode(nx.GetProperty("betweenness_undirected"), id => betweennessU[ids[id]], "undirected betweenness");

        var directed = view.Build(graph);
        AssertSameParts(nx.GetProperty("weak"), Components.Weak(directed), directed, "weak components");
        AssertSameParts(nx.GetProperty("strong"), Components.Strong(directed), directed, "strong components");
        Assert.AreEqual(report.WeakComponents, Components.Weak(directed).Count);

        if (nx.TryGetProperty("louvain_modularity", out var nxModularity))
        {
            Console.WriteLine($"Louvain modularity: ours {report.Modularity:0.0000} ({report.Communities.Count} communities), networkx {nxModularity.GetDouble():0.0000} ({nx.GetProperty("louvain_count").GetInt32()})");
            Assert.AreEqual(nx.GetProperty("modularity_of_partition").GetDouble(), report.Modularity, 1e-9, "our modularity formula");
            Assert.AreEqual(nxModularity.GetDouble(), report.Modularity, 0.02,
                $"Louvain modularity {report.Modularity} vs networkx {nxModularity.GetDouble()}");
        }
        else
        {
            Assert.AreEqual(0, undirected.EdgeCount);
        }
    }

    private static void AssertPerNode(JsonElement expected, Func<string, double> actual, string what)
    {
        var count = 0;
        foreach (var p in expected.EnumerateObject())
        {
            Assert.AreEqual(p.Value.GetDouble(), actual(p.Name), PerNode, $"{what} of {p.Name}");
            count++;
        }
        Assert.IsGreaterThan(0, count);
    }

    private static void AssertSameParts(JsonElement expected, Partition partition, CompactGraph g, string what)
    {
        var theirs = expected.EnumerateArray().Select(c => string.Join(",", c.EnumerateArray().Select(x => x.GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
        var ours = partition.Parts().Select(p => string.Join(",", p.Select(v => g.Ids[v]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(theirs, ours, what);
    }
}
