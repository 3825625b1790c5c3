using System.CommandLine;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg export dot GRAPH.json --out graph.dot`: the graph as Graphviz DOT.</summary>
public static class ExportDotCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("graph") { Description = "graph.json written by kg build" };
        var output = new Option<string>("--out", "-o") { Description = "DOT file to write", DefaultValueFactory = _ => "graph.dot" };
        var options = DotOptionSet.Create();
        var command = new Command("dot", "Write the graph as Graphviz DOT (coloured by community or kind)") { input, output };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var graph = GraphJson.Read(parse.GetValue(input)!);
            DotWriter.Write(graph, parse.GetValue(output)!, options.Read(parse));
            return 0;
        });
        return command;
    }
}

/// <summary>The DOT drawing options shared by `kg export dot` and `kg render`.</summary>
internal sealed record DotOptionSet(Option<bool> Articles, Option<DotColouring> Colour)
{
    public static DotOptionSet Create() => new(
        new Option<bool>("--articles") { Description = "Draw article nodes and MENTIONS edges too" },
        new Option<DotColouring>("--colour") { Description = "Fill nodes by Community or Kind", DefaultValueFactory = _ => DotColouring.Community });

    public void AddTo(Command command)
    {
        command.Options.Add(Articles);
        command.Options.Add(Colour);
    }

    public DotOptions Read(ParseResult parse) => new() { IncludeArticles = parse.GetValue(Articles), Colouring = parse.GetValue(Colour) };
}
