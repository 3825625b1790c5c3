using System.Diagnostics;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>What to export to and how: the connection, the rows per transaction, and what to do with what is there.</summary>
public sealed class Neo4jExportOptions
{
    public required Neo4jConnection Connection { get; init; }
    /// <summary>Rows (nodes or relationships) per UNWIND transaction.</summary>
    public int BatchSize { get; init; } = 1000;
    /// <summary>First remove every Actor, Article and Event node and their relationships (other data stays).</summary>
    public bool Clear { get; init; }
    /// <summary>A name for this load, appended to the <c>loads</c> list of every node and relationship it writes.</summary>
    public string? Tag { get; init; }
}

/// <summary>Progress of an export: rows written out of the total, and the phase (clear, schema, nodes, relationships).</summary>
public sealed record Neo4jExportProgress(string Phase, long Done, long Total);

/// <summary>
/// What an export did. Updated = merged onto an element that already existed (its properties replaced by this
/// graph's); Existing = exported elements the database held before the load (after clearing); Cleared = removed by
/// <see cref="Neo4jExportOptions.Clear"/>.
/// </summary>
public sealed record Neo4jExportResult(
    string ServerVersion, Neo4jHttpApi Api, long NodesCreated, long NodesUpdated,
    long RelationshipsCreated, long RelationshipsUpdated, TimeSpan Elapsed)
{
    public long Events { get; init; }
    public long ExistingNodes { get; init; }
    public long ExistingRelationships { get; init; }
    public long ClearedNodes { get; init; }
    public long ClearedRelationships { get; init; }

    /// <summary>Nodes that were in the database before and are not in this graph: left as they were.</summary>
    public long NodesKept => Math.Max(0, ExistingNodes - NodesUpdated);
    public long RelationshipsKept => Math.Max(0, ExistingRelationships - RelationshipsUpdated);

    public double RelationshipsPerSecond => Elapsed.TotalSeconds > 0 ? (RelationshipsCreated + RelationshipsUpdated) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Loads a <see cref="RelationGraph"/> into a running Neo4j over its HTTP API: optionally clears what an earlier
/// export wrote, counts what is there, creates the schema (one statement per transaction, in the server's dialect),
/// then nodes and relationships with one <c>UNWIND $rows … MERGE</c> statement per label or type in batches of
/// <see cref="Neo4jExportOptions.BatchSize"/>. MERGE on ids plus full property replacement makes it idempotent: a
/// second run, or a run after one that died half-way, gives the same graph as one clean run. Nodes and relationships
/// already there and not in this graph are kept. O(nodes + relationships) rows in ⌈n / batch⌉ requests.
/// </summary>
public static class Neo4jExporter
{
    private static readonly HashSet<string> AlreadyExists = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        "Neo.ClientError.Schema.ConstraintAlreadyExists",
        "Neo.ClientError.Schema.IndexAlreadyExists",
    };

    public const string TagParameter = "$tag";

    public static async Task<Neo4jExportResult> ExportAsync(
        RelationGraph graph, Neo4jExportOptions options, IProgress<Neo4jExportProgress>? progress = null, CancellationToken cancel = default)
    {
        if (options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "batch size must be at least 1");
        if (options.Tag is { Length: 0 }) throw new ArgumentException("a load tag must not be empty", nameof(options));
        var rows = Neo4jRows.From(graph, GraphSchema.Default);
        var clock = Stopwatch.StartNew();
        using var client = await Neo4jHttpClient.ConnectAsync(options.Connection, cancel);

        long clearedNodes = 0, clearedRelationships = 0;
        if (options.Clear)
        {
            var clear = Neo4jStatements.Clear();
            for (var i = 0; i < clear.Count; i++)
            {
                long removed;
                do
                {
                    removed = (await client.RunAsync(clear[i], null, cancel)).Rows[0][0].GetInt64();
                    if (i == 0) clearedRelationships += removed; else clearedNodes += removed;
                    progress?.Report(new Neo4jExportProgress("clear", clearedNodes + clearedRelationships, 0));
                } while (removed > 0);
            }
        }
        var existing = (await client.RunAsync(Neo4jStatements.CountExisting(), null, cancel)).Rows[0];

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
        var tag = options.Tag is null ? null : TagParameter;

        async Task<Neo4jResult> RunBatch(string phase, string statement, object rowParameters, int rowCount)
        {
            var parameters = new Dictionary<string, object> { ["rows"] = rowParameters };
            if (options.Tag is not null) parameters["tag"] = options.Tag;
            var result = await client.RunAsync(statement, parameters, cancel);
            done += rowCount;
            progress?.Report(new Neo4jExportProgress(phase, done, total));
            return result;
        }

        foreach (var group in rows.NodeGroups())
        {
            var statement = Neo4jStatements.MergeNodes(group.Key.Label, group.Key.IsActor, tag: tag);
            foreach (var batch in group.Chunk(options.BatchSize))
                nodesCreated += (await RunBatch("nodes", statement, Neo4jStatements.NodeParameters(batch), batch.Length)).NodesCreated;
        }
        foreach (var group in rows.RelationshipGroups())
        {
            var statement = Neo4jStatements.MergeRelationships(group.Key.SourceLabel, group.Key.Type, group.Key.TargetLabel, tag: tag);
            foreach (var batch in group.Chunk(options.BatchSize))
                relationshipsCreated += (await RunBatch("relationships", statement, Neo4jStatements.RelationshipParameters(batch), batch.Length)).RelationshipsCreated;
        }
        clock.Stop();
        return new Neo4jExportResult(
            client.Version, client.Api,
            nodesCreated, rows.Nodes.Count - nodesCreated,
            relationshipsCreated, rows.Relationships.Count - relationshipsCreated,
            clock.Elapsed)
        {
            Events = rows.EventCount,
            ExistingNodes = existing[0].GetInt64(),
            ExistingRelationships = existing[1].GetInt64(),
            ClearedNodes = clearedNodes,
            ClearedRelationships = clearedRelationships,
        };
    }
}
