using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>`kg analyze`, `kg export dot` and `kg render` run as the user runs them (a separate process).</summary>
[TestClass]
public sealed class AnalysisCommandsTests
{
    private static (int Code, string Out, string Err) Kg(params string[] args) => KgWithPath(null, args);

    private static (int Code, string Out, string Err) KgWithPath(string? path, params string[] args)
    {
        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var environment = new Dictionary<string, string> { ["COLUMNS"] = "200" };
        if (path is not null) environment["PATH"] = path;
        return ChildProcess.Run(dotnet, [Path.Combine(AppContext.BaseDirectory, "kg.dll"), .. args], environment);
    }

    private static string CaucasusJson()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "graph.json");
        GraphJson.Write(SampleGraphs.Caucasus(), path);
        return path;
    }

    [TestMethod]
    public void Analyze_prints_tables_and_writes_metrics_into_graph_json_and_graphml()
    {
        var path = CaucasusJson();
        var (code, output, err) = Kg("analyze", path);
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "PageRank");
        StringAssert.Contains(output, "Top conflict dyads");
        StringAssert.Contains(output, "ARM name – AZE name");
        StringAssert.Contains(output, "1/2 triads balanced");
        var graph = GraphJson.Read(path);
        Assert.IsTrue(graph.Nodes.All(n => n.Metrics?.PageRank is not null && n.Metrics.Community is not null));
        var graphml = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "graph.graphml"));
        StringAssert.Contains(graphml, "attr.name=\"pagerank\"");
        StringAssert.Contains(graphml, "<data key=\"n_pagerank\">");
    }

    [TestMethod]
    public void Actor_profile_lists_allies_adversaries_and_sentences()
    {
        var (code, output, err) = Kg("analyze", CaucasusJson(), "--actor", "ARM", "--no-write");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "Adversaries");
        StringAssert.Contains(output, "AZE name");
        StringAssert.Contains(output, "اشتباكات بين أرمينيا وأذربيجان");
    }

    [TestMethod]
    public void State_level_and_time_window_change_what_is_analysed()
    {
        var path = CaucasusJson();
        var (code, output, err) = Kg("analyze", path, "--state-level", "--no-write");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "5 actors, 6 relation edges");
        (code, output, err) = Kg("analyze", path, "--from", "2020-10-01", "--to", "2020-10-31", "--no-write");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "6 actors, 2 relation edges");
        (code, _, err) = Kg("analyze", path, "--from", "yesterday");
        Assert.AreEqual(2, code);
        StringAssert.Contains(err, "--from: 'yesterday' is not a date");
    }

    [TestMethod]
    public void Connect_prints_the_path_with_its_evidence()
    {
        var (code, output, err) = Kg("analyze", CaucasusJson(), "--actor", "TUR", "--connect", "RUS", "--no-write");
        Assert.AreEqual(0, code, err);
        StringAssert.Matches(output, new System.Text.RegularExpressions.Regex("TUR name — (ARM|AZE) name — RUS name \\(2 hops\\)"));
        StringAssert.Contains(output, "RUS name MEDIATES");
    }

    [TestMethod]
    public void Unknown_actor_and_missing_file_are_one_line_errors()
    {
        var (code, _, err) = Kg("analyze", CaucasusJson(), "--actor", "XYZ", "--no-write");
        Assert.AreEqual(2, code);
        StringAssert.Contains(err, "no actor 'XYZ'");
        (code, _, err) = Kg("analyze", Path.Combine(TestPaths.TempFolder(), "none.json"));
        Assert.AreEqual(2, code);
        StringAssert.StartsWith(err, "kg: ");
        Assert.DoesNotContain("   at ", err);
    }

    [TestMethod]
    public void Render_writes_a_non_empty_svg_and_export_dot_a_digraph()
    {
        var path = CaucasusJson();
        var svg = Path.Combine(Path.GetDirectoryName(path)!, "graph.svg");
        var (code, _, err) = Kg("render", path, "--out", svg);
        Assert.AreEqual(0, code, err);
        var text = File.ReadAllText(svg);
        StringAssert.Contains(text, "<svg");
        StringAssert.Contains(text, "ARM name");
        var dot = Path.Combine(Path.GetDirectoryName(path)!, "graph.dot");
        (code, _, err) = Kg("export", "dot", path, "--out", dot, "--colour", "Kind");
        Assert.AreEqual(0, code, err);
        StringAssert.StartsWith(File.ReadAllText(dot), "digraph kg {");
        StringAssert.Contains(File.ReadAllText(dot), "\"ARM\" -> \"AZE\" [color=");
    }

    [TestMethod]
    public void Render_without_graphviz_says_so()
    {
        var (code, _, err) = KgWithPath(TestPaths.TempFolder(), "render", CaucasusJson(), "--out", Path.Combine(TestPaths.TempFolder(), "g.svg"));
        Assert.AreEqual(2, code, err);
        StringAssert.Contains(err, "Graphviz is not installed");
    }

    [TestMethod]
    public void Dot_quotes_escape_quotes_backslashes_and_drop_control_characters()
    {
        Assert.AreEqual("\"a \\\" b\\\\ c\\n\"", DotWriter.Quote("a \" b\\ c\n\u0001"));
    }
}
