using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Graph;

[TestClass]
public sealed class GraphBuilderTests
{
    private static readonly ActorRef Rus = new("RUS", "RUS"), Arm = new("ARM", "ARM"), Aze = new("AZE", "AZE");

    private static DocumentExtraction Doc(string id, params (ActorRef S, string R, ActorRef O, int Sentence)[] relations) =>
        new(new Article(id, "t", "x", "2020-10-0" + id[^1]), 3,
            [new ActorMentionCount(Rus, 2)],
            relations.Select(r => new ExtractedRelation(r.S, r.R, r.O, new Evidence(id, r.Sentence, "s" + r.Sentence, "cue", null), "rule")).ToArray());

    [TestMethod]
    public void Merges_relations_across_documents_and_orients_symmetric_types()
    {
        var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default);
        builder.Add(Doc("d1", (Rus, "MEDIATES", Arm, 0), (Aze, "FIGHTS", Arm, 1), (Aze, "FIGHTS", Arm, 2)));
        builder.Add(Doc("d2", (Arm, "FIGHTS", Aze, 0), (Rus, "MEDIATES", Arm, 4)));
        var graph = builder.Build();

        var fights = graph.Edges.Single(e => e.Type == "FIGHTS");
        Assert.AreEqual(("ARM", "AZE"), (fights.Source, fights.Target));
        Assert.AreEqual(3, fights.Count);
        Assert.AreEqual(2, fights.DocCount);
        var mediates = graph.Edges.Single(e => e.Type == "MEDIATES");
        Assert.AreEqual(2, mediates.Count);
        CollectionAssert.AreEqual(new[] { "d1", "d2" }, mediates.Docs.ToArray());
        Assert.AreEqual("2020-10-01", mediates.FirstDate);
        Assert.AreEqual("2020-10-02", mediates.LastDate);
        Assert.IsTrue(graph.Nodes.Any(n => n.Id == "article:d1" && n.Kind == ActorKind.Article));
        Assert.AreEqual(2, graph.Edges.Count(e => e.Type == GraphSchema.Mentions));
    }

    [TestMethod]
    public void The_result_does_not_depend_on_the_order_articles_arrive_in()
    {
        var docs = Enumerable.Range(0, 30).Select(i => Doc("d" + i, (Rus, "MEDIATES", Arm, i % 5), (Arm, "FIGHTS", Aze, i))).ToArray();
        RelationGraph Build(IEnumerable<DocumentExtraction> order)
        {
            var b = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default, new GraphBuilderOptions(MaxEvidencePerEdge: 4, MaxDocsPerEdge: 7));
            foreach (var d in order) b.Add(d);
            return b.Build();
        }
        var forward = Build(docs);
        var backward = Build(docs.Reverse());
        Assert.HasCount(forward.Edges.Count, backward.Edges);
        foreach (var (a, b) in forward.Edges.Zip(backward.Edges))
        {
            Assert.AreEqual((a.Source, a.Type, a.Target, a.Count, a.DocCount), (b.Source, b.Type, b.Target, b.Count, b.DocCount));
            CollectionAssert.AreEqual(a.Docs.ToArray(), b.Docs.ToArray());
            CollectionAssert.AreEqual(a.Evidence.ToArray(), b.Evidence.ToArray());
        }
        Assert.HasCount(4, forward.Edges.First(e => e.Type == "MEDIATES").Evidence);
    }
}
