using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg export neo4j` (HTTP load into a running server), `kg export cypher` (offline script) and
/// `kg export neo4j-csv` (neo4j-admin import / LOAD CSV files).
/// </summary>
public static class Neo4jExportCommands
{
    public const string PasswordVariable = "NEO4J_PASSWORD";

    public static IEnumerable<Command> Create() => [Neo4j(), Cypher(), Csv()];

    public const string DefaultUri = "http://localhost:7474";

    private static Command Neo4j()
    {
        var graph = GraphInput.Create();
        var neo4j = Neo4jOptionSet.ForExport();
        var command = new Command("neo4j", $"Load the graph into a running Neo4j over HTTP (default {DefaultUri}; password from {PasswordVariable} or a prompt)");
        graph.AddTo(command);
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var path = graph.Resolve(parse);
            var load = neo4j.Load(parse);
            var connection = neo4j.Connection(parse, DefaultUri)!;
            return ExportToServer(GraphJson.Read(path), connection, neo4j.BatchSize(parse), load.Clear, load.Tag);
        });
        return command;
    }

    /// <summary>The connection for a URI and user, with the password from NEO4J_PASSWORD or typed without echo.</summary>
    public static Neo4jConnection Connection(string uri, string user, string? database, int retries = Neo4jOptionSet.DefaultRetries)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            throw new UserError($"{uri}: not an http:// or https:// address of Neo4j's HTTP API (e.g. http://localhost:7474)");
        if (retries < 0) throw new UserError("--neo4j-retries must be 0 or more");
        return new Neo4jConnection { Uri = parsed, User = user, Password = Password(user, parsed), Database = database, MaxRetries = retries };
    }

    /// <summary>
    /// Exports with a progress bar and prints a summary: what was created and updated, and what the database already
    /// held that this graph does not have.
    /// </summary>
    public static int ExportToServer(RelationGraph graph, Neo4jConnection connection, int batchSize, bool clear = false, string? tag = null)
    {
        if (batchSize < 1) throw new UserError("--neo4j-batch-size must be at least 1");
        var options = new Neo4jExportOptions { Connection = connection, BatchSize = batchSize, Clear = clear, Tag = tag };
        // A Neo4jException (server unreachable, login refused, load rejected) is exit code 4, see KgApp.
        var result = !AnsiConsole.Profile.Capabilities.Interactive
            ? Neo4jExporter.ExportAsync(graph, options).GetAwaiter().GetResult()
            : AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Neo4j");
                var progress = new Progress<Neo4jExportProgress>(p =>
                {
                    task.Description = p.Phase;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                return await Neo4jExporter.ExportAsync(graph, options, progress);
            }).GetAwaiter().GetResult();
        if (clear)
            Console.WriteLine($"cleared {result.ClearedNodes} nodes and {result.ClearedRelationships} relationships of earlier loads");
        Console.WriteLine(
            $"Neo4j {result.ServerVersion} at {connection.Uri}: nodes {result.NodesCreated} created, {result.NodesUpdated} updated " +
            $"({result.Events} of them evidence events); relationships {result.RelationshipsCreated} created, {result.RelationshipsUpdated} updated; " +
            $"{result.Elapsed.TotalSeconds:0.0} s, {result.RelationshipsPerSecond:0} relationships/s" + (tag is null ? "" : $"; tagged '{tag}'"));
        foreach (var line in LoadNotes(result, tag)) Console.WriteLine(line);
        return 0;
    }

    /// <summary>What the load did to what the database held before, in words, when it held anything.</summary>
    public static IEnumerable<string> LoadNotes(Neo4jExportResult result, string? tag)
    {
        if (result.NodesUpdated > 0 && result.ExistingNodes > 0)
            yield return $"note: {result.NodesUpdated} nodes and {result.RelationshipsUpdated} relationships were already there and now carry this graph's properties" +
                         (tag is null ? " (counts, dates and metrics included)" : $" (counts, dates and metrics included; their 'loads' list ends with '{tag}')");
        if (result.NodesKept > 0 || result.RelationshipsKept > 0)
            yield return $"note: {result.NodesKept} nodes and {result.RelationshipsKept} relationships of earlier loads are not in this graph and were kept as they were " +
                         "(--neo4j-clear removes them first; --neo4j-tag NAME records which load wrote what)";
    }

    private static string Password(string user, Uri uri)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        if (Console.IsInputRedirected)
            throw new UserError($"no password: set {PasswordVariable} (input is not a terminal, so it cannot be typed)");
        Console.Error.Write($"Password for {user} at {uri}: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }

    private static Command Cypher()
    {
        var graph = GraphInput.Create();
        var output = new Option<string?>("--out", "-o") { Description = "Cypher script to write (default: graph.cypher beside the graph)" };
        var dialect = new Option<int>("--neo4j-version") { Description = "Dialect of the script: 5 (5.x, 2025.x, Aura), 4 or 3", DefaultValueFactory = _ => 5 };
        var batch = new Option<int>("--batch-size") { Description = "Rows per statement", DefaultValueFactory = _ => CypherScriptWriter.DefaultBatchSize };
        var neo4j = Neo4jOptionSet.ForScript();
        var command = new Command("cypher", "Write the graph as an idempotent Cypher script (cypher-shell -f, or paste into Neo4j Browser)")
        {
            output, dialect, batch,
        };
        graph.AddTo(command);
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var graphPath = graph.Resolve(parse);
            var version = parse.GetValue(dialect);
            if (version is not (3 or 4 or 5)) throw new UserError("--neo4j-version must be 3, 4 or 5");
            if (parse.GetValue(batch) < 1) throw new UserError("--batch-size must be at least 1");
            var tag = neo4j.Load(parse).Tag;
            var loaded = GraphJson.Read(graphPath);
            var path = parse.GetValue(output) ?? GraphInput.Beside(graphPath, "graph.cypher");
            CypherScriptWriter.Write(loaded, path, (Neo4jDialect)version, parse.GetValue(batch), tag);
            Console.WriteLine($"{loaded.Nodes.Count} nodes, {loaded.Edges.Count} relationships → {path} (Neo4j {version}.x)");
            return 0;
        });
        return command;
    }

    private static Command Csv()
    {
        var graph = GraphInput.Create();
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the CSV files, README.md and LOAD CSV scripts (default: neo4j-csv/ beside the graph)" };
        var command = new Command("neo4j-csv", "Write CSV files for neo4j-admin database import and LOAD CSV") { output };
        graph.AddTo(command);
        command.SetAction(parse =>
        {
            var graphPath = graph.Resolve(parse);
            var loaded = GraphJson.Read(graphPath);
            var folder = parse.GetValue(output) ?? GraphInput.Beside(graphPath, "neo4j-csv");
            var misread = Neo4jCsvWriter.Write(loaded, folder);
            if (misread > 0)
                Console.Error.WriteLine($"kg: warning: {misread} values have a backslash before a quote or at the end; LOAD CSV needs dbms.import.csv.legacy_quote_escaping=false for them (neo4j-admin import reads them as they are)");
            Console.WriteLine($"{loaded.Nodes.Count} nodes, {loaded.Edges.Count} relationships → {folder} (see {Path.Combine(folder, Neo4jCsvWriter.Readme)})");
            return 0;
        });
        return command;
    }
}
