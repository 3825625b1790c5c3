using System.Text.RegularExpressions;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Pipeline;

/// <summary>The 10k-article corpus (dates as YYYY-MM-DD and DD/MM/YYYY) builds with every date in one form.</summary>
[TestClass]
public sealed class CorpusDatesTests
{
    private static readonly Regex Iso = new("^\\d{4}-\\d{2}-\\d{2}$");

    [TestMethod]
    public void The_10k_corpus_builds_with_every_date_iso_and_no_warning()
    {
        var corpus = Requires.Corpus();
        var warnings = new List<InputDiagnostic>();
        var result = GraphBuild.Run(ArticleReader.Read([corpus]), new BuildOptions(TestPaths.TempFolder(), Threads: 2), report: warnings.Add);
        Assert.IsEmpty(warnings, string.Join("\n", warnings.Take(5)));
        Assert.AreEqual(10_138L, result.Pipeline.Articles);
        var articles = result.Graph.Nodes.Where(n => n.Kind == KnowledgeGraph.Lexicon.ActorKind.Article).ToArray();
        Assert.HasCount(10_138, articles);
        Assert.IsTrue(articles.All(a => a.Date is { } d && Iso.IsMatch(d)), string.Join(", ", articles.Where(a => a.Date is null || !Iso.IsMatch(a.Date)).Take(5).Select(a => a.Date)));
        var dated = result.Graph.Edges.Where(e => e.FirstDate is not null).ToArray();
        Assert.IsNotEmpty(dated);
        foreach (var edge in dated)
        {
            Assert.IsTrue(Iso.IsMatch(edge.FirstDate!) && Iso.IsMatch(edge.LastDate!), $"{edge.FirstDate} … {edge.LastDate}");
            Assert.IsLessThanOrEqualTo(0, string.CompareOrdinal(edge.FirstDate, edge.LastDate), $"{edge.Source} {edge.Type} {edge.Target}: {edge.FirstDate} after {edge.LastDate}");
            Assert.IsTrue(edge.Evidence.All(e => e.Date is null || Iso.IsMatch(e.Date)));
        }
    }
}
