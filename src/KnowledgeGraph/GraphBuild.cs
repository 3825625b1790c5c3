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

    /// <summary>Also write graph.html, the interactive view (on by default; `kg build --no-html` skips it).</summary>
    public bool Html { get; init; } = true;

    /// <summary>The title of graph.html (kg build names it after its inputs).</summary>
    public string Title { get; init; } = HtmlViewOptions.Default.Title;

    /// <summary>Compute the metrics (PageRank, betweenness, communities) into the outputs; off for the fastest build.</summary>
    public bool ComputeMetrics { get; init; } = true;
}

/// <summary>What a build produced: the pipeline's counts, the analysed graph, its analysis, and where the files are.</summary>
public sealed record BuildResult(PipelineSummary Pipeline, RelationGraph Graph, GraphSummary Summary, AnalysisReport? Analysis,
    string TriplesPath, string JsonPath, string GraphMlPath)
{
    /// <summary>graph.html, or null when the build was asked not to write it.</summary>
    public string? HtmlPath { get; init; }
}

/// <summary>Nothing could be read from the inputs: no output is written and earlier outputs are left as they were.</summary>
public sealed class NoArticlesException(string message) : Exception(message);

/// <summary>
/// <c>kg build</c> as a library call: inputs → <see cref="BuildPipeline"/> → triples.jsonl (in input order),
/// graph.json and graph.graphml, each written atomically. Outputs are byte-identical for any thread count.
/// </summary>
public static class GraphBuild
{
    public const string TriplesFile = "triples.jsonl";
    public const string JsonFile = "graph.json";
    public const string GraphMlFile = "graph.graphml";
    public const string HtmlFile = "graph.html";

    public static BuildResult Run(
        IEnumerable<ReadItem> input,
        BuildOptions options,
        IDocumentExtractor? extractor = null,
        Action<InputDiagnostic>? report = null,
        Action<PipelineProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        extractor ??= RuleBasedExtractor.CreateDefault(options.LexiconFolder);
        // The graph names its nodes from the lexicon the extractor found them with.
        var lexicon = extractor is RuleBasedExtractor ruleBased ? ruleBased.Lexicon
            : options.LexiconFolder is null ? ActorLexicon.Default : ActorLexicon.Load(options.LexiconFolder);
        var builder = new GraphBuilder(lexicon, GraphSchema.Default, new GraphBuilderOptions(
            MaxEvidencePerEdge: options.MaxEvidence, ArticleNodes: options.ArticleNodes));
        var pipeline = new BuildPipeline(extractor, new PipelineOptions(options.Threads));
        Directory.CreateDirectory(options.OutDir);
        var triplesPath = Path.Combine(options.OutDir, TriplesFile);
        PipelineSummary? summary = null;
        AtomicFile.Write(triplesPath, stream =>
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
        var (graph, analysis) = options.ComputeMetrics
            ? GraphAnalysis.Annotate(builder.Build(), AnalysisOptionsFor(builder))
            : (builder.Build(), null);
        var jsonPath = Path.Combine(options.OutDir, JsonFile);
        var graphMlPath = Path.Combine(options.OutDir, GraphMlFile);
        GraphJson.Write(graph, jsonPath);
        cancellation.ThrowIfCancellationRequested();
        GraphMlWriter.Write(graph, graphMlPath);
        var htmlPath = options.Html ? Path.Combine(options.OutDir, HtmlFile) : null;
        if (htmlPath is not null) HtmlViewWriter.Write(graph, htmlPath, new HtmlViewOptions { Title = options.Title });
        return new BuildResult(summary!, graph, GraphSummary.Of(graph, GraphSchema.Default), analysis, triplesPath, jsonPath, graphMlPath)
        {
            HtmlPath = htmlPath,
        };
    }

    /// <summary>Above this many actors, betweenness is estimated from sampled sources: exact Brandes is O(V·E).</summary>
    private const int ExactBetweennessActors = 5_000;

    private static AnalysisOptions AnalysisOptionsFor(GraphBuilder builder) =>
        builder.ActorCount > ExactBetweennessActors ? AnalysisOptions.Default with { BetweennessSamples = 500 } : AnalysisOptions.Default;
}
