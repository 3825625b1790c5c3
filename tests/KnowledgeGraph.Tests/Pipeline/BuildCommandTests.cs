namespace KnowledgeGraph.Tests.Pipeline;

/// <summary>kg build and kg bench through <see cref="KnowledgeGraph.Cli.KgApp.Run"/>: messages, exit codes, files. Console is process-wide, so not in parallel.</summary>
[TestClass]
[DoNotParallelize]
public sealed class BuildCommandTests
{
    private static (int Code, string Out, string Err) Kg(params string[] args) => KnowledgeGraph.Tests.Kg.InProcess(args);

    [TestMethod]
    public void Build_of_the_seeds_writes_three_files_and_a_summary()
    {
        var outDir = TestPaths.TempFolder();
        var (code, stdout, stderr) = Kg("build", TestPaths.Seeds, "--out", outDir, "--threads", "2");
        Assert.AreEqual(0, code, stderr);
        Assert.AreEqual("", stderr);
        Assert.StartsWith("5 articles, ", stdout);
        foreach (var file in new[] { "triples.jsonl", "graph.json", "graph.graphml" })
            Assert.IsTrue(File.Exists(Path.Combine(outDir, file)), file);
    }

    [TestMethod]
    public void Bad_inputs_next_to_good_ones_are_warned_about_and_the_build_succeeds()
    {
        var folder = TestPaths.TempFolder();
        var missing = Path.Combine(folder, "missing.txt");
        var empty = Path.Combine(folder, "empty.txt");
        File.WriteAllText(empty, "");
        var outDir = TestPaths.TempFolder();
        var (code, stdout, stderr) = Kg("build", missing, empty, TestPaths.Seed("001"), "--out", outDir);
        Assert.AreEqual(0, code);
        var warnings = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEqual(new[] { $"kg: warning: {missing}: no such file or folder", $"kg: warning: {empty}: empty file" }, warnings);
        Assert.Contains("skipped: 2 input(s) that could not be read, 0 article(s) whose extraction failed", stdout);
        Assert.IsTrue(File.Exists(Path.Combine(outDir, "graph.json")));
    }

    [TestMethod]
    public void Nothing_readable_exits_2_with_one_line_and_keeps_earlier_outputs()
    {
        var folder = TestPaths.TempFolder();
        var binary = Path.Combine(folder, "scan.txt");
        File.WriteAllBytes(binary, [0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]);
        var outDir = TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(outDir, "triples.jsonl"), "earlier\n");
        var (code, _, stderr) = Kg("build", binary, "--out", outDir);
        Assert.AreEqual(2, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual($"kg: warning: {binary}: binary file (not text; UTF-16 needs a byte-order mark), skipped", lines[0]);
        Assert.AreEqual($"kg: {binary}: no article could be read (1 input(s) skipped, 0 failed); nothing in {outDir} was changed", lines[1]);
        Assert.HasCount(2, lines);
        Assert.AreEqual("earlier\n", File.ReadAllText(Path.Combine(outDir, "triples.jsonl")));
        Assert.HasCount(1, Directory.GetFiles(outDir));
    }

    [TestMethod]
    public void Bad_options_are_user_errors()
    {
        Assert.AreEqual((2, "kg: --threads -1: must be 0 (one per processor) or more"), Error("build", TestPaths.Seeds, "--threads", "-1"));
        Assert.AreEqual((2, "kg: --max-evidence 0: must be 1 or more"), Error("build", TestPaths.Seeds, "--max-evidence", "0"));
        Assert.AreEqual((2, "kg: /no/such/lexicon: no such lexicon folder"), Error("build", TestPaths.Seeds, "--lexicon", "/no/such/lexicon"));
        Assert.AreEqual((2, "kg: --repeat 0: must be 1 or more"), Error("bench", TestPaths.Seeds, "--repeat", "0"));

        static (int, string) Error(params string[] args)
        {
            var (code, _, stderr) = Kg(args);
            return (code, stderr.Trim());
        }
    }

    [TestMethod]
    public void A_lexicon_folder_adds_actors_that_become_named_nodes()
    {
        var lexicon = TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(lexicon, "actors"));
        File.WriteAllText(Path.Combine(lexicon, "actors", "extra.tsv"),
            "id\tcode\tkind\tname_en\tname_ar\tforms\toffice\toffice_from\toffice_to\n" +
            "FRD\tFRD\tCountry\tFreedonia\tفريدونيا\t\t\t\t\n");
        var input = TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(input, "frd.txt"), "فريدونيا وروسيا\nاستقبلت فريدونيا وفدا من روسيا لبحث التعاون بين البلدين.\n");
        var with = TestPaths.TempFolder();
        var without = TestPaths.TempFolder();
        Assert.AreEqual(0, Kg("build", input, "--out", with, "--lexicon", lexicon).Code);
        Assert.AreEqual(0, Kg("build", input, "--out", without).Code);
        Assert.Contains("\"name_en\": \"Freedonia\"", File.ReadAllText(Path.Combine(with, "graph.json")));
        Assert.DoesNotContain("Freedonia", File.ReadAllText(Path.Combine(without, "graph.json")));
    }

    [TestMethod]
    public void Article_nodes_none_builds_a_graph_of_actors_only()
    {
        var outDir = TestPaths.TempFolder();
        var (code, _, stderr) = Kg("build", TestPaths.Seeds, "--out", outDir, "--article-nodes", "None");
        Assert.AreEqual(0, code, stderr);
        Assert.DoesNotContain("\"kind\": \"Article\"", File.ReadAllText(Path.Combine(outDir, "graph.json")));
    }

    [TestMethod]
    public void Bench_reports_every_stage_with_repeated_input()
    {
        var (code, stdout, stderr) = Kg("bench", TestPaths.Seeds, "--repeat", "3", "--threads", "2");
        Assert.AreEqual(0, code, stderr);
        foreach (var stage in new[] { "read", "extract", "merge", "triples.jsonl", "graph.json", "graph.graphml", "peak MB" })
            Assert.Contains(stage, stdout);
        Assert.Contains("│ 15 ", stdout);
    }
}
