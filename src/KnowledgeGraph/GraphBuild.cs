using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph;

/// <summary>Options of a build: output folder, extraction threads, extra lexicon folder, evidence cap, article nodes.</summary>
public sealed record BuildOptions(
    string OutDir,
    int Threads = 0,
    string? LexiconFolder = null,
    int MaxEvidence = 20,
    ArticleNodes ArticleNodes = ArticleNodes.All)
{
    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;

    /// <summary>The files written from the analysed graph, besides triples.jsonl (see <see cref="BuildOutput"/>).</summary>
    public IReadOnlyList<BuildOutput> Outputs { get; init; } = BuildOutput.Defaults;

    /// <summary>Where the outputs are written; tests stand in a full disk.</summary>
    public IOutputFileSystem FileSystem { get; init; } = IOutputFileSystem.Real;

    /// <summary>Compute the metrics (PageRank, betweenness, communities) into the outputs; off for the fastest build.</summary>
    public bool ComputeMetrics { get; init; } = true;
}

/// <summary>
/// What a build produced: the pipeline's counts, the analysed graph, its analysis (null when the build was asked not
/// to compute metrics), and the files written (in order).
/// </summary>
public sealed record BuildResult(PipelineSummary Pipeline, RelationGraph Graph, GraphSummary Summary, AnalysisReport? Analysis,
    IReadOnlyList<string> Files, IReadOnlyList<string> Recovered)
{
    public string TriplesPath => Files[0];
}

/// <summary>Nothing could be read from the inputs: no output is written and earlier outputs are left as they were.</summary>
public sealed class NoArticlesException(string message) : Exception(message);

/// <summary>The steps of a build, reported as it enters each: read → analyse → write each output → put the set in place.</summary>
public enum BuildPhase { Reading, Analysing, Writing, Committing, Done }

/// <summary>A step of a build and, while writing, the file being written.</summary>
public readonly record struct BuildStep(BuildPhase Phase, string? File = null)
{
    public override string ToString() => Phase switch
    {
        BuildPhase.Reading => "reading and extracting",
        BuildPhase.Analysing => "analysing the graph",
        BuildPhase.Writing => $"writing {File}",
        BuildPhase.Committing => "putting the outputs in place",
        _ => "done",
    };
}

/// <summary>
/// <c>kg build</c> as a library call: inputs → <see cref="BuildPipeline"/> → triples.jsonl (in input order), then
/// the analysed graph's outputs (graph.json, graph.graphml, graph.html: <see cref="BuildOptions.Outputs"/>), all
/// in one <see cref="OutputSet"/>: the folder gets every file of this build or keeps the previous build's, whatever
/// stops the run (Ctrl-C before the set is put in place, a full disk, nothing readable). Outputs are byte-identical
/// for any thread count.
/// </summary>
public static class GraphBuild
{
    public const string TriplesFile = "triples.jsonl";
    public const string JsonFile = BuildOutput.JsonFile;
    public const string GraphMlFile = BuildOutput.GraphMlFile;
    public const string HtmlFile = BuildOutput.HtmlFile;

    /// <param name="phase">Called as the build enters each step; once it enters <see cref="BuildPhase.Committing"/>
    /// the cancellation token is no longer looked at (the renames are not interrupted half-way).</param>
    public static BuildResult Run(
        IEnumerable<ReadItem> input,
        BuildOptions options,
        IDocumentExtractor? extractor = null,
        Action<InputDiagnostic>? report = null,
        Action<PipelineProgress>? progress = null,
        CancellationToken cancellation = default,
        Action<BuildStep>? phase = null)
    {
        extractor ??= RuleBasedExtractor.CreateDefault(options.LexiconFolder);
        // The graph names its nodes from the lexicon the extractor found them with.
        var lexicon = extractor is RuleBasedExtractor ruleBased ? ruleBased.Lexicon
            : options.LexiconFolder is null ? ActorLexicon.Default : ActorLexicon.Load(options.LexiconFolder);
        var builder = new GraphBuilder(lexicon, GraphSchema.Default, new GraphBuilderOptions(
            MaxEvidencePerEdge: options.MaxEvidence, ArticleNodes: options.ArticleNodes));
        var pipeline = new BuildPipeline(extractor, new PipelineOptions(options.Threads));
        using var outputs = OutputSet.Begin(options.OutDir, options.FileSystem);
        phase?.Invoke(new BuildStep(BuildPhase.Reading));
        PipelineSummary? summary = null;
        outputs.Write(TriplesFile, stream =>
        {
            using var triples = new TriplesJsonlWriter(stream, GraphSchema.Default);
            summary = pipeline.Run(input, extraction =>
            {
                triples.WriteDocument(extraction);
                builder.Add(extraction);
            }, report, progress, cancellation);
            if (summary.Articles == 0)
                throw new NoArticlesException($"no article could be read ({summary.Skipped} input(s) skipped, {summary.Failed} failed)");
        });
        cancellation.ThrowIfCancellationRequested();
        phase?.Invoke(new BuildStep(BuildPhase.Analysing));
        var (graph, analysis) = options.ComputeMetrics
            ? GraphAnalysis.Annotate(builder.Build(), AnalysisOptionsFor(builder))
            : (builder.Build(), null);
        foreach (var output in options.Outputs)
        {
            cancellation.ThrowIfCancellationRequested();
            phase?.Invoke(new BuildStep(BuildPhase.Writing, output.Name));
            outputs.Write(output.Name, stream => output.Write(graph, stream));
        }
        cancellation.ThrowIfCancellationRequested();
        phase?.Invoke(new BuildStep(BuildPhase.Committing));
        outputs.Commit();
        phase?.Invoke(new BuildStep(BuildPhase.Done));
        return new BuildResult(summary!, graph, GraphSummary.Of(graph, GraphSchema.Default), analysis,
            outputs.Names.Select(outputs.PathOf).ToArray(), outputs.Recovered);
    }

    /// <summary>Above this many actors, betweenness is estimated from sampled sources: exact Brandes is O(V·E).</summary>
    private const int ExactBetweennessActors = 5_000;

    private static AnalysisOptions AnalysisOptionsFor(GraphBuilder builder) =>
        builder.ActorCount > ExactBetweennessActors ? AnalysisOptions.Default with { BetweennessSamples = 500 } : AnalysisOptions.Default;
}
