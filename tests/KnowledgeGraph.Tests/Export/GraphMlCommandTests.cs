using System.Xml.Linq;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Export;

/// <summary>`kg export graphml`: what each option puts in the file, and the one-line errors.</summary>
[TestClass]
public sealed class GraphMlCommandTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    private static string SeedsJson()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "graph.json");
        GraphJson.Write(SeedsGraph.Build(), path);
        return path;
    }

    private static (int Nodes, int Articles, int Edges) Read(string path)
    {
        var graph = XDocument.Load(path).Root!.Element(Ns + "graph")!;
        var kindKey = XDocument.Load(path).Root!.Elements(Ns + "key")
            .Single(k => (string)k.Attribute("for")! == "node" && (string)k.Attribute("attr.name")! == "kind").Attribute("id")!.Value;
        var nodes = graph.Elements(Ns + "node").ToList();
        var articles = nodes.Count(n => n.Elements(Ns + "data").Any(d => (string)d.Attribute("key")! == kindKey && d.Value == nameof(ActorKind.Article)));
        return (nodes.Count, articles, graph.Elements(Ns + "edge").Count());
    }

    [TestMethod]
    public void Default_is_the_relations_graph_next_to_the_input_and_articles_come_on_request()
    {
        var json = SeedsJson();
        var graph = GraphJson.Read(json);
        Assert.AreEqual(0, KgApp.Run(["export", "graphml", json]));
        var relations = Read(Path.Combine(Path.GetDirectoryName(json)!, "graph.graphml"));
        Assert.AreEqual(graph.ActorNodes.Count(), relations.Nodes);
        Assert.AreEqual(0, relations.Articles);
        var symmetric = graph.RelationEdges.Count(e => e.Symmetric && e.Source != e.Target);
        Assert.AreEqual(graph.RelationEdges.Count() + symmetric, relations.Edges, "relation edges, symmetric ones both ways, no MENTIONS");

        var withArticles = Path.Combine(Path.GetDirectoryName(json)!, "articles.graphml");
        Assert.AreEqual(0, KgApp.Run(["export", "graphml", json, "--articles", "--out", withArticles]));
        var all = Read(withArticles);
        Assert.AreEqual(graph.Nodes.Count, all.Nodes);
        Assert.AreEqual(graph.Nodes.Count(n => n.Kind == ActorKind.Article), all.Articles);
        Assert.AreEqual(graph.Edges.Count + symmetric, all.Edges);

        var connected = Path.Combine(Path.GetDirectoryName(json)!, "connected.graphml");
        Assert.AreEqual(0, KgApp.Run(["export", "graphml", json, "--drop-isolated", "--out", connected]));
        var linked = graph.RelationEdges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Count();
        Assert.AreEqual(linked, Read(connected).Nodes);
    }

    [TestMethod]
    public void A_window_keeps_what_is_dated_inside_it()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "graph.json");
        var graph = SyntheticGraphs.RandomDirected(100, 600, seed: 21);
        GraphJson.Write(graph, path);
        var output = Path.Combine(Path.GetDirectoryName(path)!, "q2.graphml");
        Assert.AreEqual(0, KgApp.Run(["export", "graphml", path, "--from", "2020-04-01", "--to", "2020-06-30", "--out", output]));
        var expected = GraphSelection.Select(graph, new GraphMlOptions { From = "2020-04-01", To = "2020-06-30" });
        Assert.IsTrue(expected.Edges.Count is > 0 and < 600);
        Assert.AreEqual(expected.Edges.Count + expected.Edges.Count(e => e.Symmetric), Read(output).Edges);
    }

    [TestMethod]
    public void Bad_dates_and_missing_files_stop_with_exit_code_2_and_write_nothing()
    {
        var json = SeedsJson();
        var output = Path.Combine(Path.GetDirectoryName(json)!, "never.graphml");
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "graphml", json, "--from", "2020-13-01", "--out", output]));
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "graphml", json, "--from", "2020-10-02", "--to", "2020-10-01", "--out", output]));
        Assert.AreEqual(UserError.ExitCode, KgApp.Run(["export", "graphml", json + ".missing", "--out", output]));
        Assert.IsFalse(File.Exists(output));
    }
}
