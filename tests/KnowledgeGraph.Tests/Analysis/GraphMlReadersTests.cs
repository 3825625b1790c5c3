using System.Text.Json;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>networkx.read_graphml and igraph.Graph.Read_GraphML read graph.graphml exactly as graph.json says.</summary>
[TestClass]
public sealed class GraphMlReadersTests
{
    [TestMethod]
    public void Seeds_graph_with_metrics_reads_the_same_in_networkx_and_igraph()
    {
        var (graph, _) = GraphAnalysis.Annotate(SeedsGraph.Build());
        var report = CheckReaders(graph);
        Assert.IsTrue(graph.Nodes.Any(n => n.NameAr.Any(c => c is >= '\u0600' and <= '\u06FF')), "the seeds graph has Arabic names");
        Assert.IsGreaterThan(0, report.GetProperty("json").GetProperty("edges").GetInt32());
    }

    [TestMethod]
    public void Seeds_graph_with_articles_reads_the_same()
    {
        var (graph, _) = GraphAnalysis.Annotate(SeedsGraph.Build());
        var report = CheckReaders(graph, new GraphMlOptions { IncludeArticles = true });
        Assert.AreEqual(graph.Nodes.Count, report.GetProperty("networkx").GetProperty("nodes").GetInt32());
    }

    [TestMethod]
    public void A_time_window_keeps_the_sentences_dated_inside_it()
    {
        var graph = SyntheticGraphs.RandomDirected(200, 1500, seed: 8);
        var options = new GraphMlOptions { From = "2020-03-01", To = "2020-05-31" };
        var report = CheckReaders(graph, options);
        var kept = report.GetProperty("json").GetProperty("edges").GetInt32();
        Assert.IsTrue(kept > 0 && kept < 1500, $"{kept} edges in the window");
        var selected = GraphSelection.Select(graph, options);
        Assert.IsTrue(selected.Edges.SelectMany(e => e.Evidence).All(e => string.CompareOrdinal(e.Date, "2020-03-01") >= 0 && string.CompareOrdinal(e.Date, "2020-05-31") <= 0));
        Assert.AreEqual(graph.Nodes.Count, selected.Nodes.Count, "actors without a relation in the window stay, as kg analyze keeps them");
        Assert.IsLessThan(graph.Nodes.Count, GraphSelection.WithoutIsolated(selected).Nodes.Count, "--drop-isolated leaves them out");
    }

    [TestMethod]
    public void A_window_cuts_an_edge_to_its_sentences_inside_it()
    {
        var edge = new GraphEdge("ARM", "AZE", "FIGHTS", 3, -10, true, 2, ["d1", "d2"], "2020-09-27", "2020-10-05",
            [new Evidence("d1", 0, "s0", "c", "2020-09-27"), new Evidence("d1", 4, "s4", "c", "2020-09-27"), new Evidence("d2", 1, "s1", "c", "2020-10-05")]);
        var capped = edge with { Source = "ARM", Target = "RUS", Type = "CONSULTS", Count = 9 };
        var graph = new RelationGraph(
            [new GraphNode("ARM", ActorKind.Country, "Armenia", "أرمينيا", "ARM"), new GraphNode("AZE", ActorKind.Country, "Azerbaijan", "أذربيجان", "AZE"),
             new GraphNode("RUS", ActorKind.Country, "Russia", "روسيا", "RUS")],
            [edge, capped]);
        var october = GraphSelection.Select(graph, new GraphMlOptions { From = "2020-10-01" });
        var cut = october.Edges.Single(e => e.Type == "FIGHTS");
        Assert.AreEqual(1, cut.Count);
        Assert.AreEqual(1, cut.DocCount);
        CollectionAssert.AreEqual(new[] { "d2" }, cut.Docs.ToArray());
        Assert.AreEqual("2020-10-05", cut.FirstDate);
        Assert.AreEqual(9, october.Edges.Single(e => e.Type == "CONSULTS").Count, "an edge with capped evidence counts whole when its dates overlap");
        Assert.IsEmpty(GraphSelection.Select(graph, new GraphMlOptions { To = "2020-09-01" }).Edges);
    }

    [TestMethod]
    public void Parallel_edges_self_loops_and_isolated_nodes_read_the_same()
    {
        var (graph, _) = GraphAnalysis.Annotate(SyntheticGraphs.Awkward());
        var report = CheckReaders(graph);
        Assert.IsTrue(report.GetProperty("networkx").GetProperty("multigraph").GetBoolean());
    }

    [TestMethod]
    public void Xml_invalid_characters_are_dropped_and_arabic_kept()
    {
        var graph = new RelationGraph(
            [new GraphNode("ARM", ActorKind.Country, "Armenia", "أرمينيا", "ARM"),
             new GraphNode("AZE", ActorKind.Country, "Azer\u0001baijan", "أذربيجان\u0008", "AZE"),
             new GraphNode("person:x", ActorKind.Person, "X <&> \"quoted\"", "إكس", "ARM") { Office = "Minister", OfficeFrom = "2018-05-08" }],
            [new GraphEdge("ARM", "AZE", "FIGHTS", 3, -10, true, 2, ["d1", "d2"], "2020-09-27", "2020-10-01",
                [new Evidence("d1", 0, "اشتباكات\u000B بين أرمينيا وأذربيجان", "اشتباكات", "2020-09-27"),
                 new Evidence("d2", 4, "تبادل القصف", "القصف", "2020-10-01")]),
             new GraphEdge("ARM", "AZE", "ACCUSES", 1, -2, false, 1, ["d1"], null, null, [])]);
        CheckReaders(graph);
        var xml = File.ReadAllText(WriteBoth(graph).GraphMl);
        StringAssert.Contains(xml, "اشتباكات بين أرمينيا وأذربيجان");
        Assert.DoesNotContain("\u0001", xml);
    }

    /// <summary>The GraphML export of <paramref name="options"/>, and next to it the graph.json of what it should hold.</summary>
    private static (string Json, string GraphMl) WriteBoth(RelationGraph graph, GraphMlOptions? options = null)
    {
        options ??= GraphMlOptions.Default;
        var folder = TestPaths.TempFolder();
        var (json, graphml) = (Path.Combine(folder, "graph.json"), Path.Combine(folder, "graph.graphml"));
        var selected = GraphSelection.Select(graph, options);
        if (options.HasWindow) selected = GraphAnalysis.Annotate(selected).Graph;
        GraphJson.Write(selected, json);
        GraphMlWriter.Write(graph, graphml, options);
        return (json, graphml);
    }

    private static JsonElement CheckReaders(RelationGraph graph, GraphMlOptions? options = null)
    {
        var (json, graphml) = WriteBoth(graph, options);
        var report = PythonScript.RunJson("graphml_check.py", json, graphml);
        var expected = report.GetProperty("json");
        Assert.IsGreaterThan(0, expected.GetProperty("nodes").GetInt32());
        foreach (var reader in new[] { "networkx", "igraph" })
        {
            var r = report.GetProperty(reader);
            Assert.AreEqual(expected.GetProperty("nodes").GetInt32(), r.GetProperty("nodes").GetInt32(), $"{reader} node count");
            Assert.AreEqual(expected.GetProperty("edges").GetInt32(), r.GetProperty("edges").GetInt32(), $"{reader} edge count");
            Assert.IsTrue(r.GetProperty("directed").GetBoolean(), $"{reader} reads a directed graph");
            var problems = r.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToArray();
            Assert.IsEmpty(problems, $"{reader}: {string.Join("; ", problems)}");
        }
        return report;
    }
}
