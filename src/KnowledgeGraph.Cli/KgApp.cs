using System.CommandLine;
using System.Text;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Export;

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
        export.Subcommands.Add(ExportGraphMlCommand.Create());
        foreach (var command in Neo4jExportCommands.Create()) export.Subcommands.Add(command);
        root.Subcommands.Add(export);
        return root;
    }

    /// <summary>Exit codes (the README's table): what a script calling kg can tell apart.</summary>
    public static class ExitCodes
    {
        public const int Done = 0;
        public const int InternalError = 1;
        public const int BadInput = 2;
        public const int OutputNotWritten = 3;
        public const int Neo4jFailed = 4;
    }

    public static int Run(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            var parse = CreateRoot().Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var line in ParseErrors.Describe(parse)) Console.Error.WriteLine($"kg: {line}");
                return ExitCodes.BadInput;
            }
            return parse.Invoke(config);
        }
        catch (OutputException e)
        {
            Console.Error.WriteLine($"kg: {e.Message}");
            return ExitCodes.OutputNotWritten;
        }
        catch (Neo4jException e)
        {
            Console.Error.WriteLine($"kg: Neo4j: {e.Message}");
            return ExitCodes.Neo4jFailed;
        }
        catch (Exception e) when (UserError.Describe(e) is { } message)
        {
            Console.Error.WriteLine($"kg: {message}");
            return UserError.ExitCode;
        }
        catch (Exception e)
        {
            // A fault of kg itself: one line, no stack trace unless asked for.
            Console.Error.WriteLine($"kg: internal error ({e.GetType().Name}: {FirstLine(e.Message)}); please report it with the command that caused it" +
                (Environment.GetEnvironmentVariable(TraceVariable) == "1" ? "" : $" (set {TraceVariable}=1 for the stack trace)"));
            if (Environment.GetEnvironmentVariable(TraceVariable) == "1") Console.Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Set to 1 to print the stack trace of an internal error.</summary>
    public const string TraceVariable = "KG_TRACE";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
