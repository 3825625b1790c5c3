using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>The graph of the five seed articles, built through the library as `kg build` does.</summary>
internal static class SeedsGraph
{
    private static readonly Lazy<RelationGraph> Graph = new(() =>
    {
        var extractor = RuleBasedExtractor.CreateDefault();
        var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default);
        foreach (var article in ArticleReader.ReadPaths([TestPaths.Seeds])) builder.Add(extractor.Extract(article));
        return builder.Build();
    });

    public static RelationGraph Build() => Graph.Value;
}
