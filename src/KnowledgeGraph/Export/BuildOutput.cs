using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// A file <c>kg build</c> writes from the finished, analysed graph: its name in the output folder and its writer.
/// GraphBuild writes every one of <c>BuildOptions.Outputs</c> into the build's <see cref="OutputSet"/>, so a new
/// output joins the set by being listed here (or passed in the options): it is staged and put in place with
/// triples.jsonl and the others, or not at all.
/// </summary>
public sealed record BuildOutput(string Name, Action<RelationGraph, Stream> Write)
{
    public const string JsonFile = "graph.json";
    public const string GraphMlFile = "graph.graphml";
    public const string HtmlFile = "graph.html";

    public static BuildOutput Json { get; } = new(JsonFile, GraphJson.Write);

    public static BuildOutput GraphMl { get; } = new(GraphMlFile, (graph, stream) => GraphMlWriter.Write(graph, stream));

    /// <summary>graph.html, the interactive view, with the page's title and node limit.</summary>
    public static BuildOutput Html(HtmlViewOptions? options = null) =>
        new(HtmlFile, (graph, stream) => HtmlViewWriter.Write(graph, stream, options));

    /// <summary>The outputs written after the graph is analysed (triples.jsonl is written while reading).</summary>
    public static IReadOnlyList<BuildOutput> Defaults { get; } = [Json, GraphMl, Html()];

    /// <summary>The defaults, with graph.html titled <paramref name="title"/>, or without it when <paramref name="html"/> is false.</summary>
    public static IReadOnlyList<BuildOutput> For(bool html, string title) =>
        html ? [Json, GraphMl, Html(new HtmlViewOptions { Title = title })] : [Json, GraphMl];
}
