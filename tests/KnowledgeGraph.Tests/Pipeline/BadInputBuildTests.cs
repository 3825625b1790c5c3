using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Pipeline;

/// <summary>
/// `kg build` on inputs that are almost right, as scrapers and feeds produce them: each problem is one warning line
/// naming the file and line, the run goes on, and the outputs say what the input said.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class BadInputBuildTests
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Warnings(string stderr) => Lines(stderr).Where(l => l.StartsWith("kg: warning: ", StringComparison.Ordinal)).ToArray();

    private static JsonElement GraphJson(string outDir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "graph.json"))).RootElement;

    private static IEnumerable<JsonElement> Articles(JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "Article");

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }

    [TestMethod]
    public void A_lone_surrogate_escape_in_text_title_or_id_is_one_warning_per_line_and_the_build_succeeds()
    {
        var folder = TestPaths.TempFolder();
        var feed = Path.Combine(folder, "s.jsonl");
        File.WriteAllText(feed, string.Join('\n',
            """{"id": "x", "text": "\udc09"}""",
            """{"id": "t", "title": "روسيا \ud83d", "text": "دعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار."}""",
            """{"id": "i\udc09", "text": "نص"}""",
            """{"id": "ok", "text": "نص"}""") + "\n");
        var outDir = TestPaths.TempFolder();
        var (code, stdout, stderr) = Kg.InProcess("build", feed, "--out", outDir);
        Assert.AreEqual(0, code, stderr);
        AssertNoStackTrace(stderr);
        var warnings = Warnings(stderr);
        Assert.HasCount(3, warnings, stderr);
        for (var line = 1; line <= 3; line++)
            Assert.StartsWith($"kg: warning: {feed}:{line}: article ", warnings[line - 1]);
        Assert.IsTrue(warnings.All(w => w.Contains("lone surrogate escape")), stderr);
        Assert.AreEqual(4, Articles(GraphJson(outDir)).Count());
        StringAssert.Contains(stdout, "4 articles");
    }

    [TestMethod]
    public void A_lone_surrogate_on_standard_input_is_a_warning_naming_stdin_and_its_line()
    {
        var outDir = TestPaths.TempFolder();
        var (code, _, stderr) = Kg.Child(["build", "-", "--out", outDir],
            input: """{"id": "a", "text": "نص"}""" + "\n" + """{"id": "x", "text": "\udc09 روسيا"}""" + "\n");
        Assert.AreEqual(0, code, stderr);
        AssertNoStackTrace(stderr);
        Assert.AreEqual("kg: warning: <stdin>:2: article x: 1 lone surrogate escape (half of a character pair) replaced with U+FFFD in \"text\"", Warnings(stderr).Single());
    }

    [TestMethod]
    public void Nearly_valid_utf8_is_read_as_utf8_with_its_relations_and_a_warning_with_the_count_of_bad_bytes()
    {
        var folder = TestPaths.TempFolder();
        var seed = File.ReadAllBytes(TestPaths.Seed("002"));
        var oneBad = Path.Combine(folder, "one-bad.txt");
        var middle = Array.IndexOf(seed, (byte)'\n', seed.Length / 2) + 1;
        File.WriteAllBytes(oneBad, [.. seed[..middle], 0xE2, 0x80, .. seed[middle..]]);
        var cut = Path.Combine(folder, "cut.txt");
        File.WriteAllBytes(cut, seed[..(Array.FindLastIndex(seed, b => b >= 0xC0) + 1)]); // ends inside its last letter
        var clean = Path.Combine(folder, "clean.txt");
        File.WriteAllBytes(clean, seed);

        var cleanOut = TestPaths.TempFolder();
        Assert.AreEqual(0, Kg.InProcess("build", clean, "--out", cleanOut).Code);
        var cleanTriples = File.ReadAllLines(Path.Combine(cleanOut, "triples.jsonl")).Length;
        Assert.IsGreaterThan(3, cleanTriples);
        foreach (var (file, bad) in new[] { (oneBad, "2 invalid UTF-8 bytes"), (cut, "1 invalid UTF-8 byte") })
        {
            var outDir = TestPaths.TempFolder();
            var (code, _, stderr) = Kg.InProcess("build", file, "--out", outDir);
            Assert.AreEqual(0, code, stderr);
            var name = Path.GetFileNameWithoutExtension(file);
            Assert.AreEqual($"kg: warning: {file}: article {name}: {bad} replaced with U+FFFD", Warnings(stderr).Single());
            Assert.AreEqual(cleanTriples, File.ReadAllLines(Path.Combine(outDir, "triples.jsonl")).Length, file);
            Assert.AreEqual("وساطة روسية تنهي التصعيد بين أرمينيا وأذربيجان", Str(Articles(GraphJson(outDir)).Single(), "title"));
        }
    }

    [TestMethod]
    public void The_windows_1256_fallback_is_announced_and_an_encoding_given_with_encoding_wins()
    {
        var folder = TestPaths.TempFolder();
        var text = File.ReadAllText(TestPaths.Seed("002"));
        var cp1256 = Path.Combine(folder, "cp.txt");
        File.WriteAllBytes(cp1256, CodePagesEncoding(1256).GetBytes(text));
        var iso = Path.Combine(folder, "iso.txt");
        File.WriteAllBytes(iso, CodePagesEncoding(28596).GetBytes(text.Replace('ـ', ' ')));

        var (code, _, stderr) = Kg.InProcess("build", cp1256, "--out", TestPaths.TempFolder());
        Assert.AreEqual(0, code, stderr);
        StringAssert.Matches(Warnings(stderr).Single(), new System.Text.RegularExpressions.Regex(
            $"^kg: warning: {System.Text.RegularExpressions.Regex.Escape(cp1256)}: article cp: not UTF-8 \\([0-9,]+ invalid bytes\\), read as Windows-1256; give --encoding if it is another encoding$"));

        var outDir = TestPaths.TempFolder();
        (code, _, stderr) = Kg.InProcess("build", iso, "--out", outDir, "--encoding", "iso-8859-6");
        Assert.AreEqual(0, code, stderr);
        Assert.AreEqual("", stderr);
        Assert.AreEqual("وساطة روسية تنهي التصعيد بين أرمينيا وأذربيجان", Str(Articles(GraphJson(outDir)).Single(), "title"));
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    [TestMethod]
    public void Dates_are_stored_iso_on_articles_evidence_and_edges_and_a_date_kg_cannot_read_is_warned_with_file_and_line()
    {
        var folder = TestPaths.TempFolder();
        var feed = Path.Combine(folder, "feed.jsonl");
        var lines = RealArticles.JsonLines().ToList();
        lines.Add("""{"id": "late", "title": "t", "date": "31/12/2020 23:59", "text": "دعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار."}""");
        lines.Add("""{"id": "early", "title": "t", "date": "١ يناير ٢٠١٥", "text": "دعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار."}""");
        lines.Add("""{"id": "odd", "title": "t", "date": "أمس", "text": "دعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار."}""");
        File.WriteAllLines(feed, lines);
        var outDir = TestPaths.TempFolder();
        var (code, _, stderr) = Kg.InProcess("build", feed, "--out", outDir);
        Assert.AreEqual(0, code, stderr);
        Assert.AreEqual($"kg: warning: {feed}:{lines.Count}: article odd: date «أمس» not understood " +
            "(YYYY-MM-DD, DD/MM/YYYY, YYYY/MM/DD or a day, month name and year such as «16 يونيو 2024»), left empty", Warnings(stderr).Single());
        var graph = GraphJson(outDir);
        var iso = new System.Text.RegularExpressions.Regex("^\\d{4}-\\d{2}-\\d{2}$");
        var dates = Articles(graph).Where(a => Str(a, "id") != "article:odd").Select(a => Str(a, "date")).ToArray();
        Assert.IsTrue(dates.All(d => d is not null && iso.IsMatch(d)), string.Join(", ", dates.Where(d => d is null || !iso.IsMatch(d))));
        Assert.IsNull(Str(Articles(graph).Single(a => Str(a, "id") == "article:odd"), "date"));
        var relations = graph.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("type").GetString() != "MENTIONS").ToArray();
        foreach (var edge in relations)
        {
            var (first, last) = (Str(edge, "first_date"), Str(edge, "last_date"));
            if (first is null) continue;
            Assert.IsTrue(iso.IsMatch(first) && iso.IsMatch(last!) && string.CompareOrdinal(first, last) <= 0, $"{first} … {last}");
            foreach (var evidence in edge.GetProperty("evidence").EnumerateArray())
                if (Str(evidence, "date") is { } date) Assert.IsTrue(iso.IsMatch(date), date);
        }
        var mediation = relations.Single(e => Str(e, "source") == "RUS" && Str(e, "type") == "CALLS_ON" && Str(e, "target") == "ARM");
        Assert.AreEqual(("2015-01-01", "2020-12-31"), (Str(mediation, "first_date"), Str(mediation, "last_date")));
    }

    [TestMethod]
    public void Seed_001_is_titled_by_its_headline_and_dated_not_by_its_first_line()
    {
        var outDir = TestPaths.TempFolder();
        Assert.AreEqual(0, Kg.InProcess("build", TestPaths.Seed("001"), "--out", outDir).Code);
        var article = Articles(GraphJson(outDir)).Single();
        Assert.AreEqual("روسيا تستضيف محادثات سلام بين أرمينيا وأذربيجان", Str(article, "title"));
        Assert.AreEqual("2020-10-09", Str(article, "date"));
    }

    [TestMethod]
    public void A_repeated_id_and_lines_of_the_wrong_shape_are_warned_about_with_their_lines()
    {
        var folder = TestPaths.TempFolder();
        var feed = Path.Combine(folder, "feed.jsonl");
        File.WriteAllLines(feed, [
            """{"id": "a", "title": "الأول", "text": "دعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار."}""",
            """{"id": "b", "text": 42}""",
            """{"id": "a", "title": "الثاني", "text": "نص آخر"}""",
            """[{"id": "c", "text": "نص"}]""",
            "42",
        ]);
        var outDir = TestPaths.TempFolder();
        var (code, _, stderr) = Kg.InProcess("build", feed, "--out", outDir);
        Assert.AreEqual(0, code, stderr);
        CollectionAssert.AreEqual(new[]
        {
            $"kg: warning: {feed}:2: article b: \"text\" is a number, not a string, skipped",
            $"kg: warning: {feed}:3: article a: same id as the article at {feed}:1, skipped",
            $"kg: warning: {feed}:4: not a JSON object (an array), skipped",
            $"kg: warning: {feed}:5: not a JSON object (a number), skipped",
        }, Warnings(stderr));
        Assert.AreEqual("الأول", Str(Articles(GraphJson(outDir)).Single(), "title"));
    }

    [TestMethod]
    public void Command_line_mistakes_name_the_option_and_the_value_in_plain_words_and_exit_2()
    {
        foreach (var (args, message) in new[]
        {
            (new[] { "build", TestPaths.Seeds, "--threads", "abc" }, "kg: --threads 'abc': not a whole number; see kg build --help"),
            (["build", TestPaths.Seeds, "--article-nodes", "Some"], "kg: --article-nodes 'Some': not one of All, WithRelations, None; see kg build --help"),
            (["build"], "kg: missing <inputs>; see kg build --help"),
            (["build", TestPaths.Seeds, "--encoding", "utf-9"], "kg: --encoding utf-9: not an encoding kg knows; give e.g. utf-8, windows-1256, iso-8859-6 or utf-16le"),
        })
        {
            var (code, _, stderr) = Kg.InProcess(args);
            Assert.AreEqual((2, message), (code, stderr.Trim()), string.Join(' ', args));
            Assert.DoesNotContain("System.", stderr);
            Assert.DoesNotContain("KnowledgeGraph.", stderr);
        }
    }

    [TestMethod]
    public void An_output_folder_that_is_a_file_is_one_line_and_exit_3()
    {
        var file = Path.Combine(TestPaths.TempFolder(), "out");
        File.WriteAllText(file, "mine");
        var (code, _, stderr) = Kg.InProcess("build", TestPaths.Seed("001"), "--out", file);
        Assert.AreEqual((3, $"kg: {file}: is a file, not a folder; give an output folder (it is created when missing)"), (code, stderr.Trim()));
        Assert.AreEqual("mine", File.ReadAllText(file));
    }

    /// <summary>Runs kg as an unprivileged user when the tests run as root (root reads and writes anything).</summary>
    private static (int Code, string Out, string Err) AsUnprivileged(params string[] args)
    {
        if (Environment.UserName != "root") return Kg.Child(args);
        if (Requires.OnPath("setpriv") is null) Assert.Inconclusive("running as root without setpriv (util-linux) to drop privileges: permissions cannot be tested");
        return Kg.Child(args, asUser: "65534");
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_folder_is_reported_as_unreadable_and_an_unwritable_output_folder_names_itself_not_a_temporary_file()
    {
        if (OperatingSystem.IsWindows()) Assert.Inconclusive("Unix permissions");
        var input = TestPaths.TempFolder();
        var locked = Path.Combine(input, "locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "a.txt"), "عنوان\nدعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار.");
        File.Copy(TestPaths.Seed("001"), Path.Combine(input, "001.txt"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var writable = TestPaths.TempFolder();
        File.SetUnixFileMode(writable, File.GetUnixFileMode(writable) | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        var (code, _, stderr) = AsUnprivileged("build", input, "--out", Path.Combine(writable, "out"));
        Assert.AreEqual(0, code, stderr);
        Assert.AreEqual($"kg: warning: {locked}: folder cannot be read (permission denied), skipped", Warnings(stderr).Single());

        var readOnly = TestPaths.TempFolder();
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var outDir = Path.Combine(readOnly, "out");
        (code, _, stderr) = AsUnprivileged("build", Path.Combine(input, "001.txt"), "--out", outDir);
        Assert.AreEqual((3, $"kg: {outDir}: cannot write here (permission denied); nothing was written; choose another output folder or fix its permissions"),
            (code, stderr.Trim()));
    }

    [TestMethod]
    public void A_full_disk_exits_3_naming_the_file_and_leaves_the_previous_outputs_as_they_were()
    {
        // Room for the seeds build (about 0.8 MB, most of it graph.html) but not for it and the larger build's staged set.
        using var disk = SmallDisk.Mount(1200 * 1024);
        var outDir = Path.Combine(disk.Path, "out");
        var (code, _, stderr) = Kg.InProcess("build", TestPaths.Seeds, "--out", outDir);
        Assert.AreEqual(0, code, stderr);
        var before = KnowledgeGraph.Tests.Export.OutputSetTests.Snapshot(outDir);
        (code, _, stderr) = Kg.InProcess("build", TestPaths.Seeds, TestPaths.DevArticles, "--out", outDir);
        Assert.AreEqual(3, code, stderr);
        var error = Lines(stderr).Last();
        StringAssert.Matches(error, new System.Text.RegularExpressions.Regex(
            $"^kg: {System.Text.RegularExpressions.Regex.Escape(outDir)}/(triples\\.jsonl|graph\\.json|graph\\.graphml|graph\\.html): disk full \\(No space left on device\\); " +
            $"nothing in {System.Text.RegularExpressions.Regex.Escape(outDir)} was changed; free some space or write elsewhere$"));
        CollectionAssert.AreEquivalent(before, KnowledgeGraph.Tests.Export.OutputSetTests.Snapshot(outDir));
    }
}
