using System.Text;
using System.Text.Json;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Packaging;

/// <summary>
/// The JSON that used reflection (graph schema, Neo4j requests) now goes through source-generated contexts, which the
/// Native AOT binary needs. A property value of a type the Neo4j context does not list must fail here, not in AOT.
/// </summary>
[TestClass]
public sealed class SourceGeneratedJsonTests
{
    [TestMethod]
    public void GraphSchemaLoadsEveryFileThroughTheGeneratedReader()
    {
        var schema = GraphSchema.Default;
        Assert.AreEqual(15, schema.RelationTypes.Count);
        Assert.AreEqual("19", schema.Get("FIGHTS").CameoRoot, "cameo_root is read through its JsonPropertyName");
        Assert.IsTrue(schema.NodeKinds.Any(k => k.Name == "Article" && !k.Actor));
        Assert.IsTrue(schema.EdgeAttributes.Any(a => a.Name == "weight"));
    }

    [TestMethod]
    public void EveryNeo4jParameterOfTheSeedsAndSyntheticGraphsSerialises()
    {
        foreach (var graph in new[] { GraphAnalysis.Annotate(SeedsGraph.Build()).Graph, SyntheticGraphs.Awkward() })
        {
            var rows = Neo4jRows.From(graph, GraphSchema.Default);
            var parameters = new Dictionary<string, object>
            {
                ["nodes"] = Neo4jStatements.NodeParameters(rows.Nodes),
                ["relationships"] = Neo4jStatements.RelationshipParameters(rows.Relationships),
            };
            var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(parameters, Neo4jJson.Requests.DictionaryStringObject));
            using var parsed = JsonDocument.Parse(json);
            Assert.AreEqual(rows.Nodes.Count, parsed.RootElement.GetProperty("nodes").GetArrayLength());
            Assert.AreEqual(rows.Relationships.Count, parsed.RootElement.GetProperty("relationships").GetArrayLength());
        }
    }

    [TestMethod]
    public void Neo4jRequestsKeepFloatsAsFloatsAndArabicUnescaped()
    {
        var body = new Dictionary<string, object> { ["weight"] = 5.0, ["count"] = 3L, ["name_ar"] = "روسيا", ["docs"] = new[] { "a" } };
        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(body, Neo4jJson.Requests.DictionaryStringObject));
        Assert.AreEqual("""{"weight":5.0,"count":3,"name_ar":"روسيا","docs":["a"]}""", json);
    }

    [TestMethod]
    public void AnUnlistedParameterTypeFailsLoudly()
    {
        var body = new Dictionary<string, object> { ["when"] = new Uri("http://127.0.0.1/") };
        Assert.ThrowsExactly<NotSupportedException>(() => JsonSerializer.SerializeToUtf8Bytes(body, Neo4jJson.Requests.DictionaryStringObject));
    }
}
