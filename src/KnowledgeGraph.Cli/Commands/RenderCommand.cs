using System.CommandLine;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg render [GRAPH.json] [--out graph.svg]`: a picture of the graph through Graphviz (sfdp by default), with a
/// legend, overlapping nodes pushed apart, one edge per pair of actors and at most --max-nodes nodes. The format
/// follows the file's extension (.svg, .png, .pdf).
/// </summary>
public static class RenderCommand
{
    public const int DefaultMaxNodes = 150;

    public static Command Create()
    {
        var graph = GraphInput.Create();
        var output = new Option<string?>("--out", "-o") { Description = "Picture to write: .svg, .png or .pdf (default: graph.svg beside the graph)" };
        var layout = new Option<string>("--layout") { Description = "Graphviz layout program: " + string.Join(", ", GraphvizRenderer.Layouts), DefaultValueFactory = _ => "sfdp" };
        layout.AcceptOnlyFromAmong(GraphvizRenderer.Layouts);
        var maxNodes = new Option<int>("--max-nodes") { Description = "Most nodes drawn, those of highest PageRank", DefaultValueFactory = _ => DefaultMaxNodes };
        var noLegend = new Option<bool>("--no-legend") { Description = "Leave the legend out" };
        var options = DotOptionSet.Create();
        var command = new Command("render", "Draw the graph with Graphviz as SVG, PNG or PDF: coloured by community or kind, with a legend")
        {
            output, layout, maxNodes, noLegend,
        };
        graph.AddTo(command);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var path = graph.Resolve(parse);
            if (parse.GetValue(maxNodes) < 1) throw new UserError("--max-nodes must be at least 1");
            var file = parse.GetValue(output) ?? GraphInput.Beside(path, "graph.svg");
            var format = Path.GetExtension(file).TrimStart('.').ToLowerInvariant();
            if (!GraphvizRenderer.Formats.Contains(format))
                throw new UserError($"{file}: give a file ending in .svg, .png or .pdf");
            var loaded = GraphJson.Read(path);
            if (loaded.ActorNodes.Any(n => n.Metrics is null)) loaded = GraphAnalysis.Annotate(loaded).Graph;
            var dotOptions = options.Read(parse) with { MaxNodes = parse.GetValue(maxNodes) };
            var (dot, drawn) = DotWriter.ToDot(loaded, dotOptions);
            if (drawn.Nodes.Count == 0) throw new UserError($"{path}: no relation to draw");
            var legend = parse.GetValue(noLegend) ? null : DotWriter.Legend(drawn, dotOptions);
            var picture = GraphvizRenderer.Render(dot, legend, parse.GetValue(layout)!, format);
            AtomicFile.Write(file, s => s.Write(picture));
            Console.WriteLine($"{file}: {drawn.Nodes.Count} nodes, {drawn.Edges.Count} relations, {picture.Length:N0} bytes ({parse.GetValue(layout)})");
            if (drawn.Omitted > 0)
                Console.Error.WriteLine($"kg: drew the {drawn.Nodes.Count} nodes of highest PageRank of {drawn.Candidates}; --max-nodes {drawn.Candidates} draws them all");
            return 0;
        });
        return command;
    }
}
