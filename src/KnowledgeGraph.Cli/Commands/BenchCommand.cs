using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg bench INPUT... [--repeat N] [--threads T]`: times each stage of a build — read alone, then read → extract →
/// merge end to end (with extraction and merge time broken out), then each export — and prints articles, sentences,
/// MB, seconds, sentences/s, MB/s and the peak working set of each stage. --repeat streams the input N times with new
/// ids, generated on the fly. The CPU columns (process CPU time during the stage, all threads) are less sensitive to
/// other load on the machine than wall-clock seconds.
/// </summary>
public static class BenchCommand
{
    /// <summary>One row of the report. Seconds of "extract" are summed over the extraction threads.</summary>
    /// <summary>One row of the report. CpuSeconds is the process's CPU time during the stage (null for rows broken out of a stage).</summary>
    public sealed record StageTiming(string Stage, long Articles, long Sentences, double Megabytes, double Seconds, long PeakBytes, double? CpuSeconds = null);

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders of articles, as for kg build", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat", "-r") { Description = "Stream the input this many times, with new ids each pass", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out", "-o") { Description = "Keep the outputs in this folder (default: a temporary folder, deleted)" };
        var command = new Command("bench", "Measure the speed and memory of each build stage")
        {
            inputs, repeat, BuildCommand.Threads, BuildCommand.ArticleNodesOption, BuildCommand.EncodingOption, output,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(repeat);
            if (n < 1) throw new UserError($"--repeat {n}: must be 1 or more");
            var threads = parse.GetValue(BuildCommand.Threads);
            if (threads < 0) throw new UserError($"--threads {threads}: must be 0 (one per processor) or more");
            var rows = Run(parse.GetValue(inputs)!, n, threads, parse.GetValue(BuildCommand.ArticleNodesOption), parse.GetValue(output),
                BuildCommand.ReaderOptionsOf(parse));
            Print(Terminal.Create(), rows);
            return 0;
        });
        return command;
    }

    public static IReadOnlyList<StageTiming> Run(IReadOnlyList<string> inputs, int repeat, int threads, ArticleNodes articleNodes, string? outDir,
        ReaderOptions? reader = null)
    {
        var pipelineOptions = new PipelineOptions(threads);
        Console.Out.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}; " +
            $"{pipelineOptions.EffectiveThreads} extraction thread(s), {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"article nodes: {articleNodes}, input × {repeat}");
        var rows = new List<StageTiming>();
        var folder = outDir ?? Path.Combine(Path.GetTempPath(), $"kg-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            IEnumerable<ReadItem> Input() => RepeatedInput.Repeat(() => ArticleReader.Read(inputs, reader), repeat);

            var setup = Measure(() => (RuleBasedExtractor.CreateDefault(), ActorLexicon.Default, GraphSchema.Default));
            var extractor = setup.Value.Item1;
            rows.Add(new StageTiming("load lexicon and patterns", 0, 0, 0, setup.Seconds, setup.Peak, setup.Cpu));

            var read = Measure(() =>
            {
                long articles = 0, bytes = 0;
                foreach (var item in Input())
                {
                    bytes += item.Bytes;
                    if (item.Article is not null) articles++;
                }
                return (articles, bytes);
            });

            var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default, new GraphBuilderOptions(ArticleNodes: articleNodes));
            long triplesTicks = 0, addTicks = 0;
            var triplesPath = Path.Combine(folder, GraphBuild.TriplesFile);
            var run = Measure(() =>
            {
                PipelineSummary? summary = null;
                AtomicFile.Write(triplesPath, stream =>
                {
                    using var triples = new TriplesJsonlWriter(stream, GraphSchema.Default);
                    summary = new BuildPipeline(extractor, pipelineOptions).Run(Input(), extraction =>
                    {
                        var t0 = Stopwatch.GetTimestamp();
                        triples.WriteDocument(extraction);
                        var t1 = Stopwatch.GetTimestamp();
                        builder.Add(extraction);
                        triplesTicks += t1 - t0;
                        addTicks += Stopwatch.GetTimestamp() - t1;
                    });
                });
                return summary!;
            });
            var p = run.Value;
            var inputMb = p.Bytes / 1e6;
            rows.Add(new StageTiming("read", read.Value.articles, p.Sentences, read.Value.bytes / 1e6, read.Seconds, read.Peak, read.Cpu));

            var build = Measure(builder.Build);
            var graph = build.Value;
            rows.Add(new StageTiming("read → extract → merge (end to end)", p.Articles, p.Sentences, inputMb, run.Seconds + build.Seconds, Math.Max(run.Peak, build.Peak), run.Cpu + build.Cpu));
            rows.Add(new StageTiming($"  extract (summed over {pipelineOptions.EffectiveThreads} thread(s))", p.Articles, p.Sentences, inputMb, p.ExtractTime.TotalSeconds, run.Peak));
            rows.Add(new StageTiming("  merge (graph builder add + build)", p.Articles, p.Sentences, inputMb, Stopwatch.GetElapsedTime(0, addTicks).TotalSeconds + build.Seconds, Math.Max(run.Peak, build.Peak)));
            rows.Add(new StageTiming("  export triples.jsonl (during merge)", p.Articles, p.Sentences, new FileInfo(triplesPath).Length / 1e6, Stopwatch.GetElapsedTime(0, triplesTicks).TotalSeconds, run.Peak));

            var jsonPath = Path.Combine(folder, GraphBuild.JsonFile);
            var json = Measure(() => { GraphJson.Write(graph, jsonPath); return 0; });
            rows.Add(new StageTiming($"export graph.json ({graph.Nodes.Count:N0} nodes, {graph.Edges.Count:N0} edges)", p.Articles, p.Sentences, new FileInfo(jsonPath).Length / 1e6, json.Seconds, json.Peak, json.Cpu));
            var graphMlPath = Path.Combine(folder, GraphBuild.GraphMlFile);
            var graphMl = Measure(() => { GraphMlWriter.Write(graph, graphMlPath); return 0; });
            rows.Add(new StageTiming("export graph.graphml", p.Articles, p.Sentences, new FileInfo(graphMlPath).Length / 1e6, graphMl.Seconds, graphMl.Peak, graphMl.Cpu));
            if (p.Skipped + p.Failed > 0)
                Console.Out.WriteLine($"skipped: {p.Skipped:N0} input(s) that could not be read, {p.Failed:N0} article(s) whose extraction failed");
            return rows;
        }
        finally
        {
            if (outDir is null) Directory.Delete(folder, recursive: true);
        }
    }

    private readonly record struct Measured<T>(T Value, double Seconds, long Peak, double Cpu);

    /// <summary>Runs one stage after a full collection, with the peak working set reset where the platform allows.</summary>
    private static Measured<T> Measure<T>(Func<T> stage)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        PeakMemory.Reset();
        var cpu = CpuSeconds();
        var clock = Stopwatch.StartNew();
        var value = stage();
        var seconds = clock.Elapsed.TotalSeconds;
        return new Measured<T>(value, seconds, PeakMemory.Bytes(), CpuSeconds() - cpu);
    }

    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "unknown"; }
    }

    public static void Print(IAnsiConsole console, IReadOnlyList<StageTiming> rows)
    {
        var table = new Table().AddColumns("stage", "articles", "sentences", "MB", "seconds", "sentences/s", "MB/s", "peak MB", "CPU s", "sentences/CPU s");
        foreach (var r in rows)
        {
            var rate = r.Seconds > 0 ? r.Sentences / r.Seconds : 0;
            var mbs = r.Seconds > 0 ? r.Megabytes / r.Seconds : 0;
            table.AddRow(Markup.Escape(r.Stage), r.Articles.ToString("N0"), r.Sentences.ToString("N0"), r.Megabytes.ToString("F1"),
                r.Seconds.ToString("F3"), rate.ToString("N0"), mbs.ToString("F1"), (r.PeakBytes / 1e6).ToString("F0"),
                r.CpuSeconds?.ToString("F3") ?? "", r.CpuSeconds is > 0 and var cpu ? (r.Sentences / cpu).ToString("N0") : "");
        }
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        Console.Out.WriteLine($"process peak working set: {rows.Max(r => r.PeakBytes) / 1e6:F0} MB; garbage collections gen0/gen1/gen2: " +
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalAllocatedBytes() / 1e9:F1} GB allocated, " +
            $"{GC.GetTotalPauseDuration().TotalSeconds:F2} s paused");
    }
}
