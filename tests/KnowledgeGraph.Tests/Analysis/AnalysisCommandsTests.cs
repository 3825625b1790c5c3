using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>`kg analyze`, `kg export dot` and `kg render` run as the user runs them (a separate process).</summary>
[TestClass]
public sealed class AnalysisCommandsTests
{
    private static (int Code, string Out, string Err) Kg(params string[] args) => KnowledgeGraph.Tests.Kg.Child(args);

    private static (int Code, string Out, string Err) KgWithPath(string path, params string[] args) => KnowledgeGraph.Tests.Kg.Child(args, path);

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
        Assert.IsTrue(graph.Nodes.All(n => n.Metrics?.PageRank is not null));
        Assert.IsTrue(graph.Nodes.All(n => n.Metrics!.Community is null == (n.Id == "FRA")), "France, without relations, has no community");
        StringAssert.Contains(output, "1 actors without relations have no community");
        StringAssert.Contains(output, "Which blocs reach which");
        StringAssert.Contains(output, $"metrics written to {path} and {Path.ChangeExtension(path, ".graphml")}");
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
    public void A_time_window_writes_its_metrics_beside_the_graph_unless_asked_to_replace_them()
    {
        var path = CaucasusJson();
        var folder = Path.GetDirectoryName(path)!;
        var (code, _, err) = Kg("analyze", path);
        Assert.AreEqual(0, code, err);
        var full = File.ReadAllText(path);
        var fullGraphMl = File.ReadAllText(Path.Combine(folder, "graph.graphml"));
        (code, var output, err) = Kg("analyze", path, "--from", "2020-10-01", "--to", "2020-10-31");
        Assert.AreEqual(0, code, err);
        Assert.AreEqual(full, File.ReadAllText(path), "graph.json keeps the full graph's metrics");
        Assert.AreEqual(fullGraphMl, File.ReadAllText(Path.Combine(folder, "graph.graphml")));
        var window = Path.Combine(folder, "graph.2020-10-01_2020-10-31.json");
        StringAssert.Contains(output, $"metrics of the window 2020-10-01 … 2020-10-31 written to {window} and {Path.ChangeExtension(window, ".graphml")}");
        StringAssert.Contains(output, "--replace-metrics");
        Assert.AreNotEqual(GraphJson.Read(path).Nodes.Single(n => n.Id == "TUR").Metrics, GraphJson.Read(window).Nodes.Single(n => n.Id == "TUR").Metrics);
        Assert.IsTrue(File.Exists(Path.ChangeExtension(window, ".graphml")));

        (code, output, err) = Kg("analyze", path, "--state-level");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, Path.Combine(folder, "graph.state-level.json"));
        Assert.AreEqual(full, File.ReadAllText(path));

        (code, output, err) = Kg("analyze", path, "--from", "2020-10-01", "--replace-metrics");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, $"metrics of the window 2020-10-01 … end written to {path}");
        Assert.AreNotEqual(full, File.ReadAllText(path));
    }

    [TestMethod]
    public void Connect_prints_alternative_paths_with_the_evidence_of_each_relation()
    {
        var (code, output, err) = Kg("analyze", CaucasusJson(), "--actor", "TUR", "--connect", "RUS", "--no-write");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "3 paths from TUR name to RUS name, fewest hops first");
        StringAssert.Contains(output, "1. TUR name — AZE name — RUS name (2 hops)", "AZE: 4 + 3 sentences against 2 + 3 through ARM");
        StringAssert.Contains(output, "2. TUR name — ARM name — RUS name (2 hops)");
        StringAssert.Contains(output, "RUS name MEDIATES AZE name");
        StringAssert.Contains(output, "3. TUR name — AZE name — ARM name — RUS name (3 hops)", "better backed than TUR — ARM — AZE — RUS");
        StringAssert.Contains(output, "اشتباكات بين أرمينيا وأذربيجان", "the sentence of ARM FIGHTS AZE, on the third path");
        (code, output, err) = Kg("analyze", CaucasusJson(), "--actor", "TUR", "--connect", "RUS", "--paths", "1", "--no-write");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "1 path from TUR name to RUS name");
        Assert.DoesNotContain("2. ", output);
        (code, _, err) = Kg("analyze", CaucasusJson(), "--actor", "TUR", "--connect", "RUS", "--paths", "0");
        Assert.AreEqual(2, code);
        StringAssert.Contains(err, "--paths 0: must be 1 or more");
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
        Requires.Graphviz();
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
