using System.CommandLine;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Cli;

/// <summary>
/// One way to name things across kg's commands: the graph positionally (default out/graph.json), outputs beside the
/// graph, the same Neo4j options in build and export neo4j; build's --quiet, --no-analysis and --no-html; extract
/// and explain reading standard input; --actor by Arabic, partial and misspelt names.
/// </summary>
[TestClass]
public sealed class CommandLineTests
{
    private static (int Code, string Out, string Err) Kg(string? workingDirectory, string? input, params string[] args)
    {
        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        return ChildProcess.Run(dotnet, [Path.Combine(AppContext.BaseDirectory, "kg.dll"), .. args],
            new Dictionary<string, string> { ["COLUMNS"] = "200" }, workingDirectory, input);
    }

    /// <summary>A working folder whose out/graph.json is the analysed seeds graph, as kg build leaves it.</summary>
    private static string FolderWithBuiltGraph()
    {
        var folder = TestPaths.TempFolder();
        GraphJson.Write(GraphAnalysis.Annotate(SeedsGraph.Build()).Graph, Path.Combine(folder, "out", "graph.json"));
        return folder;
    }

    [TestMethod]
    public void Every_graph_command_reads_out_graph_json_by_default_and_writes_beside_it()
    {
        var folder = FolderWithBuiltGraph();
        foreach (var (args, written) in new (string[], string)[]
        {
            (["export", "dot"], "out/graph.dot"),
            (["export", "html"], "out/graph.html"),
            (["export", "graphml"], "out/graph.graphml"),
            (["export", "cypher"], "out/graph.cypher"),
            (["export", "neo4j-csv"], "out/neo4j-csv/README.md"),
        })
        {
            var (code, _, err) = Kg(folder, null, args);
            Assert.AreEqual(0, code, $"{string.Join(' ', args)}: {err}");
            Assert.IsTrue(File.Exists(Path.Combine(folder, written)), $"{string.Join(' ', args)} writes {written}");
        }
        Assert.IsFalse(File.Exists(Path.Combine(folder, "graph.dot")), "nothing lands in the working folder");
    }

    [TestMethod]
    public void The_graph_is_named_positionally_and_the_older_graph_option_still_works()
    {
        var folder = FolderWithBuiltGraph();
        var graph = Path.Combine(folder, "out", "graph.json");
        Assert.AreEqual(0, Kg(null, null, "export", "html", graph, "--out", Path.Combine(folder, "a.html")).Code);
        Assert.AreEqual(0, Kg(null, null, "export", "html", "--graph", graph, "--out", Path.Combine(folder, "b.html")).Code);
        Assert.AreEqual(File.ReadAllText(Path.Combine(folder, "a.html")), File.ReadAllText(Path.Combine(folder, "b.html")));
        var (code, _, err) = Kg(TestPaths.TempFolder(), null, "export", "dot");
        Assert.AreEqual(UserError.ExitCode, code);
        StringAssert.Contains(err, "out/graph.json: no such file (build one with kg build INPUT --out out, or name a graph.json)");
        (code, _, err) = Kg(null, null, "export", "html", graph, "--graph", graph + ".other");
        Assert.AreEqual(UserError.ExitCode, code);
        StringAssert.Contains(err, "two graphs given");
    }

    private static string[] VisibleOptions(Command command, string containing) =>
        command.Options.Where(o => !o.Hidden && o.Name.Contains(containing)).Select(o => o.Name).Order().ToArray();

