using System.CommandLine;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg export html [GRAPH.json] [--out graph.html]`: the interactive view, one self-contained page.</summary>
public static class ExportHtmlCommand
{
    public static Command Create()
    {
        var graph = GraphInput.Create();
        var output = new Option<string?>("--out", "-o") { Description = "HTML file to write (default: graph.html beside the graph)" };
        var maxNodes = new Option<int>("--max-nodes") { Description = "Most actors drawn (those of highest PageRank)", DefaultValueFactory = _ => HtmlViewOptions.Default.MaxNodes };
        var title = new Option<string?>("--title") { Description = "Title of the page (default: the graph's folder)" };
        var command = new Command("html", "Write the interactive view: one HTML file that opens offline in a browser (pan, zoom, filter, search, evidence)")
        {
            output, maxNodes, title,
        };
        graph.AddTo(command);
        command.SetAction(parse =>
        {
            var path = graph.Resolve(parse);
            if (parse.GetValue(maxNodes) < 1) throw new UserError("--max-nodes must be at least 1");
            var loaded = GraphJson.Read(path);
            var options = new HtmlViewOptions
            {
                MaxNodes = parse.GetValue(maxNodes),
                Title = parse.GetValue(title) ?? GraphInput.TitleOf(path),
            };
            var file = parse.GetValue(output) ?? GraphInput.Beside(path, "graph.html");
            var drawn = HtmlViewWriter.Write(loaded, file, options);
            Console.WriteLine($"{file}: {drawn.Nodes.Count} actors, {drawn.Edges.Count} relations");
            if (drawn.Omitted > 0)
                Console.Error.WriteLine($"kg: {drawn.Omitted} of {drawn.Candidates} actors left out (those of lowest PageRank); --max-nodes {drawn.Candidates} draws them all");
            return 0;
        });
        return command;
    }
}
