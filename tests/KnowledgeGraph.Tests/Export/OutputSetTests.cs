using KnowledgeGraph.Export;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Export;

/// <summary>The outputs of one build are one set: in place together, or the previous set stays, whatever stops the build.</summary>
[TestClass]
public sealed class OutputSetTests
{
    /// <summary>Every file in the folder (hidden ones too) with its bytes, and every folder in it.</summary>
    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToDictionary(p => Path.GetRelativePath(folder, p), p => File.Exists(p) ? Convert.ToHexString(File.ReadAllBytes(p)) : "<folder>");

    private static void Write(OutputSet set, string name, string text) => set.Write(name, s => s.Write(System.Text.Encoding.UTF8.GetBytes(text)));

    private static BuildResult Build(string input, string outDir, IOutputFileSystem? fs = null, CancellationToken cancel = default, Action<BuildStep>? phase = null) =>
        GraphBuild.Run(ArticleReader.Read([input]), new BuildOptions(outDir, Threads: 2) { FileSystem = fs ?? IOutputFileSystem.Real },
            cancellation: cancel, phase: phase);

    [TestMethod]
    public void A_set_replaces_the_previous_set_removes_its_files_this_one_lacks_and_leaves_other_files_alone()
    {
        var folder = TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        using (var first = OutputSet.Begin(folder))
        {
            Write(first, "a.json", "1");
            Write(first, "graph.html", "old picture");
            first.Commit();
        }
        using (var second = OutputSet.Begin(folder))
        {
            Write(second, "a.json", "2");
            Assert.IsFalse(File.Exists(Path.Combine(folder, "a.json")) && File.ReadAllText(Path.Combine(folder, "a.json")) == "2", "not in place before the commit");
            second.Commit();
        }
        CollectionAssert.AreEquivalent(new[] { ".kg-outputs", "a.json", "notes.txt" }, Directory.GetFiles(folder).Select(Path.GetFileName).ToArray());
        Assert.AreEqual(("2", "mine"), (File.ReadAllText(Path.Combine(folder, "a.json")), File.ReadAllText(Path.Combine(folder, "notes.txt"))));
        Assert.IsEmpty(Directory.GetDirectories(folder));
    }

    [TestMethod]
    public void An_update_replaces_only_the_files_it_writes()
    {
        var folder = TestPaths.TempFolder();
        using (var build = OutputSet.Begin(folder))
        {
            Write(build, "triples.jsonl", "t");
            Write(build, "graph.json", "g1");
            build.Commit();
        }
        using (var update = OutputSet.Begin(folder))
        {
            Write(update, "graph.json", "g2");
            update.Commit(wholeSet: false);
        }
        Assert.AreEqual(("t", "g2"), (File.ReadAllText(Path.Combine(folder, "triples.jsonl")), File.ReadAllText(Path.Combine(folder, "graph.json"))));
    }

    [TestMethod]
    public void A_second_writer_into_the_same_folder_is_refused_with_a_message()
    {
        var folder = TestPaths.TempFolder();
        using var first = OutputSet.Begin(folder);
        var e = Assert.ThrowsExactly<OutputException>(() => OutputSet.Begin(folder));
        Assert.AreEqual($"{folder}: another kg is writing outputs into this folder; wait for it to finish or choose another output folder", e.Message);
    }

    [TestMethod]
    public void A_file_given_as_the_folder_or_a_folder_that_refuses_writes_is_one_line_naming_it()
    {
        var file = Path.Combine(TestPaths.TempFolder(), "out");
        File.WriteAllText(file, "x");
        Assert.AreEqual($"{file}: is a file, not a folder; give an output folder (it is created when missing)",
            Assert.ThrowsExactly<OutputException>(() => OutputSet.Begin(file)).Message);
        var folder = TestPaths.TempFolder();
        using var set = OutputSet.Begin(folder, new FaultyFileSystem { RefuseCreate = true });
        var refused = Assert.ThrowsExactly<OutputException>(() => Write(set, "graph.json", "x"));
        Assert.AreEqual($"{Path.Combine(folder, "graph.json")}: cannot write here (permission denied); nothing in {folder} was changed; " +
            "choose another output folder or fix its permissions", refused.Message);
    }

    [TestMethod]
    public void An_abandoned_first_run_leaves_no_folder_and_no_file()
    {
        var folder = Path.Combine(TestPaths.TempFolder(), "new-out");
        using (var set = OutputSet.Begin(folder)) Write(set, "graph.json", "x");
        Assert.IsFalse(Directory.Exists(folder));
    }

