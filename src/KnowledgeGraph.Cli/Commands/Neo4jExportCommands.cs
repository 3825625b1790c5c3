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

    private static Option<string> GraphOption() => new("--graph", "-g")
    {
        Description = "graph.json written by kg build",
        DefaultValueFactory = _ => Path.Combine("out", "graph.json"),
    };

    private static Command Neo4j()
    {
        var graph = GraphOption();
        var uri = new Option<string>("--uri") { Description = "Neo4j HTTP address (http[s]://host:7474)", DefaultValueFactory = _ => "http://localhost:7474" };
        var database = new Option<string?>("--database", "-d") { Description = "Database (Neo4j 4.x/5.x; default: neo4j)" };
        var user = new Option<string>("--user", "-u") { Description = "User", DefaultValueFactory = _ => "neo4j" };
        var batch = new Option<int>("--batch-size") { Description = "Rows per transaction", DefaultValueFactory = _ => 1000 };
        var retries = new Option<int>("--retries") { Description = "Retries of a request after a connection failure, timeout or transient error", DefaultValueFactory = _ => 5 };
        var clear = new Option<bool>("--clear") { Description = "First remove the Actor, Article and Event nodes already in the database (other data stays)" };
        var tag = TagOption();
        var command = new Command("neo4j", $"Load the graph into a running Neo4j over HTTP (password from {PasswordVariable} or a prompt)")
        {
            graph, uri, database, user, batch, retries, clear, tag,
        };
        command.SetAction(parse =>
        {
            var tagValue = Tag(parse.GetValue(tag));
            var loaded = GraphJson.Read(parse.GetValue(graph)!);
            var connection = Connection(parse.GetValue(uri)!, parse.GetValue(user)!, parse.GetValue(database), parse.GetValue(retries));
            return ExportToServer(loaded, connection, parse.GetValue(batch), parse.GetValue(clear), tagValue);
        });
        return command;
    }

    private static Option<string?> TagOption() => new("--tag")
    {
        Description = "Name this load: appended to the 'loads' list of every node and relationship it writes",
    };

    private static string? Tag(string? value) => value is not null && string.IsNullOrWhiteSpace(value)
        ? throw new UserError("--tag must not be empty")
        : value;

    /// <summary>The connection for a URI and user, with the password from NEO4J_PASSWORD or typed without echo.</summary>
    public static Neo4jConnection Connection(string uri, string user, string? database, int retries = 5)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            throw new UserError($"{uri}: not an http:// or https:// address of Neo4j's HTTP API (e.g. http://localhost:7474)");
        if (retries < 0) throw new UserError("--retries must be 0 or more");
        return new Neo4jConnection { Uri = parsed, User = user, Password = Password(user, parsed), Database = database, MaxRetries = retries };
    }

    /// <summary>
    /// Exports with a progress bar and prints a summary: what was created and updated, and what the database already
    /// held that this graph does not have; server errors become user errors.
    /// </summary>
    public static int ExportToServer(RelationGraph graph, Neo4jConnection connection, int batchSize, bool clear = false, string? tag = null)
    {
        if (batchSize < 1) throw new UserError("--batch-size must be at least 1");
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
                         "(--clear removes them first; --tag NAME records which load wrote what)";
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
        var graph = GraphOption();
        var output = new Option<string>("--out", "-o") { Description = "Cypher script to write", DefaultValueFactory = _ => Path.Combine("out", "graph.cypher") };
        var dialect = new Option<int>("--neo4j-version") { Description = "Dialect of the script: 5 (5.x, 2025.x, Aura), 4 or 3", DefaultValueFactory = _ => 5 };
        var batch = new Option<int>("--batch-size") { Description = "Rows per statement", DefaultValueFactory = _ => CypherScriptWriter.DefaultBatchSize };
        var tag = TagOption();
        var command = new Command("cypher", "Write the graph as an idempotent Cypher script (cypher-shell -f, or paste into Neo4j Browser)")
        {
            graph, output, dialect, batch, tag,
        };
        command.SetAction(parse =>
        {
            var version = parse.GetValue(dialect);
            if (version is not (3 or 4 or 5)) throw new UserError("--neo4j-version must be 3, 4 or 5");
            if (parse.GetValue(batch) < 1) throw new UserError("--batch-size must be at least 1");
            var tagValue = Tag(parse.GetValue(tag));
            var loaded = GraphJson.Read(parse.GetValue(graph)!);
            var path = parse.GetValue(output)!;
            CypherScriptWriter.Write(loaded, path, (Neo4jDialect)version, parse.GetValue(batch), tagValue);
            Console.WriteLine($"{loaded.Nodes.Count} nodes, {loaded.Edges.Count} relationships → {path} (Neo4j {version}.x)");
            return 0;
        });
        return command;
    }

    private static Command Csv()
    {
        var graph = GraphOption();
        var output = new Option<string>("--out", "-o") { Description = "Folder for the CSV files, README.md and LOAD CSV scripts", DefaultValueFactory = _ => Path.Combine("out", "neo4j-csv") };
        var command = new Command("neo4j-csv", "Write CSV files for neo4j-admin database import and LOAD CSV") { graph, output };
        command.SetAction(parse =>
        {
            var loaded = GraphJson.Read(parse.GetValue(graph)!);
            var folder = parse.GetValue(output)!;
            var misread = Neo4jCsvWriter.Write(loaded, folder);
            if (misread > 0)
                Console.Error.WriteLine($"kg: warning: {misread} values have a backslash before a quote or at the end; LOAD CSV needs dbms.import.csv.legacy_quote_escaping=false for them (neo4j-admin import reads them as they are)");
            Console.WriteLine($"{loaded.Nodes.Count} nodes, {loaded.Edges.Count} relationships → {folder} (see {Path.Combine(folder, Neo4jCsvWriter.Readme)})");
            return 0;
        });
        return command;
    }
}
