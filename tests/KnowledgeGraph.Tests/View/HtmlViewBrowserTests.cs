using System.Text.Json;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.View;

/// <summary>
/// graph.html as an analyst uses it, in headless Debian Chromium driven by Playwright (web/test/drive-view.mjs) with
/// every request off 127.0.0.1 refused: it loads offline, finds actors by English, Arabic, partial and misspelt
/// names, shows the sentences of a clicked edge right to left with their article, and filters by tone, type and date.
/// The screenshot is kept with the test results.
/// </summary>
[TestClass]
public sealed class HtmlViewBrowserTests
{
    public TestContext TestContext { get; set; } = null!;

    private static readonly string Driver = Path.Combine(TestPaths.RepoRoot, "web", "test", "drive-view.mjs");

    /// <summary>Skips, naming what is missing, unless node, Chromium and web/node_modules are there; node's path.</summary>
    internal static string RequireBrowser()
    {
        Requires.Chromium();
        Requires.NpmPackage("web", "playwright-core");
        return Requires.OnPath("node")!;
    }

    /// <summary>The seeds graph with a date per article (2020-09-27, -28, …), so the date filter has something to do.</summary>
    private static RelationGraph DatedSeeds()
    {
        var graph = GraphAnalysis.Annotate(SeedsGraph.Build()).Graph;
        var docs = graph.Edges.SelectMany(e => e.Docs).Distinct().Order(StringComparer.Ordinal).ToList();
        string DateOf(string doc) => new DateOnly(2020, 9, 27).AddDays(docs.IndexOf(doc)).ToString("yyyy-MM-dd");
        var edges = graph.Edges.Select(e =>
        {
            var evidence = e.Evidence.Select(ev => ev with { Date = DateOf(ev.Doc) }).ToArray();
            var dates = evidence.Select(ev => ev.Date!).Order(StringComparer.Ordinal).ToArray();
            return e with { Evidence = evidence, FirstDate = dates.FirstOrDefault(), LastDate = dates.LastOrDefault() };
        });
        return graph with { Edges = edges.ToArray() };
    }

    [TestMethod]
    public void An_analyst_finds_an_actor_reads_the_sentences_of_an_edge_and_filters_offline()
    {
        var node = RequireBrowser();
        var folder = TestPaths.TempFolder();
        var graph = DatedSeeds();
        var html = Path.Combine(folder, "graph.html");
        HtmlViewWriter.Write(graph, html, new HtmlViewOptions { Title = "seeds" });
        var screenshot = Path.Combine(folder, "html-view.png");
        var plan = Path.Combine(folder, "plan.json");
        File.WriteAllText(plan, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["html"] = html, ["screenshot"] = screenshot,
            ["search"] = new[] { "Rusia", "Lavr", "تركيا", "Turkey" },
            ["edge"] = new Dictionary<string, string> { ["source"] = "TUR", ["target"] = "AZE", ["type"] = "SUPPORTS" },
            ["filters"] = true, ["dateTo"] = "2020-09-28",
        }));
        var (code, stdout, stderr) = ChildProcess.Run(node, [Driver, plan]);
        Assert.AreEqual(0, code, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var r = doc.RootElement;
        TestContext.AddResultFile(screenshot);

        Assert.AreEqual(0, r.GetProperty("errors").GetArrayLength(), r.GetProperty("errors").ToString());
        Assert.AreEqual(0, r.GetProperty("refused").GetArrayLength(), "the page asked for nothing beyond itself: " + r.GetProperty("refused"));
        CollectionAssert.AreEqual(new[] { new Uri(html).AbsoluteUri }, r.GetProperty("requests").EnumerateArray().Select(x => x.GetString()).ToArray());
        Assert.AreEqual("seeds", r.GetProperty("title").GetString());

        var searches = r.GetProperty("searches").EnumerateArray().ToArray();
        StringAssert.Contains(searches[0].GetProperty("message").GetString(), "Did you mean Russia");
        Assert.AreEqual("person:sergey_lavrov", searches[1].GetProperty("selected")[0].GetString(), "a partial English name");
        Assert.AreEqual("TUR", searches[2].GetProperty("selected")[0].GetString(), "an Arabic name");
        Assert.AreEqual("Turkey", searches[3].GetProperty("heading").GetString());

        Assert.IsTrue(r.GetProperty("edgeSelected").GetBoolean(), $"a click on the edge selects it ({r.GetProperty("clicks")} clicks)");
        Assert.AreEqual("Turkey → Azerbaijan", r.GetProperty("edgeHeading").GetString());
        Assert.AreEqual("SUPPORTS", r.GetProperty("edgeType").GetString());
        var edge = graph.Edges.Single(e => e is { Source: "TUR", Target: "AZE", Type: "SUPPORTS" });
        var shown = r.GetProperty("sentences").EnumerateArray().ToArray();
        CollectionAssert.AreEqual(edge.Evidence.Select(e => e.Text).ToArray(), shown.Select(s => s.GetProperty("text").GetString()).ToArray());
        Assert.IsTrue(shown.All(s => s.GetProperty("direction").GetString() == "rtl" && s.GetProperty("lang").GetString() == "ar"));
        Assert.IsTrue(shown.All(s => s.GetProperty("marked").GetArrayLength() > 0), "the cue is marked in every sentence");
        var articles = r.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var first = edge.Evidence[0];
        StringAssert.Contains(articles[0], first.Doc);
        StringAssert.Contains(articles[0], first.Date!);
        StringAssert.Contains(articles[0], graph.Nodes.Single(n => n.Id == GraphBuilder.ArticleNodeId(first.Doc)).Title!);

        var relations = graph.RelationEdges.ToArray();
        var schema = GraphSchema.Default;
        int Count(Func<GraphEdge, bool> where) => relations.Count(where);
        var filters = r.GetProperty("filters");
        Assert.AreEqual(relations.Length, filters.GetProperty("all").GetProperty("edges").GetInt32());
        Assert.AreEqual(0, filters.GetProperty("withoutConflict").GetProperty("conflict").GetInt32());
        Assert.AreEqual(Count(e => schema.Get(e.Type).Polarity == Polarity.Cooperation), filters.GetProperty("withoutConflict").GetProperty("edges").GetInt32());
        Assert.AreEqual(0, filters.GetProperty("noTypes").GetProperty("edges").GetInt32());
        var oneType = filters.GetProperty("oneType");
        Assert.AreEqual(Count(e => e.Type == oneType.GetProperty("type").GetString()), oneType.GetProperty("edges").GetInt32());
        Assert.AreEqual(Count(e => string.CompareOrdinal(e.FirstDate, "2020-09-28") <= 0), filters.GetProperty("until").GetProperty("edges").GetInt32());
        Assert.IsTrue(filters.GetProperty("until").GetProperty("edges").GetInt32() < relations.Length, "the date filter hides the later relations");

        Assert.IsTrue(new FileInfo(screenshot).Length > 20_000, "a screenshot of the page");
    }
}
