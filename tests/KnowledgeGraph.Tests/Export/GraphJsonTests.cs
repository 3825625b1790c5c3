using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Export;

[TestClass]
public sealed class GraphJsonTests
{
    [TestMethod]
    public void Round_trips_nodes_edges_evidence_and_arabic()
    {
        var graph = new RelationGraph(
            [new GraphNode("RUS", ActorKind.Country, "Russia", "روسيا", "RUS") { Metrics = new NodeMetrics(3, 0.25, 0.5, 1) },
             new GraphNode("person:x", ActorKind.Person, "X \"quoted\"", "إكس", "RUS") { Office = "Minister" }],
            [new GraphEdge("RUS", "person:x", "SUPPORTS", 2, 3.4, false, 1, ["d"], "2020-01-01", "2020-01-02",
                [new Evidence("d", 0, "تضامن بلاده مع باكو", "تضامن", null)])]);
        using var stream = new MemoryStream();
        GraphJson.Write(graph, stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        StringAssert.Contains(text, "تضامن بلاده مع باكو");
        stream.Position = 0;
        var back = GraphJson.Read(stream);
        Assert.AreEqual(graph.Nodes[0], back.Nodes[0]);
        Assert.AreEqual(graph.Nodes[1], back.Nodes[1]);
        var (e1, e2) = (graph.Edges[0], back.Edges[0]);
        Assert.AreEqual((e1.Source, e1.Target, e1.Type, e1.Count, e1.Weight, e1.FirstDate), (e2.Source, e2.Target, e2.Type, e2.Count, e2.Weight, e2.FirstDate));
        CollectionAssert.AreEqual(e1.Evidence.ToArray(), e2.Evidence.ToArray());
    }

    [TestMethod]
    public void A_file_that_is_not_a_graph_is_a_clear_error()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "graph.json");
        File.WriteAllText(path, "{\"nodes\": 3}");
        var e = Assert.ThrowsExactly<GraphFormatException>(() => GraphJson.Read(path));
        StringAssert.Contains(e.Message, "not a graph.json");
    }
}
