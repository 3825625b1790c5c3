using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg analyze GRAPH.json [--actor ID [--connect ID]] [--out DIR]`: ranked tables, communities, blocs, dyads,
/// balance, an actor's profile, the alternative paths between two actors; writes the metrics back into graph.json
/// and graph.graphml — or, for a time window or the state-level view, beside them unless --replace-metrics.
/// `kg analyze --bench` times the algorithms on a generated graph, before and after the QuikGraph views.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string?>("graph") { Description = $"graph.json written by kg build (default: {GraphInput.DefaultPath})", Arity = ArgumentArity.ZeroOrOne };
        var actor = new Option<string?>("--actor", "-a") { Description = "Print this actor's profile (node id, actor code, English or Arabic name, or a unique part of one)" };
        var connect = new Option<string?>("--connect") { Description = "With --actor: how the actor is connected to this one (alternative paths and evidence)" };
        var paths = new Option<int>("--paths", "-k") { Description = "With --connect: how many alternative paths to show (Yen's k shortest)", DefaultValueFactory = _ => 3 };
        var strongest = new Option<bool>("--strongest") { Description = "With --connect: rank paths by Σ 1/sentences (strongest ties) instead of fewest hops" };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the annotated graph.json and graph.graphml (default: the input's folder)" };
        var noWrite = new Option<bool>("--no-write") { Description = "Only print; do not write the metrics back" };
        var replace = new Option<bool>("--replace-metrics") { Description = "With --from/--to/--state-level: write that view's metrics into graph.json and graph.graphml themselves (by default they go beside them, and graph.json keeps the full graph's)" };
        var top = new Option<int>("--top") { Description = "Rows per table", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Louvain node order", DefaultValueFactory = _ => 42 };
        var stateLevel = new Option<bool>("--state-level") { Description = "Fold persons into the state or organization they act for" };
        var from = new Option<string?>("--from") { Description = "Only relations stated on or after this date (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Only relations stated on or before this date (YYYY-MM-DD)" };
        var bench = new Option<bool>("--bench") { Description = "Time every algorithm on a generated graph instead" };
        var benchNodes = new Option<int>("--bench-nodes") { Description = "Nodes of the benchmark graph", DefaultValueFactory = _ => 100_000 };
        var benchEdges = new Option<int>("--bench-edges") { Description = "Edges of the benchmark graph", DefaultValueFactory = _ => 1_000_000 };
        var benchSamples = new Option<int>("--bench-samples") { Description = "Betweenness sources sampled in the benchmark", DefaultValueFactory = _ => 100 };
        var benchRepeat = new Option<int>("--bench-repeat") { Description = "Runs of every step; the table keeps the fastest", DefaultValueFactory = _ => 3 };
        var command = new Command("analyze", "Centrality, communities, dyads and balance of a built graph")
        {
            input, actor, connect, paths, strongest, output, noWrite, replace, top, seed, stateLevel, from, to, bench, benchNodes, benchEdges, benchSamples, benchRepeat,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(bench))
                return Bench(parse.GetValue(benchNodes), parse.GetValue(benchEdges), parse.GetValue(benchSamples), parse.GetValue(benchRepeat));
            var path = parse.GetValue(input) ?? GraphInput.DefaultPath;
            if (!File.Exists(path)) throw new UserError($"{path}: no such file (build one with kg build INPUT --out out, name a graph.json, or use --bench)");
            var view = GraphView.Default with
            {
                StateLevel = parse.GetValue(stateLevel),
                From = Date(parse.GetValue(from), "--from"),
                To = Date(parse.GetValue(to), "--to"),
            };
            var options = new AnalysisOptions { View = view, Seed = parse.GetValue(seed), Top = Math.Max(1, parse.GetValue(top)) };
            var other = parse.GetValue(connect);
            if (other is not null && parse.GetValue(actor) is null) throw new UserError("--connect needs --actor");
            if (parse.GetValue(paths) < 1) throw new UserError($"--paths {parse.GetValue(paths)}: must be 1 or more");
            var connection = new ConnectionOptions(parse.GetValue(paths), parse.GetValue(strongest));
            var write = parse.GetValue(noWrite) ? WriteMode.None : parse.GetValue(replace) ? WriteMode.Replace : WriteMode.Beside;
            return Run(path, parse.GetValue(actor), other, connection, parse.GetValue(output), write, options);
        });
        return command;
    }

    private sealed record ConnectionOptions(int Paths, bool Strongest);

    private enum WriteMode { None, Beside, Replace }

    private static int Run(string path, string? actorName, string? connectTo, ConnectionOptions connection, string? outDir, WriteMode write, AnalysisOptions options)
    {
        var graph = GraphJson.Read(path);
        var (annotated, report) = GraphAnalysis.Annotate(graph, options);
        if (actorName is null)
        {
            AnalysisConsole.Render(report, annotated);
        }
        else
        {
            var actor = FindActor(annotated, actorName, path);
            if (connectTo is null)
            {
                var ego = SignedRelations.Ego(annotated, options.View.NodeIdOf(actor), options.View);
                AnalysisConsole.RenderProfile(annotated, actor, ego);
            }
            else
            {
                var other = FindActor(annotated, connectTo, path);
                var connections = Paths.Connections(annotated, options.View.NodeIdOf(actor), options.View.NodeIdOf(other),
                    connection.Paths, options.View.Undirected(), connection.Strongest);
                AnalysisConsole.RenderConnections(annotated, actor, other, connections, connection.Strongest);
            }
        }
        if (write == WriteMode.None) return 0;
        var folder = outDir ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
        var suffix = ViewSuffix(options.View);
        var name = write == WriteMode.Replace || suffix.Length == 0 ? "graph" : "graph." + suffix;
        var (json, graphml) = (Path.Combine(folder, name + ".json"), Path.Combine(folder, name + ".graphml"));
        // Both files or neither: they are two views of one graph.
        using (var outputs = OutputSet.Begin(folder))
        {
            outputs.Write(name + ".json", s => GraphJson.Write(annotated, s));
            outputs.Write(name + ".graphml", s => GraphMlWriter.Write(annotated, s));
            outputs.Commit(wholeSet: false);
        }
        var what = suffix.Length == 0 ? "metrics" : $"metrics of the {DescribeView(options.View)}";
        var note = suffix.Length > 0 && write == WriteMode.Beside ? " (graph.json keeps the full graph's; --replace-metrics writes them there)" : "";
        // plain output: a path stays on one line, to be copied
        System.Console.WriteLine($"{what} written to {json} and {graphml}{note}");
        return 0;
    }

    /// <summary>The file-name part that tells a restricted view's metrics apart: the window, "state-level"; empty for the full graph.</summary>
    private static string ViewSuffix(GraphView view) => string.Join(".", new[]
    {
        view.From is null && view.To is null ? "" : $"{view.From ?? "start"}_{view.To ?? "end"}",
        view.StateLevel ? "state-level" : "",
    }.Where(p => p.Length > 0));

    private static string DescribeView(GraphView view) => string.Join(", ", new[]
    {
        view.From is null && view.To is null ? "" : $"window {view.From ?? "start"} … {view.To ?? "end"}",
        view.StateLevel ? "state-level view" : "",
    }.Where(p => p.Length > 0));

    internal static GraphNode FindActor(RelationGraph graph, string name, string path) => ActorLookup.Find(graph, name, path);

    internal static string? Date(string? value, string option)
    {
        if (value is null) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new UserError($"{option}: '{value}' is not a date YYYY-MM-DD");
        return value;
    }

    private static int Bench(int nodes, int edges, int samples, int repeat)
    {
        if (nodes < 2 || edges < 1 || samples < 1 || repeat < 1)
            throw new UserError("--bench-nodes must be at least 2, --bench-edges, --bench-samples and --bench-repeat at least 1");
        var console = AnalysisConsole.Console(null);
        var loadBefore = LoadAverage();
        var result = AnalysisBenchmark.Run(nodes, edges, samples, repeat);
        var table = new Table()
            .Title($"Analysis steps, generated graph of {nodes:N0} nodes and {edges:N0} edges: CPU ms, least of {repeat} runs ({Environment.ProcessorCount} cores)")
            .AddColumn("step").AddColumn(new TableColumn("before").RightAligned()).AddColumn(new TableColumn("after").RightAligned())
            .AddColumn(new TableColumn("after/before").RightAligned()).AddColumn(new TableColumn("QuikGraph's own").RightAligned()).AddColumn("");
        static string Ms(double? ms) => ms is { } v ? v.ToString(v < 10 ? "N1" : "N0", CultureInfo.InvariantCulture) : "—";
        foreach (var step in result.Steps)
            table.AddRow(Markup.Escape(step.Name), Ms(step.Before), Ms(step.After),
                step.Before is { } b && b > 0 ? (step.After / b).ToString("0.00", CultureInfo.InvariantCulture) : "",
                Ms(step.QuikGraph), Markup.Escape(step.Note));
        var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        table.Caption($"before: arrays of GraphView.Build, as kg analyze ran them; after: the QuikGraph views (RelationView) kg analyze runs now; " +
                      $"QuikGraph's own: its algorithm on the same view. Generating the graph took {result.GenerateMilliseconds:N0} ms wall clock; " +
                      $"views: {result.ViewMegabytes:N1} MB allocated for the two RelationViews over {result.ArrayMegabytes:N1} MB for the two arrays alone; " +
                      $"peak working set {peak:N0} MB; load average {loadBefore} before, {LoadAverage()} after");
        console.Write(table);
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
