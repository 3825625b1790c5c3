using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// Neo4j Browser as an analyst uses it, in headless Chromium (tools/neo4j-browser-check.mjs drives it and reports
/// what each frame shows): the seeds graph loaded into the test server, the Browser opened from the server, the Bolt
/// failure a user meets first, <c>:config useBolt: false</c>, connect, the style applied, every saved query run.
/// The assertions are on the page: drawn nodes and relationships with the captions and colours of style.grass,
/// tables with their rows, and an evidence sentence traced to its article, index and cue. Screenshots are kept in
/// TestResults/neo4j-browser. Part of <see cref="Neo4jServerTests"/> because it shares the test database.
/// </summary>
public sealed partial class Neo4jServerTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Neo4jBrowserDrawsEverySavedQueryInTheStyleWithTheEvidenceOfItsArticles()
    {
        var tools = Path.Combine(TestPaths.RepoRoot, "tools");
        var chromium = Requires.Chromium();
        Requires.NpmPackage("tools", "playwright-core");
        var connection = Neo4jTestServer.Connection();
        using var client = await EmptyDatabaseAsync();
        var graph = Neo4jTestGraphs.Seeds();
        await ExportAsync(graph);

        var queries = SavedQueries.Load();
        var folder = TestPaths.TempFolder();
        var queriesFile = Path.Combine(folder, "queries.json");
        File.WriteAllText(queriesFile, JsonSerializer.Serialize(queries.Select(q => new { name = q.Name, view = q.View, text = q.Text })));
        var shots = Path.Combine(TestPaths.RepoRoot, "tests", "KnowledgeGraph.Tests", "TestResults", "neo4j-browser");
        if (Directory.Exists(shots)) Directory.Delete(shots, recursive: true);

        var run = ChildProcess.Run("node",
            ["neo4j-browser-check.mjs", "--uri", connection.Uri.ToString().TrimEnd('/'), "--user", connection.User,
             "--style", Path.Combine(TestPaths.RepoRoot, "graph-schema", "neo4j", "style.grass"),
             "--queries", queriesFile, "--out", shots, "--chromium", chromium],
            new Dictionary<string, string> { ["NEO4J_PASSWORD"] = connection.Password }, workingDirectory: tools);
        Assert.IsTrue(run.Out.TrimStart().StartsWith('{'), $"neo4j-browser-check.mjs exited {run.Code}: {run.Err}");
        var report = JsonDocument.Parse(run.Out).RootElement;
        foreach (var file in Directory.EnumerateFiles(shots, "*.png").Order(StringComparer.Ordinal)) TestContext.AddResultFile(file);
        Assert.IsFalse(report.TryGetProperty("failure", out var failure), "the Browser could not be driven: " + failure);
        TestContext.WriteLine($"requests refused (not 127.0.0.1): {string.Join(", ", report.GetProperty("refused").EnumerateArray().Select(u => new Uri(u.GetString()!).Host).Distinct())}");

        Assert.Contains("WebSocket connection failure", report.GetProperty("bolt").GetString()!, "without Bolt, the Browser's first connect fails as the docs say");
        Assert.IsTrue(report.GetProperty("connected").GetBoolean(), "connected over HTTP after :config useBolt: false — " + report.GetProperty("connection").GetString());

        var style = GrassStyle.Load();
        var expected = Expectations.Of(graph);
        var seen = report.GetProperty("queries").EnumerateArray().ToList();
        Assert.HasCount(queries.Count, seen);
        int completeCaptions = 0, captions = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var (query, frame) = (queries[i], seen[i]);
            var what = $"'{query.Name}' ({query.View})";
            Assert.AreEqual("", frame.GetProperty("error").GetString(), $"{what}: the Browser shows an error");
            Assert.IsTrue(File.Exists(frame.GetProperty("screenshot").GetString()), $"{what}: screenshot");
            if (!query.Draws)
            {
                var rows = frame.GetProperty("rows").GetArrayLength();
                Assert.IsGreaterThan(1, rows, $"{what}: a table with a header and rows");
                continue;
            }
            var nodes = frame.GetProperty("nodes").EnumerateArray().ToList();
            var relationships = frame.GetProperty("relationships").EnumerateArray().ToList();
            Assert.IsNotEmpty(nodes, $"{what}: nodes drawn");
            Assert.IsNotEmpty(relationships, $"{what}: relationships drawn");
            foreach (var node in nodes)
            {
                var id = node.GetProperty("id").GetString()!;
                var labels = node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray();
                var caption = string.Join(' ', node.GetProperty("captions").EnumerateArray().Select(c => c.GetString()));
                Assert.IsTrue(expected.NodeCaptions.TryGetValue(id, out var full), $"{what}: drawn node {id} is in the graph");
                Assert.IsTrue(Shows(caption, full), $"{what}: node {id} reads '{caption}', from the style's caption '{full}'");
                Assert.AreEqual(style.NodeColour(labels), node.GetProperty("fill").GetString(), $"{what}: colour of {id} ({string.Join(":", labels)})");
            }
            var complete = 0;
            foreach (var relationship in relationships)
            {
                var type = relationship.GetProperty("type").GetString()!;
                var caption = relationship.GetProperty("caption").GetString()!;
                var full = relationship.GetProperty("count").ValueKind == JsonValueKind.Number
                    ? $"{type} {relationship.GetProperty("count").GetInt64()}"
                    : type;
                // an arc too short for any text has no caption; one too short for all of it shows its start
                Assert.IsTrue(caption.Length == 0 || Shows(caption, full), $"{what}: a {type} relationship reads '{caption}' instead of '{full}'");
                if (caption == full) complete++;
                Assert.AreEqual(style.RelationshipColour(type), relationship.GetProperty("fill").GetString(), $"{what}: colour of {type}");
            }
            if (relationships.Count >= 5) Assert.IsGreaterThan(0, complete, $"{what}: some relationship captions read in full");
            (completeCaptions, captions) = (completeCaptions + complete, captions + relationships.Count);
            if (nodes.Any(n => n.GetProperty("labels").EnumerateArray().Any(l => l.GetString() == Neo4jEventModel.Default.Label))
                && frame.TryGetProperty("inspector", out var inspector) && inspector.GetString()!.Contains("text:"))
                AssertInspectedEvent(what, inspector.GetString()!, expected);
        }
        TestContext.WriteLine($"relationship captions in full: {completeCaptions} of {captions}");
        Assert.IsGreaterThan(0.6, completeCaptions / (double)captions, $"relationship captions read 'TYPE count' in full: {completeCaptions} of {captions}");

        var evidenceTable = queries.Select((q, i) => (q, i)).Single(p => !p.q.Draws && p.q.Text.Contains(":Event", StringComparison.Ordinal)).i;
        AssertEvidenceRows(seen[evidenceTable].GetProperty("rows"), expected);
        var evidenceDrawing = queries.Select((q, i) => (q, i)).First(p => p.q.Draws && p.q.Text.Contains("REPORTS", StringComparison.Ordinal)).i;
        Assert.IsTrue(seen[evidenceDrawing].TryGetProperty("inspector", out var clicked) && clicked.GetString()!.Contains("text:"),
            "clicking an event shows its sentence in the inspector");
    }

    /// <summary>
    /// A caption as the Browser draws it: the style's caption, or its start when the circle or arc is too small
    /// (cut at a word, or ending in "…").
    /// </summary>
    private static bool Shows(string drawn, string full)
    {
        static string Squeeze(string s) => Regex.Replace(s, @"\s+", " ").Trim();
        var (d, f) = (Squeeze(drawn), Squeeze(full));
        if (d.Length == 0 || d.Contains('<') || d.Contains('{')) return false;
        return d == f || f.StartsWith(d.TrimEnd('…').TrimEnd(), StringComparison.Ordinal) && d.TrimEnd('…').Length > 0;
    }

    private static void AssertInspectedEvent(string what, string inspector, Expectations expected)
    {
        var id = Regex.Match(inspector, @"id:\s*(event:\S+)").Groups[1].Value;
        Assert.IsTrue(expected.Events.TryGetValue(id, out var ev), $"{what}: the inspector shows event '{id}' of the graph:\n{inspector}");
        var flat = Regex.Replace(inspector, @"\s+", " ");
        Assert.Contains(Regex.Replace(ev.Evidence.Text, @"\s+", " "), flat, $"{what}: the inspector shows the sentence");
        Assert.Contains($"doc: {ev.Evidence.Doc}", flat, $"{what}: the inspector shows the article");
        Assert.Contains($"sentence: {ev.Evidence.Sentence}", flat, $"{what}: the inspector shows the sentence index");
        Assert.Contains($"cue: {ev.Evidence.Cue}", flat, $"{what}: the inspector shows the cue");
    }

    /// <summary>Every row of the evidence table is a sentence of the graph with its article, title, index and cue.</summary>
    private static void AssertEvidenceRows(JsonElement rows, Expectations expected)
    {
        var header = rows[0].EnumerateArray().Select(c => c.GetString()!).ToList();
        int Column(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new AssertFailedException($"evidence table has no column {name}: {string.Join(", ", header)}");
        var (sentence, article, title, index, cue) = (Column("sentence"), Column("article"), Column("title"), Column("sentence_index"), Column("cue"));
        var body = rows.EnumerateArray().Skip(1).Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();
        Assert.IsNotEmpty(body);
        foreach (var row in body)
        {
            var matches = expected.Events.Values.Where(e => e.Evidence.Doc == row[article] && e.Evidence.Sentence.ToString() == row[index] && e.Evidence.Cue == row[cue]).ToList();
            Assert.IsNotEmpty(matches, $"row {string.Join(" | ", row)} is an evidence sentence of the graph");
            var match = matches[0];
            Assert.AreEqual(Regex.Replace(match.Evidence.Text, @"\s+", " ").Trim(), Regex.Replace(row[sentence], @"\s+", " ").Trim());
            Assert.AreEqual(expected.NodeTitles[Neo4jRows.ArticleId(row[article])], row[title], "the row names its article's title");
        }
    }

    /// <summary>What the graph says the Browser should show: the caption of every node and every evidence event.</summary>
    private sealed record Expectations(
        IReadOnlyDictionary<string, string> NodeCaptions, IReadOnlyDictionary<string, string> NodeTitles,
        IReadOnlyDictionary<string, (GraphEdge Edge, KnowledgeGraph.Extraction.Evidence Evidence)> Events)
    {
        public static Expectations Of(RelationGraph graph)
        {
            var captions = graph.Nodes.ToDictionary(n => n.Id, n => n.Kind == KnowledgeGraph.Lexicon.ActorKind.Article ? n.Title ?? "" : $"{n.NameEn} {n.NameAr}", StringComparer.Ordinal);
            var events = new Dictionary<string, (GraphEdge, KnowledgeGraph.Extraction.Evidence)>(StringComparer.Ordinal);
            foreach (var edge in graph.RelationEdges)
                foreach (var ev in edge.Evidence)
                {
                    var id = Neo4jRows.EventId(ev.Doc, ev.Sentence, edge.Type, edge.Source, edge.Target);
                    events[id] = (edge, ev);
                    captions[id] = $"{edge.Type} {ev.Date}";
                }
            var titles = graph.Nodes.Where(n => n.Title is not null).ToDictionary(n => n.Id, n => n.Title!, StringComparer.Ordinal);
            return new Expectations(captions, titles, events);
        }
    }

    /// <summary>The colours of graph-schema/neo4j/style.grass by selector.</summary>
    private sealed record GrassStyle(IReadOnlyDictionary<string, string> Colours)
    {
        public static GrassStyle Load()
        {
            var grass = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "graph-schema", "neo4j", "style.grass"));
            var colours = Regex.Matches(grass, @"^(?<selector>(node|relationship)(\.\w+)?)\s*\{(?<body>[^}]*(\{[^}]*\}[^}]*)*)\}", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups["selector"].Value, m => Regex.Match(m.Groups["body"].Value, @"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})").Groups[1].Value);
            return new GrassStyle(colours);
        }

        /// <summary>An actor takes the colour of its kind label, which the Browser applies over the Actor rule.</summary>
        public string NodeColour(IReadOnlyList<string> labels) =>
            Colours["node." + (labels.FirstOrDefault(l => l != Neo4jRows.ActorLabel) ?? labels[0])];

        public string RelationshipColour(string type) => Colours["relationship." + type];
    }
}