    [TestMethod]
    public void Build_and_export_neo4j_spell_the_neo4j_options_alike()
    {
        var root = KgApp.CreateRoot();
        var build = root.Subcommands.Single(c => c.Name == "build");
        var neo4j = root.Subcommands.Single(c => c.Name == "export").Subcommands.Single(c => c.Name == "neo4j");
        var cypher = root.Subcommands.Single(c => c.Name == "export").Subcommands.Single(c => c.Name == "cypher");
        var expected = new[]
        {
            "--neo4j-batch-size", "--neo4j-clear", "--neo4j-database", "--neo4j-retries", "--neo4j-tag", "--neo4j-uri", "--neo4j-user",
        };
        CollectionAssert.AreEqual(expected, VisibleOptions(build, "neo4j"));
        CollectionAssert.AreEqual(expected, VisibleOptions(neo4j, "neo4j"));
        CollectionAssert.AreEqual(new[] { "--neo4j-tag" }, VisibleOptions(cypher, "tag"), "a script names its load as a load does");
        CollectionAssert.AreEqual(expected, VisibleOptions(neo4j, ""), "export neo4j shows no option outside the --neo4j-* set");
        foreach (var args in new[]
        {
            new[] { "build", TestPaths.Seeds, "--neo4j-uri", "bolt://localhost:7687" },
            ["build", TestPaths.Seeds, "--neo4j", "bolt://localhost:7687"],
            ["export", "neo4j", Path.Combine(FolderWithBuiltGraph(), "out", "graph.json"), "--neo4j-uri", "bolt://localhost:7687"],
            ["export", "neo4j", "--graph", Path.Combine(FolderWithBuiltGraph(), "out", "graph.json"), "--uri", "bolt://localhost:7687"],
        })
        {
            var (code, _, err) = Kg(null, null, args);
            Assert.AreEqual(UserError.ExitCode, code, string.Join(' ', args));
            StringAssert.Contains(err, "bolt://localhost:7687: not an http:// or https:// address", string.Join(' ', args));
        }
        foreach (var args in new[]
        {
            new[] { "build", TestPaths.Seeds, "--out", TestPaths.TempFolder(), "--neo4j-uri", "http://127.0.0.1:9", "--neo4j-tag", " " },
            ["export", "neo4j", Path.Combine(FolderWithBuiltGraph(), "out", "graph.json"), "--clear", "--tag", ""],
        })
        {
            var (code, _, err) = Kg(null, null, args);
            Assert.AreEqual(UserError.ExitCode, code, string.Join(' ', args));
            StringAssert.Contains(err, "--neo4j-tag must not be empty", string.Join(' ', args));
        }
    }

    [TestMethod]
    public void Build_is_silent_with_quiet_and_leaves_out_metrics_and_the_view_on_request()
    {
        var outDir = TestPaths.TempFolder();
        var (code, stdout, err) = Kg(null, null, "build", TestPaths.Seeds, "--out", outDir, "--quiet", "--no-analysis", "--no-html");
        Assert.AreEqual(0, code, err);
        Assert.AreEqual("", stdout + err);
        Assert.IsFalse(File.Exists(Path.Combine(outDir, "graph.html")));
        Assert.IsTrue(GraphJson.Read(Path.Combine(outDir, "graph.json")).Nodes.All(n => n.Metrics is null), "no metrics without analysis");

        var viewDir = TestPaths.TempFolder();
        (code, stdout, err) = Kg(null, null, "build", TestPaths.Seeds, "--out", viewDir);
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(stdout, Path.Combine(viewDir, "graph.html"));
        StringAssert.Contains(File.ReadAllText(Path.Combine(viewDir, "graph.html")), "<title>seeds</title>", "the view is named after the input");
    }

    [TestMethod]
    public void Extract_and_explain_read_standard_input_beyond_the_argument_limit()
    {
        var sentence = "روسيا تتوسط بين أرمينيا وأذربيجان. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 4000));
        Assert.IsGreaterThan(128 * 1024, System.Text.Encoding.UTF8.GetByteCount(text));
        var (code, stdout, err) = Kg(null, text, "extract", "-");
        Assert.AreEqual(0, code, err);
        StringAssert.StartsWith(stdout, "RUS MEDIATES ARM");
        (code, stdout, err) = Kg(null, sentence, "explain", "-");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(stdout, "rule:");
    }

    [TestMethod]
    public void An_actor_is_found_by_arabic_and_partial_names_and_a_misspelling_gets_suggestions()
    {
        var graph = SeedsGraph.Build();
        Assert.AreEqual("person:sergey_lavrov", ActorLookup.Find(graph, "لافروف", "g").Id, "part of the Arabic name");
        Assert.AreEqual("RUS", ActorLookup.Find(graph, "روسيا", "g").Id, "the Arabic name");
        Assert.AreEqual("RUS", ActorLookup.Find(graph, "rus", "g").Id, "the code in any case");
        Assert.AreEqual("person:sergey_lavrov", ActorLookup.Find(graph, "Lavrov", "g").Id, "part of the English name");
        var misspelt = Assert.ThrowsExactly<UserError>(() => ActorLookup.Find(graph, "Lavrow", "g"));
        Assert.AreEqual("g: no actor 'Lavrow'; did you mean Sergey Lavrov (person:sergey_lavrov)?", misspelt.Message);
        var several = Assert.ThrowsExactly<UserError>(() => ActorLookup.Find(graph, "ar", "g"));
        StringAssert.Contains(several.Message, "Armenia (ARM)");
        StringAssert.Contains(several.Message, "give one of these ids");
        Assert.AreEqual(3, ActorLookup.EditDistance("kitten", "sitting"));
        Assert.AreEqual(0, ActorLookup.EditDistance("", ""));
        Assert.AreEqual(4, ActorLookup.EditDistance("", "abcd"));
    }
}
