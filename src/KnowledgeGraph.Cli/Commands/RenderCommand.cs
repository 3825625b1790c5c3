using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg render GRAPH.json --out graph.svg`: lays the graph out with Graphviz (sfdp by default) and writes SVG.</summary>
public static class RenderCommand
{
    private static readonly string[] Layouts = ["sfdp", "dot", "neato", "fdp", "circo", "twopi"];

    public static Command Create()
    {
        var input = new Argument<string>("graph") { Description = "graph.json written by kg build" };
        var output = new Option<string>("--out", "-o") { Description = "SVG file to write", DefaultValueFactory = _ => "graph.svg" };
        var layout = new Option<string>("--layout") { Description = "Graphviz layout program: " + string.Join(", ", Layouts), DefaultValueFactory = _ => "sfdp" };
        layout.AcceptOnlyFromAmong(Layouts);
        var options = DotOptionSet.Create();
        var command = new Command("render", "Draw the graph as SVG with Graphviz, coloured by community and kind") { input, output, layout };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var graph = GraphJson.Read(parse.GetValue(input)!);
            if (graph.ActorNodes.Any(n => n.Metrics is null)) graph = GraphAnalysis.Annotate(graph).Graph;
            var dot = DotWriter.ToDot(graph, options.Read(parse));
            var svg = Graphviz(parse.GetValue(layout)!, dot);
            AtomicFile.Write(parse.GetValue(output)!, s => s.Write(svg));
            Console.WriteLine($"{parse.GetValue(output)}: {svg.Length:N0} bytes ({parse.GetValue(layout)})");
            return 0;
        });
        return command;
    }

    /// <summary>Runs a Graphviz layout program on DOT text and returns the SVG bytes.</summary>
    internal static byte[] Graphviz(string program, string dot)
    {
        var executable = FindOnPath(program)
            ?? throw new UserError($"render: Graphviz is not installed (no '{program}' on PATH); install it, e.g. apt-get install graphviz");
        var start = new ProcessStartInfo(executable, ["-Tsvg"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        using var process = Process.Start(start) ?? throw new UserError($"render: could not start {executable}");
        var stderr = process.StandardError.ReadToEndAsync();
        using var svg = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(svg);
        process.StandardInput.Write(dot);
        process.StandardInput.Close();
        copy.Wait();
        process.WaitForExit();
        if (process.ExitCode != 0 || svg.Length == 0)
            throw new UserError($"render: {program} failed (exit {process.ExitCode}): {stderr.Result.Trim()}");
        return svg.ToArray();
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}