    [TestMethod]
    public void A_process_killed_during_the_renames_has_its_set_completed_by_the_next_run()
    {
        var folder = TestPaths.TempFolder();
        using (var first = OutputSet.Begin(folder))
        {
            foreach (var name in new[] { "a", "b", "c" }) Write(first, name, "old " + name);
            first.Commit();
        }
        var killed = OutputSet.Begin(folder, new FaultyFileSystem { KillAtMove = 2 });
        foreach (var name in new[] { "a", "b", "c" }) Write(killed, name, "new " + name);
        Assert.ThrowsExactly<FaultyFileSystem.Killed>(() => killed.Commit());
        killed.Dispose();
        Assert.AreEqual(("new a", "old b"), (File.ReadAllText(Path.Combine(folder, "a")), File.ReadAllText(Path.Combine(folder, "b"))), "stopped half-way");
        using (var next = OutputSet.Begin(folder))
        {
            CollectionAssert.AreEqual(new[] { "a", "b", "c" }, next.Recovered.ToArray());
            CollectionAssert.AreEqual(new[] { "new a", "new b", "new c" }, new[] { "a", "b", "c" }.Select(n => File.ReadAllText(Path.Combine(folder, n))).ToArray());
        }
        Assert.IsEmpty(Directory.GetDirectories(folder));
    }

    [TestMethod]
    public void A_full_disk_at_any_point_of_a_build_leaves_the_previous_outputs_byte_for_byte_and_says_which_file()
    {
        var outDir = TestPaths.TempFolder();
        Build(TestPaths.Seeds, outDir);
        var before = Snapshot(outDir);
        var input = RealArticles.Folder();
        // What the second build writes in all, then full disks that stop it inside each of its files.
        var probe = TestPaths.TempFolder();
        var sizes = Build(input, probe).Files.Select(f => new FileInfo(f).Length).ToArray();
        long offset = 0;
        var capacities = new List<long> { 0 };
        foreach (var size in sizes)
        {
            capacities.AddRange([offset + 1, offset + size / 2, offset + size - 1]);
            offset += size;
        }
        var names = new[] { "triples.jsonl", "graph.json", "graph.graphml", "graph.html" };
        foreach (var capacity in capacities)
        {
            var e = Assert.ThrowsExactly<OutputException>(() => Build(input, outDir, new FaultyFileSystem { Capacity = capacity }), $"capacity {capacity}");
            StringAssert.Contains(e.Message, ": disk full (No space left on device); nothing in " + outDir + " was changed; free some space or write elsewhere");
            Assert.IsTrue(names.Any(n => e.Message.StartsWith(Path.Combine(outDir, n) + ":", StringComparison.Ordinal)), e.Message);
            CollectionAssert.AreEquivalent(before, Snapshot(outDir), $"capacity {capacity}");
        }
        var marker = Assert.ThrowsExactly<OutputException>(() => Build(input, outDir, new FaultyFileSystem { Capacity = offset }));
        StringAssert.StartsWith(marker.Message, $"{outDir}: disk full");
        CollectionAssert.AreEquivalent(before, Snapshot(outDir), "full when marking the set");
    }

    [TestMethod]
    public void Cancelling_in_any_phase_before_the_set_is_put_in_place_leaves_the_previous_outputs_and_after_it_the_new_ones()
    {
        var outDir = TestPaths.TempFolder();
        Build(TestPaths.Seeds, outDir);
        var before = Snapshot(outDir);
        var input = RealArticles.Folder();
        var steps = new List<BuildStep>();
        var expected = Build(input, TestPaths.TempFolder(), phase: steps.Add);
        CollectionAssert.AreEqual(new[] { "reading and extracting", "analysing the graph", "writing graph.json", "writing graph.graphml", "writing graph.html", "putting the outputs in place", "done" },
            steps.Select(s => s.ToString()).ToArray());
        foreach (var at in steps.Where(s => s.Phase < BuildPhase.Committing))
        {
            using var cancel = new CancellationTokenSource();
            Assert.ThrowsExactly<OperationCanceledException>(() => Build(input, outDir, cancel: cancel.Token, phase: s => { if (s == at) cancel.Cancel(); }), at.ToString());
            CollectionAssert.AreEquivalent(before, Snapshot(outDir), $"cancelled while {at}");
        }
        using (var late = new CancellationTokenSource())
        {
            var result = Build(input, outDir, cancel: late.Token, phase: s => { if (s.Phase == BuildPhase.Committing) late.Cancel(); });
            Assert.IsTrue(late.IsCancellationRequested);
            foreach (var file in result.Files)
                CollectionAssert.AreEqual(File.ReadAllBytes(expected.Files.Single(f => Path.GetFileName(f) == Path.GetFileName(file))), File.ReadAllBytes(file), file);
        }
    }
}
