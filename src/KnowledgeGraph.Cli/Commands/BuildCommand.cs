using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg build INPUT... --out DIR`: articles to triples.jsonl, graph.json, graph.graphml and graph.html, in parallel, with a
/// progress display and a summary. Inputs that cannot be read are reported and skipped; the exit code is non-zero
/// only when no article could be read, the outputs could not be written or the run was interrupted (see the README's
/// exit codes), and then the output folder is as it was.
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

    public static readonly Option<string?> EncodingOption = new("--encoding")
    {
        Description = "Encoding of inputs without a byte-order mark, e.g. utf-8, windows-1256, iso-8859-6, utf-16le (default: decided for each file, or JSONL line, on its bytes)",
    };

    public static readonly Option<int> MaxWarnings = new("--max-warnings")
    {
        Description = "Warnings printed about inputs that were skipped or repaired; the rest are counted",
        DefaultValueFactory = _ => Terminal.Diagnostics.DefaultLimit,
    };

    /// <summary>The reader options of --encoding (null: decide on the evidence).</summary>
    public static ReaderOptions ReaderOptionsOf(ParseResult parse)
    {
        if (parse.GetValue(EncodingOption) is not { } name) return ReaderOptions.Default;
        var encoding = TextDecoder.Named(name)
            ?? throw new UserError($"--encoding {name}: not an encoding kg knows; give e.g. utf-8, windows-1256, iso-8859-6 or utf-16le");
        return ReaderOptions.Default with { Encoding = encoding };
    }

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
            inputs, output, Threads, lexicon, maxEvidence, ArticleNodesOption, EncodingOption, MaxWarnings, noHtml, noAnalysis, quiet,
        };
        neo4j.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(output)!, parse.GetValue(Threads), parse.GetValue(lexicon),
                parse.GetValue(maxEvidence), parse.GetValue(ArticleNodesOption))
            {
                Reader = ReaderOptionsOf(parse),
                Outputs = BuildOutput.For(html: !parse.GetValue(noHtml), TitleOf(parse.GetValue(inputs)!)),
                ComputeMetrics = !parse.GetValue(noAnalysis),
            };
            // Before reading any article, so a bad address, a missing password or an empty tag fails at once.
            var load = neo4j.Load(parse);
            var neo4jConnection = neo4j.Connection(parse);
            var (result, exitCode) = Run(parse.GetValue(inputs)!, options, parse.GetValue(MaxWarnings), parse.GetValue(quiet));
            if (result is null) return exitCode;
            return neo4jConnection is null ? 0
                : Neo4jExportCommands.ExportToServer(result.Graph, neo4jConnection, neo4j.BatchSize(parse), load.Clear, load.Tag);
        });
        return command;
    }

    /// <summary>The view's title: the inputs' names without extension (seeds, ant-news), or "standard input".</summary>
    private static string TitleOf(IEnumerable<string> inputs) => string.Join(", ", inputs.Select(i =>
        i == "-" ? "standard input" : Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(i))));

    /// <summary>Above this many articles the build suggests leaving article nodes out.</summary>
    private const long LargeCorpus = 100_000;

    /// <summary>
    /// Runs the build and prints its summary (with <paramref name="quiet"/>, only problems and errors). Null and the
    /// exit code (130, 143) when a signal stopped it: before the outputs were put in place the folder is as it was;
    /// after, the new set is in place and only the summary is skipped.
    /// </summary>
    public static (BuildResult? Result, int ExitCode) Run(IReadOnlyList<string> inputs, BuildOptions options,
        int maxWarnings = Terminal.Diagnostics.DefaultLimit, bool quiet = false)
    {
        Validate(options, maxWarnings);
        var console = Terminal.Create();
        var diagnostics = new Terminal.Diagnostics(maxWarnings);
        using var interrupt = new Terminal.Interrupt();
        var totalBytes = ArticleReader.TotalBytes(inputs);
        var items = ArticleReader.Read(inputs, options.Reader);
        var step = new BuildStep(BuildPhase.Reading);
        BuildResult result;
        try
        {
            if (quiet)
                result = GraphBuild.Run(items, options, null, diagnostics.Report, null, interrupt.Token, s => step = s);
            else if (!Console.IsOutputRedirected && totalBytes > ProgressBarBytes)
                result = WithProgressBar(console, totalBytes.Value, diagnostics,
                    progress => GraphBuild.Run(items, options, null, diagnostics.Report, progress, interrupt.Token, s => step = s));
            else
            {
                var lines = new Terminal.PeriodicLines(TimeSpan.FromSeconds(2), totalBytes);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                result = GraphBuild.Run(items, options, null, diagnostics.Report, lines.Report, interrupt.Token, s =>
                {
                    step = s;
                    lines.Enter(s, clock.Elapsed);
                });
            }
        }
        catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
        {
            diagnostics.Flush();
            Console.Error.WriteLine($"kg: {interrupt.Name} while {step}; nothing in {options.OutDir} was changed");
            return (null, interrupt.ExitCode);
        }
        catch (NoArticlesException e)
        {
            diagnostics.Flush();
            throw new UserError($"{string.Join(", ", inputs)}: {e.Message}; nothing in {options.OutDir} was changed");
        }
        catch (OutputException)
        {
            diagnostics.Flush();
            throw;
        }
        diagnostics.Flush();
        if (result.Recovered.Count > 0)
            Console.Error.WriteLine($"kg: note: an earlier run into {options.OutDir} was stopped while putting its outputs in place; " +
                $"completed it ({string.Join(", ", result.Recovered)}) before writing this one's");
        if (interrupt.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine($"kg: {interrupt.Name} after the new outputs were put in place in {options.OutDir}; summary skipped");
            return (null, interrupt.ExitCode);
        }
        if (quiet) return (result, 0);
        PrintSummary(console, result);
        if (result.Analysis is { } analysis) AnalysisConsole.Render(analysis, result.Graph, console);
        if (options.ArticleNodes == ArticleNodes.All && result.Pipeline.Articles > LargeCorpus)
            Console.Error.WriteLine($"kg: note: every article is a node, so memory grew with the corpus; for corpora of this size " +
                "--article-nodes WithRelations or None keeps it flat");
        return (result, 0);
    }

    private static void Validate(BuildOptions options, int maxWarnings)
    {
        if (maxWarnings < 0) throw new UserError($"--max-warnings {maxWarnings}: must be 0 or more");
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
        if (p.Warnings > 0)
            Console.Out.WriteLine($"repaired: {p.Warnings:N0} article(s) read with a warning (bad bytes replaced, a date or field left out)");
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
        Console.Out.WriteLine($"wrote {string.Join(", ", result.Files)}");
    }
}
