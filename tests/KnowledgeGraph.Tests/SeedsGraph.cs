using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests;

/// <summary>The graph of the seed articles, built through the library as `kg build` does.</summary>
internal static class SeedsGraph
{
    private static readonly Lazy<RelationGraph> All = new(() => Of(int.MaxValue));

    /// <summary>The graph of all five seeds (built once).</summary>
    public static RelationGraph Build() => All.Value;

    /// <summary>The graph of the first <paramref name="articles"/> seeds in id order.</summary>
    public static RelationGraph Of(int articles)
    {
        var extractor = RuleBasedExtractor.CreateDefault();
        var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default);
        foreach (var article in ArticleReader.ReadPaths([TestPaths.Seeds]).OrderBy(a => a.Id, StringComparer.Ordinal).Take(articles))
            builder.Add(extractor.Extract(article));
        return builder.Build();
    }
}
