using System.CommandLine;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg export graphml [GRAPH.json] [--out FILE] [--articles] [--from DATE] [--to DATE] [--drop-isolated]`: the graph as
/// GraphML for Gephi, Cytoscape, yEd, networkx and igraph; by default the relations graph kg analyze analyses.
/// </summary>
public static class ExportGraphMlCommand
{
    public static Command Create()
    {
        var graph = GraphInput.Create();
        var output = new Option<string?>("--out", "-o") { Description = "GraphML file to write (default: graph.graphml beside the graph)" };
        var articles = new Option<bool>("--articles") { Description = "Also the article nodes and their MENTIONS edges" };
        var from = new Option<string?>("--from") { Description = "Only sentences dated on or after this day (YYYY-MM-DD); metrics are computed for the window" };
        var to = new Option<string?>("--to") { Description = "Only sentences dated on or before this day (YYYY-MM-DD)" };
        var dropIsolated = new Option<bool>("--drop-isolated") { Description = "Leave out nodes without an edge in the export" };
        var command = new Command("graphml", "Write the graph as GraphML (Gephi, Cytoscape, yEd, networkx, igraph)")
        {
            output, articles, from, to, dropIsolated,
        };
        graph.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new GraphMlOptions
            {
                IncludeArticles = parse.GetValue(articles),
                From = AnalyzeCommand.Date(parse.GetValue(from), "--from"),
                To = AnalyzeCommand.Date(parse.GetValue(to), "--to"),
                DropIsolated = parse.GetValue(dropIsolated),
            };
            if (options.From is not null && options.To is not null && string.CompareOrdinal(options.From, options.To) > 0)
                throw new UserError($"--from {options.From} is after --to {options.To}");
            var path = graph.Resolve(parse);
            var target = parse.GetValue(output) ?? GraphInput.Beside(path, GraphBuild.GraphMlFile);
            var written = GraphMlWriter.Write(GraphJson.Read(path), target, options);
            Console.WriteLine($"{written.Nodes} nodes, {written.Edges} edges ({written.Mirrored} of them the reverse of a symmetric relation) → {target}");
            return 0;
        });
        return command;
    }
}
