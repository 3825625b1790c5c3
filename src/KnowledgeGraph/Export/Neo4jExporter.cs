using System.Diagnostics;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>What to export to and how: the connection and the number of rows per transaction.</summary>
public sealed class Neo4jExportOptions
{
    public required Neo4jConnection Connection { get; init; }
    /// <summary>Rows (nodes or relationships) per UNWIND transaction.</summary>
    public int BatchSize { get; init; } = 1000;
}

/// <summary>Progress of an export: rows written out of the total, and the phase (schema, nodes, relationships).</summary>
public sealed record Neo4jExportProgress(string Phase, long Done, long Total);

/// <summary>What an export did. Updated = merged onto an element that already existed.</summary>
public sealed record Neo4jExportResult(
    string ServerVersion, Neo4jHttpApi Api, long NodesCreated, long NodesUpdated,
    long RelationshipsCreated, long RelationshipsUpdated, TimeSpan Elapsed)
{
    public double RelationshipsPerSecond => Elapsed.TotalSeconds > 0 ? (RelationshipsCreated + RelationshipsUpdated) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Loads a <see cref="RelationGraph"/> into a running Neo4j over its HTTP API: the schema first (one statement
/// per transaction, in the server's dialect), then nodes and relationships with one
/// <c>UNWIND $rows … MERGE</c> statement per label or type in batches of <see cref="Neo4jExportOptions.BatchSize"/>.
/// MERGE on ids plus full property replacement makes it idempotent: a second run, or a run after one that died
/// half-way, gives the same graph as one clean run. O(nodes + relationships) rows in ⌈n / batch⌉ requests.
/// </summary>
public static class Neo4jExporter
{
    private static readonly HashSet<string> AlreadyExists = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        "Neo.ClientError.Schema.ConstraintAlreadyExists",
        "Neo.ClientError.Schema.IndexAlreadyExists",
    };

    public static async Task<Neo4jExportResult> ExportAsync(
        RelationGraph graph, Neo4jExportOptions options, IProgress<Neo4jExportProgress>? progress = null, CancellationToken cancel = default)
    {
        if (options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "batch size must be at least 1");
        var rows = Neo4jRows.From(graph, GraphSchema.Default);
        var clock = Stopwatch.StartNew();
        using var client = await Neo4jHttpClient.ConnectAsync(options.Connection, cancel);

        var schema = Neo4jStatements.Schema(client.Dialect);
        for (var i = 0; i < schema.Count; i++)
        {
            progress?.Report(new Neo4jExportProgress("schema", i, schema.Count));
            try
            {
                await client.RunAsync(schema[i], null, cancel);
            }
            catch (Neo4jException e) when (e.Code is not null && AlreadyExists.Contains(e.Code))
            {
            }
        }

        long total = rows.Nodes.Count + rows.Relationships.Count, done = 0;
        long nodesCreated = 0, relationshipsCreated = 0;
        progress?.Report(new Neo4jExportProgress("nodes", 0, total));

        async Task<Neo4jResult> RunBatch(string phase, string statement, object rowParameters, int rowCount)
        {
            var result = await client.RunAsync(statement, new Dictionary<string, object> { ["rows"] = rowParameters }, cancel);
            done += rowCount;
            progress?.Report(new Neo4jExportProgress(phase, done, total));
            return result;
        }

        foreach (var group in rows.NodeGroups())
        {
            var statement = Neo4jStatements.MergeNodes(group.Key.Label, group.Key.IsActor);
            foreach (var batch in group.Chunk(options.BatchSize))
                nodesCreated += (await RunBatch("nodes", statement, Neo4jStatements.NodeParameters(batch), batch.Length)).NodesCreated;
        }
        foreach (var group in rows.RelationshipGroups())
        {
            var statement = Neo4jStatements.MergeRelationships(group.Key.SourceLabel, group.Key.Type);
            foreach (var batch in group.Chunk(options.BatchSize))
                relationshipsCreated += (await RunBatch("relationships", statement, Neo4jStatements.RelationshipParameters(batch), batch.Length)).RelationshipsCreated;
        }
        clock.Stop();
        return new Neo4jExportResult(
            client.Version, client.Api,
            nodesCreated, rows.Nodes.Count - nodesCreated,
            relationshipsCreated, rows.Relationships.Count - relationshipsCreated,
            clock.Elapsed);
    }
}
