using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>One CSV column: the property it holds and its neo4j-admin import type (string, int, double, boolean, string[]).</summary>
public sealed record Neo4jCsvColumn(string Property, string Type)
{
    /// <summary>The header cell, e.g. <c>count:int</c>; plain strings carry no type.</summary>
    public string Header => Type == "string" ? Property : $"{Property}:{Type}";
}

/// <summary>
/// CSV files for <c>neo4j-admin database import</c> (Neo4j 5) and for <c>LOAD CSV</c> on a running server:
/// nodes-actors.csv, nodes-articles.csv and nodes-events.csv (<c>id:ID</c>, <c>:LABEL</c> = the kind label; actors get
/// the Actor label from the import command), relationships.csv (<c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>: the
/// relations and MENTIONS) and relationships-events.csv (REPORTS and the event roles, no properties), typed property
/// columns, every present value quoted (RFC 4180, quotes doubled, multi-line fields allowed), absent values empty.
/// List elements are separated by U+001F (unit separator), which the writer refuses to find inside a value.
/// Next to them: README.md with the import command, and load-csv.cypher (5.x) / load-csv-neo4j3.cypher (3.x).
/// </summary>
public static class Neo4jCsvWriter
{
    public const char ArrayDelimiter = '\u001F';
    public const string ActorsFile = "nodes-actors.csv";
    public const string ArticlesFile = "nodes-articles.csv";
    public const string EventsFile = "nodes-events.csv";
    public const string RelationshipsFile = "relationships.csv";
    public const string EventLinksFile = "relationships-events.csv";
    public const string LoadScript = "load-csv.cypher";
    public const string LoadScriptNeo4j3 = "load-csv-neo4j3.cypher";
    public const string Readme = "README.md";
    private const int RowsPerTransaction = 1000;

    public static IReadOnlyList<Neo4jCsvColumn> NodeColumns { get; } =
    [
        new("kind", "string"), new("name_en", "string"), new("name_ar", "string"), new("code", "string"),
        new("office", "string"), new("office_from", "string"), new("office_to", "string"),
        new("title", "string"), new("date", "string"), new("url", "string"), new("source", "string"),
        new("degree", "int"), new("pagerank", "double"), new("betweenness", "double"), new("community", "int"),
    ];

    public static IReadOnlyList<Neo4jCsvColumn> EventColumns { get; } =
        Neo4jEventModel.Default.Properties.Where(p => p.Name != Neo4jRows.IdProperty).Select(p => new Neo4jCsvColumn(p.Name, p.Type)).ToArray();

    public static IReadOnlyList<Neo4jCsvColumn> RelationshipColumns { get; } =
    [
        new("count", "int"), new("weight", "double"), new("tone", "double"), new("symmetric", "boolean"), new("doc_count", "int"),
        new("docs", "string[]"), new("first_date", "string"), new("last_date", "string"),
    ];

    public static IReadOnlyList<string> NodeHeader { get; } = ["id:ID", ":LABEL", .. NodeColumns.Select(c => c.Header)];
    public static IReadOnlyList<string> EventHeader { get; } = ["id:ID", ":LABEL", .. EventColumns.Select(c => c.Header)];
    public static IReadOnlyList<string> RelationshipHeader { get; } = [":START_ID", ":END_ID", ":TYPE", .. RelationshipColumns.Select(c => c.Header)];
    public static IReadOnlyList<string> EventLinkHeader { get; } = [":START_ID", ":END_ID", ":TYPE"];

    /// <summary>
    /// Whether LOAD CSV in legacy quoting mode (Neo4j 3.x always; 4.x/5.x unless
    /// dbms.import.csv.legacy_quote_escaping=false) would misread the value: it takes a backslash before a double
    /// quote as an escape, so a value with \" in it, or ending in a backslash, does not survive. neo4j-admin import
    /// (strict RFC 4180 by default) reads them correctly.
    /// </summary>
    public static bool MisreadByLegacyLoadCsv(string value) => value.Contains("\\\"", StringComparison.Ordinal) || value.EndsWith('\\');

