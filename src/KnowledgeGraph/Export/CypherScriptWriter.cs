using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// The offline Cypher script: the same idempotent statements the HTTP export runs, with the rows written as
/// escaped literals in place of <c>$rows</c>, one statement per batch, each ending in <c>;</c> on its own line.
/// Runs with <c>cypher-shell -f graph.cypher</c> or pasted into Neo4j Browser; running it twice changes nothing.
/// </summary>
public static class CypherScriptWriter
{
    public const int DefaultBatchSize = 500;

    public static void Write(RelationGraph graph, string path, Neo4jDialect dialect, int batchSize = DefaultBatchSize, string? tag = null) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            Write(graph, writer, dialect, batchSize, tag);
        });

    /// <param name="tag">A name for the load, appended to the <c>loads</c> list of everything the script writes.</param>
    public static void Write(RelationGraph graph, TextWriter writer, Neo4jDialect dialect, int batchSize = DefaultBatchSize, string? tag = null)
    {
        foreach (var statement in Statements(graph, dialect, batchSize, tag, out var header))
        {
            if (header is not null)
            {
                writer.Write(header);
                header = null;
            }
            writer.Write(statement);
            writer.Write(";\n");
        }
    }

    /// <summary>The statements of the script, without their terminating semicolons.</summary>
    public static IEnumerable<string> Statements(RelationGraph graph, Neo4jDialect dialect, int batchSize = DefaultBatchSize, string? tag = null) =>
        Statements(graph, dialect, batchSize, tag, out _);

    private static IEnumerable<string> Statements(RelationGraph graph, Neo4jDialect dialect, int batchSize, string? tag, out string? header)
    {
        if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize), "batch size must be at least 1");
        if (tag is { Length: 0 }) throw new ArgumentException("a load tag must not be empty", nameof(tag));
        var rows = Neo4jRows.From(graph, GraphSchema.Default);
        var version = dialect switch { Neo4jDialect.Neo4j3 => "3.x", Neo4jDialect.Neo4j4 => "4.x", _ => "5.x" };
        header =
            $"// KnowledgeGraph for Neo4j {version}: {rows.Nodes.Count} nodes ({rows.EventCount} evidence events), {rows.Relationships.Count} relationships.\n" +
            "// Run with: cypher-shell -f graph.cypher (or paste into Neo4j Browser). Idempotent: MERGE on ids, properties replaced.\n";
        return Enumerate(rows, dialect, batchSize, tag is null ? null : CypherLiteral.Of(tag));
    }

    private static IEnumerable<string> Enumerate(Neo4jRows rows, Neo4jDialect dialect, int batchSize, string? tag)
    {
        foreach (var statement in Neo4jStatements.Schema(dialect)) yield return statement;
        foreach (var group in rows.NodeGroups())
            foreach (var batch in group.Chunk(batchSize))
                yield return Neo4jStatements.MergeNodes(group.Key.Label, group.Key.IsActor, RowsLiteral(Neo4jStatements.NodeParameters(batch)), tag);
        foreach (var group in rows.RelationshipGroups())
            foreach (var batch in group.Chunk(batchSize))
                yield return Neo4jStatements.MergeRelationships(group.Key.SourceLabel, group.Key.Type, group.Key.TargetLabel, RowsLiteral(Neo4jStatements.RelationshipParameters(batch)), tag);
    }

    private static string RowsLiteral(IReadOnlyList<IReadOnlyDictionary<string, object>> rows)
    {
        var sb = new StringBuilder("[\n  ");
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0) sb.Append(",\n  ");
            CypherLiteral.Append(sb, rows[i]);
        }
        return sb.Append("\n]").ToString();
    }
}
