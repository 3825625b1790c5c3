using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg analyze GRAPH.json [--actor ID] [--out DIR]`: ranked tables, communities, dyads, balance, an actor's
/// profile; writes the metrics back into graph.json and graph.graphml. `kg analyze --bench` times the algorithms
/// on a generated graph.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string?>("graph") { Description = $"graph.json written by kg build (default: {GraphInput.DefaultPath})", Arity = ArgumentArity.ZeroOrOne };
        var actor = new Option<string?>("--actor", "-a") { Description = "Print this actor's profile (node id, actor code, English or Arabic name, or a unique part of one)" };
        var connect = new Option<string?>("--connect") { Description = "With --actor: how the actor is connected to this one (path and evidence)" };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the annotated graph.json and graph.graphml (default: the input's folder)" };
        var noWrite = new Option<bool>("--no-write") { Description = "Only print; do not write the metrics back" };
        var top = new Option<int>("--top") { Description = "Rows per table", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Louvain node order", DefaultValueFactory = _ => 42 };
        var stateLevel = new Option<bool>("--state-level") { Description = "Fold persons into the state or organization they act for" };
        var from = new Option<string?>("--from") { Description = "Only relations stated on or after this date (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Only relations stated on or before this date (YYYY-MM-DD)" };
        var bench = new Option<bool>("--bench") { Description = "Time every algorithm on a generated graph instead" };
        var benchNodes = new Option<int>("--bench-nodes") { Description = "Nodes of the benchmark graph", DefaultValueFactory = _ => 100_000 };
        var benchEdges = new Option<int>("--bench-edges") { Description = "Edges of the benchmark graph", DefaultValueFactory = _ => 1_000_000 };
        var benchSamples = new Option<int>("--bench-samples") { Description = "Betweenness sources sampled in the benchmark", DefaultValueFactory = _ => 100 };
        var command = new Command("analyze", "Centrality, communities, dyads and balance of a built graph")
        {
            input, actor, connect, output, noWrite, top, seed, stateLevel, from, to, bench, benchNodes, benchEdges, benchSamples,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(bench))
                return Bench(parse.GetValue(benchNodes), parse.GetValue(benchEdges), parse.GetValue(benchSamples));
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
            return Run(path, parse.GetValue(actor), other, parse.GetValue(output), !parse.GetValue(noWrite), options);
        });
        return command;
    }

    private static int Run(string path, string? actorName, string? connectTo, string? outDir, bool write, AnalysisOptions options)
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
                var connection = Paths.Connect(annotated, options.View.NodeIdOf(actor), options.View.NodeIdOf(other), options.View.Undirected());
                AnalysisConsole.RenderConnection(annotated, actor, other, connection);
            }
        }
        if (!write) return 0;
        var folder = outDir ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
        GraphJson.Write(annotated, Path.Combine(folder, "graph.json"));
        GraphMlWriter.Write(annotated, Path.Combine(folder, "graph.graphml"));
        AnalysisConsole.Console(null).MarkupLine($"[grey]metrics written to {Markup.Escape(Path.Combine(folder, "graph.json"))} and graph.graphml[/]");
        return 0;
    }

    internal static GraphNode FindActor(RelationGraph graph, string name, string path) => ActorLookup.Find(graph, name, path);

    private static string? Date(string? value, string option)
    {
        if (value is null) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new UserError($"{option}: '{value}' is not a date YYYY-MM-DD");
        return value;
    }

    private static int Bench(int nodes, int edges, int samples)
    {
        if (nodes < 2 || edges < 1 || samples < 1) throw new UserError("--bench-nodes must be at least 2, --bench-edges and --bench-samples at least 1");
        var table = new Table().Title($"Analysis time, generated graph of {nodes:N0} nodes and {edges:N0} edges ({Environment.ProcessorCount} cores)")
            .AddColumn("step").AddColumn(new TableColumn("ms").RightAligned()).AddColumn("");
        foreach (var step in AnalysisBenchmark.Run(nodes, edges, samples))
            table.AddRow(Markup.Escape(step.Name), step.Milliseconds.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(step.Note));
        var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        table.Caption($"peak working set {peak:N0} MB");
        AnalysisConsole.Console(null).Write(table);
        return 0;
    }
}
