using System.CommandLine;
using System.Text;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

/// <summary>The `kg` command: its subcommands, and one place where user errors become a message and an exit code.</summary>
public static class KgApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("kg — Arabic news to an actor–relation–actor knowledge graph");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        var export = new Command("export", "Export a built graph (graph.json) to other formats and databases");
        export.Subcommands.Add(ExportDotCommand.Create());
        export.Subcommands.Add(ExportHtmlCommand.Create());
        foreach (var command in Neo4jExportCommands.Create()) export.Subcommands.Add(command);
        root.Subcommands.Add(export);
        return root;
    }

    public static int Run(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return CreateRoot().Parse(args).Invoke(config);
        }
        catch (Exception e) when (UserError.Describe(e) is { } message)
        {
            Console.Error.WriteLine($"kg: {message}");
            return UserError.ExitCode;
        }
    }
}
