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

    private static (string Json, string GraphMl) WriteBoth(RelationGraph graph)
    {
        var folder = TestPaths.TempFolder();
        var (json, graphml) = (Path.Combine(folder, "graph.json"), Path.Combine(folder, "graph.graphml"));
        GraphJson.Write(graph, json);
        GraphMlWriter.Write(graph, graphml);
        return (json, graphml);
    }

    private static JsonElement CheckReaders(RelationGraph graph)
    {
        var (json, graphml) = WriteBoth(graph);
        var report = PythonScript.RunJson("graphml_check.py", json, graphml);
        foreach (var reader in new[] { "networkx", "igraph" })
        {
            var r = report.GetProperty(reader);
            Assert.AreEqual(graph.Nodes.Count, r.GetProperty("nodes").GetInt32(), $"{reader} node count");
            Assert.AreEqual(graph.Edges.Count, r.GetProperty("edges").GetInt32(), $"{reader} edge count");
            Assert.IsTrue(r.GetProperty("directed").GetBoolean(), $"{reader} reads a directed graph");
            var problems = r.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToArray();
            Assert.IsEmpty(problems, $"{reader}: {string.Join("; ", problems)}");
        }
        return report;
    }
}
