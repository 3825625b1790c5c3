using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Graphs for the Neo4j tests: the seeds through the library and hostile names (large ones come from SyntheticGraphs).</summary>
internal static class Neo4jTestGraphs
{
    /// <summary>The graph of the seed articles (the first <paramref name="articles"/> of them in id order), built as kg build does.</summary>
    public static RelationGraph Seeds(int articles = int.MaxValue) =>
        articles == int.MaxValue ? SeedsGraph.Build() : SeedsGraph.Of(articles);

    /// <summary>Names and sentences that would break a statement built by splicing text: quotes, backticks, braces, keywords.</summary>
    public static readonly string[] HostileTexts =
    [
        "O'Brien \"the quoted\"",
        "`backtick` ``double``",
        "}) DETACH DELETE n //",
        "'; MATCH (n) DETACH DELETE n; //",
        "\"}]->(x) MERGE (y:Owned {by: 1}) RETURN y /*",
        "MERGE RETURN CREATE DELETE WITH UNWIND $rows {rows}",
        "روسيا تتوسط بين أرمينيا وأذربيجان؛ «الكرملين»",
        "back\\slash \\' \\\" ends with \\",
        "line one\nline two\r\ttabbed",
        "percent % and \\u0027 literally, semicolon; comma, pipe |",
        "emoji 🕊 and zero-width\u200Bjoiner",
    ];

    /// <summary>A small graph whose ids, names and evidence are the <see cref="HostileTexts"/>.</summary>
    public static RelationGraph Hostile(Func<string, bool>? leaveOut = null)
    {
        var texts = HostileTexts.Where(t => leaveOut is null || !leaveOut(t)).ToArray();
        var nodes = new List<GraphNode>();
        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i];
            nodes.Add(new GraphNode($"H{i:D2}:{text}", i % 2 == 0 ? ActorKind.NonState : ActorKind.Person, text, text, "X" + i)
            {
                Office = i % 2 == 1 ? text : null,
            });
        }
        nodes.Add(new GraphNode("article:" + texts[3], ActorKind.Article, texts[3], texts[6], "")
        {
            Title = texts[4], Date = "2020-10-31", Source = texts[0], Url = "https://example.org/a?b='c'&d=\"e\"",
        });
        var edges = new List<GraphEdge>();
        string[] types = ["MEDIATES", "FIGHTS", "SUPPORTS", "ACCUSES"];
        for (var i = 0; i + 1 < texts.Length; i++)
        {
            var type = GraphSchema.Default.Get(types[i % types.Length]);
            var evidence = new[] { new Evidence("doc;" + i, i, texts[i], texts[i + 1], "2020-10-31") };
            var (source, target) = (nodes[i].Id, nodes[i + 1].Id);
            if (type.Symmetric && string.CompareOrdinal(source, target) > 0) (source, target) = (target, source);
            edges.Add(new GraphEdge(source, target, type.Name, i + 1, type.Weight, type.Symmetric, 1, ["doc;" + i, texts[i]], "2020-10-31", "2020-11-01", evidence));
        }
        edges.Add(new GraphEdge(nodes[^1].Id, nodes[0].Id, GraphSchema.Mentions, 2, 0, false, 1, ["d"], "2020-10-31", "2020-10-31", []));
        return RelationGraph.Ordered(nodes, edges);
    }
}