    /// <summary>
    /// Writes the five CSVs, the two LOAD CSV scripts and the README into <paramref name="folder"/>; returns how many
    /// values LOAD CSV in legacy quoting mode would misread (see <see cref="MisreadByLegacyLoadCsv"/>).
    /// </summary>
    public static int Write(RelationGraph graph, string folder)
    {
        var rows = Neo4jRows.From(graph, GraphSchema.Default);
        var eventLabel = Neo4jEventModel.Default.Label;
        var linkTypes = Neo4jEventModel.Default.LinkTypes.ToHashSet(StringComparer.Ordinal);
        // The files are one set: put in place together, or the folder keeps the previous set.
        using (var set = OutputSet.Begin(folder))
        {
            WriteText(set, ActorsFile, w => WriteNodes(w, rows.Nodes.Where(n => n.IsActor), NodeColumns));
            WriteText(set, ArticlesFile, w => WriteNodes(w, rows.Nodes.Where(n => !n.IsActor && n.Label != eventLabel), NodeColumns));
            WriteText(set, EventsFile, w => WriteNodes(w, rows.Nodes.Where(n => n.Label == eventLabel), EventColumns));
            WriteText(set, RelationshipsFile, w => WriteRelationships(w, rows.Relationships.Where(r => !linkTypes.Contains(r.Type)), RelationshipColumns));
            WriteText(set, EventLinksFile, w => WriteRelationships(w, rows.Relationships.Where(r => linkTypes.Contains(r.Type)), []));
            WriteText(set, LoadScript, w => w.Write(LoadCsvScript(rows, Neo4jDialect.Neo4j5)));
            WriteText(set, LoadScriptNeo4j3, w => w.Write(LoadCsvScript(rows, Neo4jDialect.Neo4j3)));
            WriteText(set, Readme, w => w.Write(ReadmeText(rows)));
            set.Commit();
        }
        return rows.Nodes.SelectMany(n => n.Properties.Values.Append(n.Id))
            .Concat(rows.Relationships.SelectMany(r => r.Properties.Values.Append(r.Source).Append(r.Target)))
            .SelectMany(v => v switch { string s => [s], string[] list => list, _ => Array.Empty<string>() })
            .Count(MisreadByLegacyLoadCsv);
    }

