using KnowledgeGraph.Cli;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Neo4j;

[TestClass]
public sealed class Neo4jCommandTests
{
    private static string SeedsGraphJson()
    {
        var folder = TestPaths.TempFolder();
        var path = Path.Combine(folder, "graph.json");
        GraphJson.Write(Neo4jTestGraphs.Seeds(), path);
        return path;
    }

    [TestMethod]
    public void CypherAndCsvCommandsWriteTheirFiles()
    {
        var graph = SeedsGraphJson();
        var folder = Path.GetDirectoryName(graph)!;
        var script = Path.Combine(folder, "graph.cypher");
        Assert.AreEqual(0, KgApp.Run(["export", "cypher", "--graph", graph, "--out", script, "--neo4j-version", "3"]));
        Assert.Contains("CREATE CONSTRAINT ON (n:Actor) ASSERT n.id IS UNIQUE;", File.ReadAllText(script));
        var csv = Path.Combine(folder, "csv");
        Assert.AreEqual(0, KgApp.Run(["export", "neo4j-csv", "--graph", graph, "--out", csv]));
        foreach (var file in new[] { Neo4jCsvWriter.ActorsFile, Neo4jCsvWriter.ArticlesFile, Neo4jCsvWriter.EventsFile, Neo4jCsvWriter.RelationshipsFile, Neo4jCsvWriter.EventLinksFile, Neo4jCsvWriter.Readme, Neo4jCsvWriter.LoadScript, Neo4jCsvWriter.LoadScriptNeo4j3 })
            Assert.IsTrue(File.Exists(Path.Combine(csv, file)), file);
    }

    [TestMethod]
    public void BadInputStopsWithExitCode2AndKeepsEarlierOutput()
    {
        var graph = SeedsGraphJson();
        var script = Path.Combine(Path.GetDirectoryName(graph)!, "graph.cypher");
        Assert.AreEqual(0, KgApp.Run(["export", "cypher", "--graph", graph, "--out", script]));
        var before = File.ReadAllText(script);
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "cypher", "--graph", graph + ".missing", "--out", script]));
        Assert.AreEqual(before, File.ReadAllText(script));
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "cypher", "--graph", graph, "--out", script, "--neo4j-version", "7"]));
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "neo4j", "--graph", graph, "--uri", "bolt://localhost:7687"]));
    }
}
