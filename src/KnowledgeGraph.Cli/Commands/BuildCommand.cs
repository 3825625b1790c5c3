using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg build INPUT... --out DIR`: articles to triples.jsonl, graph.json and graph.graphml, in parallel, with a
/// progress display and a summary. Inputs that cannot be read are reported and skipped; the exit code is non-zero
/// only when no article could be read.
/// </summary>
public static class BuildCommand
{
    /// <summary>Inputs larger than this (about 300 news articles) get a progress bar on a terminal.</summary>
    private const long ProgressBarBytes = 512 * 1024;

    public static readonly Option<int> Threads = new("--threads", "-t")
    {
        Description = "Extraction threads (default: one per processor)",
        DefaultValueFactory = _ => 0,
    };

    public static readonly Option<ArticleNodes> ArticleNodesOption = new("--article-nodes")
    {
        Description = "Which articles become nodes with MENTIONS edges: All, WithRelations or None (None keeps memory flat on millions of articles)",
        DefaultValueFactory = _ => ArticleNodes.All,
    };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders of .txt, .html and .jsonl articles; - reads JSONL from standard input", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var lexicon = new Option<string?>("--lexicon") { Description = "Folder of extra lexicon files (actors/, cues/ and words/ TSV), added to the built-in lexicons" };
        var maxEvidence = new Option<int>("--max-evidence") { Description = "Evidence sentences kept per edge", DefaultValueFactory = _ => 20 };
        var noHtml = new Option<bool>("--no-html") { Description = $"Do not write {GraphBuild.HtmlFile}, the interactive view" };
        var noAnalysis = new Option<bool>("--no-analysis") { Description = "Skip PageRank, betweenness and communities (no metrics in the outputs, no analysis tables)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems with the input and errors: no progress, summary or tables" };
        var neo4j = Neo4jOptionSet.ForBuild();
        var command = new Command("build", "Extract relations from articles and build the knowledge graph")
        {
            inputs, output, Threads, lexicon, maxEvidence, ArticleNodesOption, noHtml, noAnalysis, quiet,
        };
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(output)!, parse.GetValue(Threads), parse.GetValue(lexicon),
                parse.GetValue(maxEvidence), parse.GetValue(ArticleNodesOption))
            {
                Html = !parse.GetValue(noHtml),
                Title = TitleOf(parse.GetValue(inputs)!),
                ComputeMetrics = !parse.GetValue(noAnalysis),
            };
            // Before reading any article, so a bad address or a missing password fails at once.
            var neo4jConnection = neo4j.Connection(parse);
            var result = Run(parse.GetValue(inputs)!, options, parse.GetValue(quiet));
            if (result is null) return CancelledExitCode;
            return neo4jConnection is null ? 0 : Neo4jExportCommands.ExportToServer(result.Graph, neo4jConnection, neo4j.BatchSize(parse));
        });
        return command;
    }

    public const int CancelledExitCode = 130;

    /// <summary>The view's title: the inputs' names without extension (seeds, ant-news), or "standard input".</summary>
    private static string TitleOf(IEnumerable<string> inputs) => string.Join(", ", inputs.Select(i =>
        i == "-" ? "standard input" : Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(i))));

    /// <summary>Above this many articles the build suggests leaving article nodes out.</summary>
    private const long LargeCorpus = 100_000;

    /// <summary>Runs the build and prints its summary; null when cancelled with Ctrl-C (nothing half-written is left).</summary>
    public static BuildResult? Run(IReadOnlyList<string> inputs, BuildOptions options, bool quiet = false)
    {
        Validate(options);
        var console = Terminal.Create();
        var diagnostics = new Terminal.Diagnostics();
        using var ctrlC = new Terminal.CtrlC();
        var totalBytes = ArticleReader.TotalBytes(inputs);
        var items = ArticleReader.Read(inputs, options.Reader);
        BuildResult result;
        try
        {
            if (quiet)
                result = GraphBuild.Run(items, options, null, diagnostics.Report, null, ctrlC.Token);
            else if (!Console.IsOutputRedirected && totalBytes > ProgressBarBytes)
                result = WithProgressBar(console, totalBytes.Value, diagnostics,
                    progress => GraphBuild.Run(items, options, null, diagnostics.Report, progress, ctrlC.Token));
            else
            {
                var lines = new Terminal.PeriodicLines(TimeSpan.FromSeconds(2), totalBytes);
                result = GraphBuild.Run(items, options, null, diagnostics.Report, lines.Report, ctrlC.Token);
            }
        }
        catch (OperationCanceledException) when (ctrlC.Token.IsCancellationRequested)
        {
            diagnostics.Flush();
            Console.Error.WriteLine("kg: cancelled; earlier outputs were left as they were");
            return null;
        }
        catch (NoArticlesException e)
        {
            diagnostics.Flush();
            throw new UserError($"{string.Join(", ", inputs)}: {e.Message}");
        }
        diagnostics.Flush();
        if (quiet) return result;
        PrintSummary(console, result);
        if (result.Analysis is { } analysis) AnalysisConsole.Render(analysis, result.Graph, console);
        if (options.ArticleNodes == ArticleNodes.All && result.Pipeline.Articles > LargeCorpus)
            Console.Error.WriteLine($"kg: note: every article is a node, so memory grew with the corpus; for corpora of this size " +
                "--article-nodes WithRelations or None keeps it flat");
        return result;
    }

    private static void Validate(BuildOptions options)
    {
        if (options.Threads < 0) throw new UserError($"--threads {options.Threads}: must be 0 (one per processor) or more");
        if (options.MaxEvidence < 1) throw new UserError($"--max-evidence {options.MaxEvidence}: must be 1 or more");
        if (options.LexiconFolder is { } folder && !Directory.Exists(folder)) throw new UserError($"{folder}: no such lexicon folder");
    }

    private static BuildResult WithProgressBar(IAnsiConsole console, long totalBytes, Terminal.Diagnostics diagnostics,
        Func<Action<PipelineProgress>, BuildResult> run)
    {
        diagnostics.Hold = true;
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: totalBytes);
                var result = run(p =>
                {
                    var rate = p.Articles / Math.Max(p.Elapsed.TotalSeconds, 1e-3);
                    task.Description = $"{p.Articles:N0} articles, {rate:N0}/s, {p.Skipped + p.Failed:N0} skipped";
                    task.Value = Math.Min(p.Bytes, totalBytes);
                });
                task.Value = totalBytes;
                return result;
            });
    }

    private static void PrintSummary(IAnsiConsole console, BuildResult result)
    {
        var p = result.Pipeline;
        var s = result.Summary;
        var relationEdges = s.RelationsByType.Sum(t => t.Edges);
        Console.Out.WriteLine(
            $"{p.Articles:N0} articles, {p.Sentences:N0} sentences, {p.Relations:N0} relations → {s.Actors:N0} actors, " +
            $"{relationEdges:N0} relation edges, {s.ArticleNodes:N0} article nodes, {s.MentionEdges:N0} mention edges " +
            $"in {p.Elapsed.TotalSeconds:F1} s ({p.Sentences / Math.Max(p.Elapsed.TotalSeconds, 1e-3):N0} sentences/s)");
        if (p.Skipped + p.Failed > 0)
            Console.Out.WriteLine($"skipped: {p.Skipped:N0} input(s) that could not be read, {p.Failed:N0} article(s) whose extraction failed");
        if (s.RelationsByType.Count > 0)
        {
            var types = new Table().AddColumns("relation", "edges", "sentences");
            foreach (var t in s.RelationsByType) types.AddRow(t.Type, t.Edges.ToString("N0"), t.Sentences.ToString("N0"));
            console.Write(types);
        }
        if (s.TopActors.Count > 0)
        {
            var actors = new Table().AddColumns("actor", "code", "degree");
            foreach (var a in s.TopActors) actors.AddRow(Markup.Escape($"{a.NameEn} ({a.Id})"), Markup.Escape(a.Code), a.Degree.ToString("N0"));
            console.Write(actors);
        }
        string?[] written = [result.TriplesPath, result.JsonPath, result.GraphMlPath, result.HtmlPath];
        Console.Out.WriteLine($"wrote {string.Join(", ", written.OfType<string>())}");
    }
}
