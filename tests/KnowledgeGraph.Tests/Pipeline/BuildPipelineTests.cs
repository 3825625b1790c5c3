using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Pipeline;

[TestClass]
public sealed class BuildPipelineTests
{
    /// <summary>The 160 dev articles as JSON lines plus the seeds as .txt files: real, noisy articles of both kinds.</summary>
    private static string SampleCorpus() => RealArticles.Folder();

    /// <summary>The real extractor, made to finish articles out of order, and to throw on the ids it is told to.</summary>
    private sealed class ShuffledExtractor(IDocumentExtractor inner, params string[] failOn) : IDocumentExtractor
    {
        public DocumentExtraction Extract(Article article)
        {
            if (failOn.Contains(article.Id)) throw new InvalidOperationException("pattern table corrupted");
            Thread.SpinWait((article.Id.GetHashCode() & 0x3FF) * 50);
            var result = inner.Extract(article);
            // A relation per article whose evidence names the article, so triples.jsonl shows the merge order.
            var s = new ActorRef("RUS", "RUS");
            var o = new ActorRef(article.Id.Length % 2 == 0 ? "ARM" : "AZE", article.Id.Length % 2 == 0 ? "ARM" : "AZE");
            var relation = new ExtractedRelation(s, "MEDIATES", o, new Evidence(article.Id, 0, article.Title, "تتوسط", article.Date), "test");
            return result with { Relations = [.. result.Relations, relation] };
        }
    }

    private static Dictionary<string, byte[]> Build(string input, int threads, string[]? failOn = null)
    {
        var outDir = TestPaths.TempFolder();
        var extractor = new ShuffledExtractor(RuleBasedExtractor.CreateDefault(), failOn ?? []);
        GraphBuild.Run(ArticleReader.Read([input]), new BuildOptions(outDir, threads), extractor);
        return Directory.EnumerateFiles(outDir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }

    [TestMethod]
    public void The_outputs_are_byte_identical_whatever_the_thread_count()
    {
        var input = SampleCorpus();
        var one = Build(input, threads: 1);
        CollectionAssert.AreEquivalent(new[] { "triples.jsonl", "graph.json", "graph.graphml", "graph.html", ".kg-outputs" }, one.Keys.ToArray());
        Assert.IsGreaterThanOrEqualTo(RealArticles.Count, one["triples.jsonl"].Count(b => b == '\n'));
        foreach (var threads in new[] { 2, 4, 7 })
        {
            var many = Build(input, threads);
            foreach (var (name, bytes) in one)
                CollectionAssert.AreEqual(bytes, many[name], $"{name} with {threads} threads");
        }
    }

    [TestMethod]
    public void Triples_are_written_in_input_order()
    {
        var input = SampleCorpus();
        var triples = System.Text.Encoding.UTF8.GetString(Build(input, threads: 4)["triples.jsonl"]);
        var docs = triples.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!)
            .Distinct().ToArray();
        var expected = ArticleReader.ReadPaths([input]).Select(a => a.Id).ToArray();
        CollectionAssert.AreEqual(expected, docs);
    }

    [TestMethod]
    public void An_article_that_throws_is_reported_with_its_id_counted_and_the_rest_is_written()
    {
        var input = SampleCorpus();
        var ids = ArticleReader.ReadPaths([input]).Select(a => a.Id).ToArray();
        var outDir = TestPaths.TempFolder();
        var reports = new List<InputDiagnostic>();
        var result = GraphBuild.Run(ArticleReader.Read([input]), new BuildOptions(outDir, Threads: 2),
            new ShuffledExtractor(RuleBasedExtractor.CreateDefault(), ids[7]), reports.Add);
        Assert.AreEqual(1L, result.Pipeline.Failed);
        Assert.AreEqual(ids.Length - 1L, result.Pipeline.Articles);
        var report = reports.Single();
        Assert.AreEqual(ids[7], report.ArticleId);
        Assert.Contains("extraction failed (InvalidOperationException: pattern table corrupted), skipped", report.ToString());
        var docs = File.ReadLines(result.TriplesPath).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()).ToHashSet();
        Assert.DoesNotContain(ids[7], docs);
        Assert.Contains(ids[8], docs);
        Assert.IsFalse(result.Graph.Nodes.Any(n => n.Id == GraphBuilder.ArticleNodeId(ids[7])));
    }

    [TestMethod]
    public void Malformed_lines_and_huge_articles_are_reported_in_order_counted_and_skipped()
    {
        var folder = TestPaths.TempFolder();
        var corpus = RealArticles.JsonLines().Take(50).ToList();
        corpus.Insert(10, "{\"id\": \"cut-off\", \"text\": \"روسيا");
        corpus.Insert(20, $$"""{"id": "huge", "title": "t", "text": "{{new string('ر', 5_000_001)}}"}""");
        var file = Path.Combine(folder, "mixed.jsonl");
        File.WriteAllLines(file, corpus);
        var reports = new List<InputDiagnostic>();
        var result = GraphBuild.Run(ArticleReader.Read([file]), new BuildOptions(TestPaths.TempFolder(), Threads: 3), report: reports.Add);
        Assert.AreEqual((50L, 2L, 0L), (result.Pipeline.Articles, result.Pipeline.Skipped, result.Pipeline.Failed));
        Assert.AreEqual((11L, "cut-off"), (reports[0].Line, reports[0].ArticleId));
        Assert.AreEqual((21L, "huge"), (reports[1].Line, reports[1].ArticleId));
        Assert.AreEqual(50, result.Graph.Nodes.Count(n => n.Kind == KnowledgeGraph.Lexicon.ActorKind.Article));
    }

    [TestMethod]
    public void No_more_than_the_window_of_articles_is_between_reading_and_merging()
    {
        var input = SampleCorpus();
        long read = 0, merged = 0, widest = 0;
        IEnumerable<ReadItem> Counted()
        {
            foreach (var item in ArticleReader.Read([input]))
            {
                var inFlight = Interlocked.Increment(ref read) - Interlocked.Read(ref merged);
                InterlockedMax(ref widest, inFlight);
                yield return item;
            }
        }
        var pipeline = new BuildPipeline(RuleBasedExtractor.CreateDefault(), new PipelineOptions(Threads: 2, Window: 8, Batch: 4));
        var summary = pipeline.Run(Counted(), _ => Interlocked.Increment(ref merged));
        Assert.AreEqual(summary.Articles, merged);
        // The window (two batches queued) plus the batch being merged and the one being read.
        Assert.IsLessThanOrEqualTo(8 + 2 * 4, widest);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    [TestMethod]
    public void Cancelling_leaves_no_output_and_no_temporary_file()
    {
        var input = SampleCorpus();
        var outDir = TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(outDir, "triples.jsonl"), "previous run\n");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsExactly<OperationCanceledException>(() => GraphBuild.Run(ArticleReader.Read([input]),
            new BuildOptions(outDir, Threads: 2), progress: p => { if (p.Articles >= 64) cancel.Cancel(); }, cancellation: cancel.Token));
        CollectionAssert.AreEqual(new[] { "triples.jsonl" }, Directory.EnumerateFiles(outDir).Select(Path.GetFileName).ToArray());
        Assert.AreEqual("previous run\n", File.ReadAllText(Path.Combine(outDir, "triples.jsonl")));
    }
}