    private static void WriteText(OutputSet set, string name, Action<TextWriter> write) => set.Write(name, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.NewLine = "\n";
        write(writer);
    });

    private static void WriteNodes(TextWriter w, IEnumerable<Neo4jNodeRow> nodes, IReadOnlyList<Neo4jCsvColumn> columns)
    {
        w.WriteLine(string.Join(',', ["id:ID", ":LABEL", .. columns.Select(c => c.Header)]));
        foreach (var node in nodes)
        {
            var cells = new List<string?>(columns.Count + 2) { node.Id, node.Label };
            cells.AddRange(columns.Select(c => node.Properties.GetValueOrDefault(c.Property)).Select(Cell));
            w.WriteLine(string.Join(',', cells.Select(Quote)));
        }
    }

    private static void WriteRelationships(TextWriter w, IEnumerable<Neo4jRelationshipRow> relationships, IReadOnlyList<Neo4jCsvColumn> columns)
    {
        w.WriteLine(string.Join(',', [":START_ID", ":END_ID", ":TYPE", .. columns.Select(c => c.Header)]));
        foreach (var r in relationships)
        {
            var cells = new List<string?>(columns.Count + 3) { r.Source, r.Target, r.Type };
            cells.AddRange(columns.Select(c => r.Properties.GetValueOrDefault(c.Property)).Select(Cell));
            w.WriteLine(string.Join(',', cells.Select(Quote)));
        }
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string s => CheckDelimiter(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => CypherLiteral.Float(d),
        IEnumerable<string> list => string.Join(ArrayDelimiter, list.Select(CheckDelimiter)),
        _ => throw new ArgumentException($"no CSV cell for {value.GetType().Name}"),
    };

    private static string CheckDelimiter(string s) => s.Contains(ArrayDelimiter)
        ? throw new GraphFormatException($"value '{s}' contains U+001F, the CSV list delimiter")
        : s;

    private static string Quote(string? cell) => cell is null ? "" : "\"" + cell.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// The LOAD CSV script for a running server (files in its import/ folder): schema, then one statement per node
    /// label and per (source label, relationship type, target label), committing every 1000 rows (USING PERIODIC COMMIT on 3.x,
    /// CALL … IN TRANSACTIONS on 5.x). Gives the same graph as the HTTP export.
    /// </summary>
    public static string LoadCsvScript(Neo4jRows rows, Neo4jDialect dialect)
    {
        var sb = new StringBuilder();
        sb.Append($"// Load {ActorsFile}, {ArticlesFile}, {EventsFile}, {RelationshipsFile} and {EventLinksFile} from the server's import/ folder.\n");
        sb.Append(dialect == Neo4jDialect.Neo4j3
            ? "// Neo4j 3.x: cypher-shell -f load-csv-neo4j3.cypher, or each statement in Neo4j Browser.\n"
            : "// Neo4j 5.x: cypher-shell -f load-csv.cypher; in Neo4j Browser prefix each LOAD CSV statement with :auto.\n");
        foreach (var statement in Neo4jStatements.Schema(dialect)) sb.Append(statement).Append(";\n");

        var eventLabel = Neo4jEventModel.Default.Label;
        var linkTypes = Neo4jEventModel.Default.LinkTypes.ToHashSet(StringComparer.Ordinal);
        static string Map(IEnumerable<Neo4jCsvColumn> columns) =>
            "{" + string.Join(", ", columns.Select(c => $"{c.Property}: {Convert(c)}")) + "}";
        var nodeMap = Map(NodeColumns);
        var eventMap = Map(EventColumns);
        foreach (var (label, isActor) in rows.Nodes.Select(n => (n.Label, n.IsActor)).Distinct().Order())
        {
            var (file, map) = isActor ? (ActorsFile, nodeMap) : label == eventLabel ? (EventsFile, eventMap) : (ArticlesFile, nodeMap);
            var key = isActor ? Neo4jRows.ActorLabel : Neo4jStatements.Identifier(label);
            // "SET n += map" without the id: writing the MERGE key (SET n = {id: …}) makes the planner read the whole
            // file before writing (Eager), which ignores the periodic commit and runs out of heap on large files.
            // Empty cells are null, and += removes a property set to null, so every column is replaced.
            var body = $"MERGE (n:{key} {{id: row.`id:ID`}})\nSET n += {map}" + (isActor ? $"\nSET n:{Neo4jStatements.Identifier(label)}" : "");
            sb.Append(Load(dialect, file, $"row.`:LABEL` = {CypherLiteral.Of(label)}", body)).Append(";\n");
        }

        var relationshipMap = Map(RelationshipColumns);
        foreach (var (sourceLabel, type, targetLabel) in rows.Relationships.Select(r => (r.SourceLabel, r.Type, r.TargetLabel)).Distinct().Order())
        {
            var link = linkTypes.Contains(type);
            var body =
                $"MATCH (s:{Neo4jStatements.Identifier(sourceLabel)} {{id: row.`:START_ID`}})\nMATCH (t:{Neo4jStatements.Identifier(targetLabel)} {{id: row.`:END_ID`}})\n" +
                $"MERGE (s)-[e:{Neo4jStatements.Identifier(type)}]->(t)" + (link ? "" : $"\nSET e = {relationshipMap}");
            sb.Append(Load(dialect, link ? EventLinksFile : RelationshipsFile, $"row.`:TYPE` = {CypherLiteral.Of(type)}", body)).Append(";\n");
        }
        return sb.ToString();
    }

    private static string Load(Neo4jDialect dialect, string file, string filter, string body)
    {
        var source = $"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row\nWITH row WHERE {filter}\n";
        return dialect == Neo4jDialect.Neo4j3
            ? $"USING PERIODIC COMMIT {RowsPerTransaction}\n{source}{body}"
            : $"{source}CALL {{\n  WITH row\n  {body.Replace("\n", "\n  ")}\n}} IN TRANSACTIONS OF {RowsPerTransaction} ROWS";
    }

    private static string Convert(Neo4jCsvColumn c)
    {
        var cell = $"row.{CypherLiteral.Key(c.Header)}";
        return c.Type switch
        {
            "int" => $"toInteger({cell})",
            "double" => $"toFloat({cell})",
            "boolean" => $"CASE {cell} WHEN 'true' THEN true WHEN 'false' THEN false END",
            "string[]" => $"split({cell}, {CypherLiteral.Of(ArrayDelimiter.ToString())})",
            _ => cell,
        };
    }

    private static string ReadmeText(Neo4jRows rows) => $"""
        # KnowledgeGraph for Neo4j: CSV files

        {rows.Nodes.Count(n => n.IsActor)} actors ({ActorsFile}), {rows.Nodes.Count(n => !n.IsActor) - rows.EventCount} articles ({ArticlesFile}),
        {rows.EventCount} evidence events ({EventsFile}: one per sentence stating a relation, with its article, sentence
        index, cue, date and text), the relations and MENTIONS ({RelationshipsFile}) and the links of the events to
        their articles and actors ({EventLinksFile}): {rows.Relationships.Count} relationships in all. UTF-8,
        comma-separated, every value in double quotes (quotes doubled, values may span lines), an empty cell means
        "no value". The list property `docs` separates its elements with the character U+001F.

        ## Into a new database: neo4j-admin (Neo4j 5, server stopped or database not yet created)

        Copy the five CSV files into the server's `import/` folder, then from the Neo4j home:

        ```
        bin/neo4j-admin database import full neo4j \
          --nodes=Actor=import/{ActorsFile} \
          --nodes=import/{ArticlesFile} \
          --nodes=import/{EventsFile} \
          --relationships=import/{RelationshipsFile} \
          --relationships=import/{EventLinksFile} \
          --array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true
        ```

        Then start the server (for a database other than the default, `CREATE DATABASE name` after importing into
        `name`), and create the constraints and indexes: the first statements of `{LoadScript}` up to and including
        `CALL db.awaitIndexes(300)`.

        ## Into a running server: LOAD CSV

        Copy the five CSV files into the server's `import/` folder and run

        ```
        cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f {LoadScript}
        ```

        (Neo4j 5; `{LoadScriptNeo4j3}` is the same for Neo4j 3.x). LOAD CSV reads a backslash directly before a
        double quote as an escape unless the server sets `dbms.import.csv.legacy_quote_escaping=false` (3.x always
        does): a value containing a backslash before a quote, or ending in a backslash, needs that setting or
        neo4j-admin import; `kg export neo4j-csv` counts such values when it writes these files. In Neo4j Browser, run the statements one by one
        and prefix each `LOAD CSV` statement with `:auto`. The script MERGEs on ids, so running it again, or over a
        graph exported before, changes nothing that is already there.

        """;
}
