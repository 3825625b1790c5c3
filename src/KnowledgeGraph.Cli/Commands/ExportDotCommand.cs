using System.CommandLine;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg export dot [GRAPH.json] [--out graph.dot]`: the graph as Graphviz DOT.</summary>
public static class ExportDotCommand
{
    public static Command Create()
    {
        var graph = GraphInput.Create();
        var output = new Option<string?>("--out", "-o") { Description = "DOT file to write (default: graph.dot beside the graph)" };
        var maxNodes = new Option<int?>("--max-nodes") { Description = "Most nodes written, those of highest PageRank (default: all)" };
        var options = DotOptionSet.Create();
        var command = new Command("dot", "Write the graph as Graphviz DOT (coloured by community or kind)") { output, maxNodes };
        graph.AddTo(command);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var path = graph.Resolve(parse);
            if (parse.GetValue(maxNodes) is < 1) throw new UserError("--max-nodes must be at least 1");
            var file = parse.GetValue(output) ?? GraphInput.Beside(path, "graph.dot");
            var dotOptions = options.Read(parse) with { MaxNodes = parse.GetValue(maxNodes) ?? int.MaxValue };
            var drawn = DotWriter.Write(GraphJson.Read(path), file, dotOptions);
            Console.WriteLine($"{file}: {drawn.Nodes.Count} nodes, {drawn.Edges.Count} relations");
            return 0;
        });
        return command;
    }
}

/// <summary>The DOT drawing options shared by `kg export dot` and `kg render`.</summary>
internal sealed record DotOptionSet(Option<bool> Articles, Option<DotColouring> Colour, Option<NodeLabels> Labels, Option<bool> EdgeLabels, Option<bool> EveryEdge)
{
    public static DotOptionSet Create() => new(
        new Option<bool>("--articles") { Description = "Draw article nodes and MENTIONS edges too" },
        new Option<DotColouring>("--colour") { Description = "Fill nodes by Community or Kind", DefaultValueFactory = _ => DotColouring.Community },
        new Option<NodeLabels>("--labels") { Description = "Name nodes in English, Arabic or Both", DefaultValueFactory = _ => NodeLabels.English },
        new Option<bool>("--edge-labels") { Description = "Write the relation types (with counts and directions) on the edges" },
        new Option<bool>("--every-edge") { Description = "One edge per relation type instead of one per pair of actors" });

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Articles, Colour, Labels, EdgeLabels, EveryEdge }) command.Options.Add(option);
    }

    public DotOptions Read(ParseResult parse) => new()
    {
        IncludeArticles = parse.GetValue(Articles),
        Colouring = parse.GetValue(Colour),
        Labels = parse.GetValue(Labels),
        EdgeLabels = parse.GetValue(EdgeLabels),
        EveryEdge = parse.GetValue(EveryEdge),
    };
}
