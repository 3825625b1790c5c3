using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Commands;
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
    public void TaggedScriptKeepsTheLoadsOfEarlierTagsAndAnEmptyTagIsRefused()
    {
        var graph = SeedsGraphJson();
        var script = Path.Combine(Path.GetDirectoryName(graph)!, "tagged.cypher");
        Assert.AreEqual(0, KgApp.Run(["export", "cypher", graph, "--out", script, "--neo4j-tag", "seeds-2020"]));
        var text = File.ReadAllText(script);
        Assert.Contains("[x IN coalesce(n.loads, []) WHERE x <> 'seeds-2020'] + 'seeds-2020' AS loads", text);
        Assert.Contains("[x IN coalesce(e.loads, []) WHERE x <> 'seeds-2020'] + 'seeds-2020' AS loads", text);
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "cypher", graph, "--out", script, "--neo4j-tag", " "]));
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "neo4j", graph, "--neo4j-uri", "http://127.0.0.1:9", "--neo4j-tag", ""]));
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "neo4j", "--graph", graph, "--uri", "http://127.0.0.1:9", "--tag", ""]), "the older spelling");
        Assert.AreEqual(text, File.ReadAllText(script));
    }

    [TestMethod]
    public void ASecondLoadIsDescribedInWords()
    {
        var result = new Neo4jExportResult("3.1.1", Neo4jHttpApi.LegacyTransaction, 10, 40, 20, 100, TimeSpan.FromSeconds(1))
        {
            ExistingNodes = 70, ExistingRelationships = 130,
        };
        var notes = Neo4jExportCommands.LoadNotes(result, "second").ToList();
        Assert.HasCount(2, notes);
        Assert.Contains("40 nodes and 100 relationships were already there and now carry this graph's properties", notes[0]);
        Assert.Contains("'loads' list ends with 'second'", notes[0]);
        Assert.Contains("30 nodes and 30 relationships of earlier loads are not in this graph and were kept", notes[1]);
        Assert.IsEmpty(Neo4jExportCommands.LoadNotes(new Neo4jExportResult("3.1.1", Neo4jHttpApi.LegacyTransaction, 10, 0, 20, 0, TimeSpan.Zero), null));
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
