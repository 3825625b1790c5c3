using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.View;

/// <summary>graph.html without a browser: what the page carries, what it leaves out, and that nothing in it reaches out.</summary>
[TestClass]
public sealed class HtmlViewTests
{
    internal static JsonElement Data(string html)
    {
        var match = Regex.Match(html, "<script type=\"application/json\" id=\"kg-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.IsTrue(match.Success, "the page has its data element");
        using var doc = JsonDocument.Parse(match.Groups[1].Value);
        return doc.RootElement.Clone();
    }

    private static RelationGraph TwoActors(GraphEdge edge) => RelationGraph.Ordered(
        [new GraphNode("A", ActorKind.Country, "A", "أ", "A"), new GraphNode("B", ActorKind.Country, "B", "ب", "B")], [edge]);

    private static string Page(RelationGraph graph, HtmlViewOptions? options = null)
    {
        using var stream = new MemoryStream();
        HtmlViewWriter.Write(graph, stream, options);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [TestMethod]
    public void The_page_carries_every_relation_of_the_seeds_with_its_sentences_and_articles()
    {
        var graph = GraphAnalysis.Annotate(SeedsGraph.Build()).Graph;
        var data = Data(Page(graph));
        var relations = graph.RelationEdges.ToArray();
        var actors = relations.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Count();
        Assert.AreEqual(relations.Length, data.GetProperty("edges").GetArrayLength());
        Assert.AreEqual(actors, data.GetProperty("nodes").GetArrayLength());
        Assert.AreEqual(0, data.GetProperty("omitted").GetInt32());
        var supports = data.GetProperty("edges").EnumerateArray().Single(e =>
            e.GetProperty("s").GetString() == "TUR" && e.GetProperty("t").GetString() == "AZE" && e.GetProperty("type").GetString() == "SUPPORTS");
        var expected = relations.Single(e => e is { Source: "TUR", Target: "AZE", Type: "SUPPORTS" });
        CollectionAssert.AreEqual(expected.Evidence.Select(e => e.Text).ToArray(),
            supports.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToArray());
        var doc = expected.Evidence[0].Doc;
        Assert.AreEqual(graph.Nodes.Single(n => n.Id == GraphBuilder.ArticleNodeId(doc)).Title,
            data.GetProperty("articles").GetProperty(doc).GetProperty("title").GetString());
        var turkey = data.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "TUR");
        Assert.AreEqual("تركيا", turkey.GetProperty("ar").GetString());
        Assert.IsTrue(turkey.GetProperty("pagerank").GetDouble() > 0);
        Assert.AreEqual(GraphSchema.Default.RelationTypes.Count, data.GetProperty("types").GetArrayLength());
    }

    [TestMethod]
    public void The_page_is_self_contained_and_the_library_is_the_pinned_one()
    {
        var html = Page(SeedsGraph.Build());
        var withoutData = Regex.Replace(html, "<script type=\"application/json\" id=\"kg-data\">.*?</script>", "", RegexOptions.Singleline);
        Assert.DoesNotMatchRegex(new Regex("<script[^>]+src=|<link[^>]+href=|@import|url\\(\\s*['\"]?(https?:)?//", RegexOptions.IgnoreCase), withoutData,
            "no script, style sheet or font is loaded from elsewhere");
        StringAssert.Contains(html, "default-src 'none'", "the page's policy forbids any request");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "web", "package.json")));
        var pinned = package.RootElement.GetProperty("dependencies").GetProperty("cytoscape").GetString();
        StringAssert.Contains(html, $"version=\"{pinned}\"", "the inlined cytoscape.js is the version package.json pins");
        StringAssert.Contains(html, "Copyright (c) 2016-", "the library's licence notice travels with it");
    }

    [TestMethod]
    public void The_vendored_build_is_the_one_npm_installs()
    {
        var installed = Path.Combine(TestPaths.RepoRoot, "web", "node_modules", "cytoscape", "dist", "cytoscape.min.js");
        Requires.NpmPackage("web", "cytoscape");
        CollectionAssert.AreEqual(File.ReadAllBytes(installed), File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "web", "vendor", "cytoscape.min.js")),
            "web/vendor/cytoscape.min.js is not the pinned build: run npm run vendor in web/");
        Assert.IsTrue(File.Exists(Path.Combine(TestPaths.RepoRoot, "web", "vendor", "cytoscape.LICENSE")));
    }

    [TestMethod]
    public void A_sentence_cannot_end_the_data_element_or_inject_markup()
    {
        var text = "قالت </script><script>alert(1)</script> & <b>";
        var graph = TwoActors(new GraphEdge("A", "B", "ACCUSES", 1, -2, false, 1, ["d"], null, null, [new Evidence("d", 0, text, "قالت", null)]));
        var html = Page(graph, new HtmlViewOptions { Title = "<title>" });
        Assert.AreEqual(3, Regex.Matches(html, "</script>").Count, "only the page's three script elements end");
        Assert.AreEqual(text, Data(html).GetProperty("edges")[0].GetProperty("evidence")[0].GetProperty("text").GetString());
        StringAssert.Contains(html, "<title>&lt;title&gt;</title>");
    }

    [TestMethod]
    public void Above_the_node_limit_the_actors_of_highest_pagerank_are_kept_and_counted()
    {
        var graph = GraphAnalysis.Annotate(SyntheticGraphs.RandomDirected(300, 900)).Graph;
        var data = Data(Page(graph, new HtmlViewOptions { MaxNodes = 50 }));
        var kept = data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet();
        Assert.AreEqual(50, kept.Count);
        var candidates = graph.RelationEdges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Count();
        Assert.AreEqual(candidates, data.GetProperty("candidates").GetInt32());
        Assert.AreEqual(candidates - 50, data.GetProperty("omitted").GetInt32());
        var lowestKept = graph.Nodes.Where(n => kept.Contains(n.Id)).Min(n => n.Metrics!.PageRank!.Value);
        Assert.IsTrue(graph.Nodes.Where(n => !kept.Contains(n.Id)).All(n => n.Metrics!.PageRank!.Value <= lowestKept));
        foreach (var e in data.GetProperty("edges").EnumerateArray())
            Assert.IsTrue(kept.Contains(e.GetProperty("s").GetString()!) && kept.Contains(e.GetProperty("t").GetString()!));
    }

    [TestMethod]
    public void Day_first_and_iso_dates_are_compared_as_dates()
    {
        Evidence At(string date) => new("d", 0, "نص", "قال", date);
        var graph = TwoActors(new GraphEdge("A", "B", "ACCUSES", 3, -2, false, 1, ["d"], "07/06/2017", "2017-06-05",
            [At("2017-06-05"), At("07/06/2017"), At("2017-06-06T10:00:00")]));
        var edge = Data(Page(graph)).GetProperty("edges")[0];
        Assert.AreEqual("2017-06-05", edge.GetProperty("first").GetString());
        Assert.AreEqual("2017-06-07", edge.GetProperty("last").GetString());
        CollectionAssert.AreEqual(new[] { "2017-06-05", "2017-06-07", "2017-06-06" },
            edge.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("date").GetString()).ToArray());
    }
}
