using System.Diagnostics;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// Load rates on the test server, printed rather than asserted: HTTP export of the seeds and of a generated graph,
/// and the same generated graph through CSV + LOAD CSV. Runs only with KG_NEO4J_BENCH=1 (it takes minutes):
/// KG_NEO4J_BENCH=1 dotnet test --filter Neo4jLoadBenchmark --logger "console;verbosity=detailed"
/// KG_NEO4J_BENCH_RELATIONSHIPS sets the generated graph's size (default 100000).
/// </summary>
[TestClass]
public sealed class Neo4jLoadBenchmark
{
    [TestMethod]
    public async Task HttpExportAndLoadCsvRates()
    {
        Requires.OptIn("KG_NEO4J_BENCH", "the Neo4j load benchmark (minutes)");
        var size = int.TryParse(Environment.GetEnvironmentVariable("KG_NEO4J_BENCH_RELATIONSHIPS"), out var n) ? n : 100_000;
        using var client = await Neo4jTestServer.ClientAsync();

        await Neo4jTestServer.ClearAsync(client);
        var seeds = Neo4jTestGraphs.Seeds();
        var seedsResult = await Export(seeds, 1000);
        Report($"seeds HTTP: {Describe(seeds)} in {seedsResult.Elapsed.TotalSeconds:0.00} s = {seedsResult.RelationshipsPerSecond:0} relationships/s");

        var large = SyntheticGraphs.RandomDirected(5000, size);
        var largeRows = Neo4jRows.From(large, GraphSchema.Default);
        foreach (var batch in new[] { 1000, 5000 })
        {
            await Neo4jTestServer.ClearAsync(client);
            var result = await Export(large, batch);
            Report($"generated HTTP, batch {batch}: {Describe(large)} in {result.Elapsed.TotalSeconds:0.00} s = {result.RelationshipsPerSecond:0} relationships/s");
        }
        var again = await Export(large, 1000);
        Report($"generated HTTP re-export (all MERGE matches): {again.Elapsed.TotalSeconds:0.00} s = {again.RelationshipsPerSecond:0} relationships/s");

        await Neo4jTestServer.ClearAsync(client);
        var clock = Stopwatch.StartNew();
        Neo4jCsvWriter.Write(large, Neo4jTestServer.ImportFolder());
        var written = clock.Elapsed;
        var script = File.ReadAllText(Path.Combine(Neo4jTestServer.ImportFolder(), Neo4jCsvWriter.LoadScriptNeo4j3));
        using var loader = await Neo4jTestServer.LoadCsvClientAsync();
        foreach (var statement in CypherScripts.Split(script)) await loader.RunAsync(statement, null);
        clock.Stop();
        var loaded = await client.RunAsync("MATCH ()-[r]->() RETURN count(r)", null);
        Assert.AreEqual(largeRows.Relationships.Count, loaded.Rows[0][0].GetInt64());
        Report($"generated CSV + LOAD CSV: write {written.TotalSeconds:0.00} s, total {clock.Elapsed.TotalSeconds:0.00} s = {largeRows.Relationships.Count / clock.Elapsed.TotalSeconds:0} relationships/s");
        await Neo4jTestServer.ClearAsync(client);
    }

    private static Task<Neo4jExportResult> Export(RelationGraph graph, int batch) =>
        Neo4jExporter.ExportAsync(graph, new Neo4jExportOptions { Connection = Neo4jTestServer.Connection(), BatchSize = batch });

    private static void Report(string line) => Console.WriteLine("neo4j-bench: " + line);

    private static string Describe(RelationGraph graph)
    {
        var rows = Neo4jRows.From(graph, GraphSchema.Default);
        return $"{graph.Nodes.Count} nodes + {rows.EventCount} events, {graph.Edges.Count} relationships + {rows.Relationships.Count - graph.Edges.Count} event links";
    }
}
