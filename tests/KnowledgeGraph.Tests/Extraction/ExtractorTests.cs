using System.Globalization;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Extraction;

[TestClass]
public sealed class ExtractorTests
{
    private static List<DocumentExtraction> ExtractSeeds() =>
        ArticleReader.ReadPaths([TestPaths.Seeds]).Select(RuleBasedExtractor.CreateDefault().Extract).ToList();

    private static string WriteTriples(IEnumerable<DocumentExtraction> extractions)
    {
        var path = Path.Combine(TestPaths.TempFolder(), "triples.jsonl");
        using (var stream = File.Create(path))
        using (var writer = new TriplesJsonlWriter(stream, GraphSchema.Default))
            foreach (var e in extractions) writer.WriteDocument(e);
        return path;
    }

    private static bool IsSymmetric(string t) => GraphSchema.Default.Find(t)?.Symmetric ?? false;

    [TestMethod]
    public void Seed_gold_is_reached_with_F1_at_least_0_90()
    {
        var gold = TripleScorer.ReadJsonl(TestPaths.SeedGold, IsSymmetric);
        var pred = TripleScorer.ReadJsonl(WriteTriples(ExtractSeeds()), IsSymmetric);
        var report = TripleScorer.Score(gold, pred);
        Assert.IsGreaterThanOrEqualTo(0.90, report.Overall.F1, $"P={report.Overall.P:0.000} R={report.Overall.R:0.000}");
    }

    [TestMethod]
    public void Eval_numbers_equal_score_py_on_the_same_files()
    {
        var triples = WriteTriples(ExtractSeeds());
        var gold = TripleScorer.ReadJsonl(TestPaths.SeedGold, IsSymmetric);
        var report = TripleScorer.Score(gold, TripleScorer.ReadJsonl(triples, IsSymmetric));
        var ours = EvalCommand.Format(report, new Dictionary<TripleKey, string>(), new Dictionary<TripleKey, string>())
            .Where(l => !l.StartsWith("missed") && !l.StartsWith("spurious")).Select(l => l.TrimEnd()).ToList();

        Requires.Program("python3", "apt-get install python3");
        var (code, output, errors) = ChildProcess.Run("python3", [TestPaths.ScorePy, TestPaths.SeedGold, triples, "--per-type"]);
        Assert.AreEqual(0, code, errors);
        var theirs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        CollectionAssert.AreEqual(theirs, ours);
    }

    [TestMethod]
    public void Scorer_treats_symmetric_types_as_unordered_and_drops_same_code_pairs()
    {
        var gold = new HashSet<TripleKey> { TripleScorer.Key("d", "ARM", "FIGHTS", "AZE", IsSymmetric), TripleScorer.Key("d", "RUS", "AIDS", "ARM", IsSymmetric) };
        var report = TripleScorer.Score(gold, [TripleScorer.Key("d", "AZE", "FIGHTS", "ARM", IsSymmetric), TripleScorer.Key("d", "ARM", "AIDS", "RUS", IsSymmetric), TripleScorer.Key("d", "RUS", "AIDS", "RUS", IsSymmetric)]);
        Assert.AreEqual(1, report.Overall.Tp);
        Assert.AreEqual(1, report.Overall.Fp);
        Assert.AreEqual(1, report.Overall.Fn);
        Assert.AreEqual("0.500", report.Overall.F1.ToString("0.000", CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void Parallel_extraction_equals_sequential()
    {
        var articles = ArticleReader.ReadPaths([TestPaths.Seeds]).ToList();
        var extractor = RuleBasedExtractor.CreateDefault();
        var sequential = articles.Select(a => string.Join("\n", extractor.Extract(a).Relations)).ToList();
        var parallel = articles.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(a => string.Join("\n", extractor.Extract(a).Relations)).ToList();
        CollectionAssert.AreEqual(sequential, parallel);
    }

    [TestMethod]
    public void Evidence_is_the_verbatim_sentence_and_ids_stay_most_specific()
    {
        var e = RuleBasedExtractor.CreateDefault().Extract(new Article("d", "", "وكتب رئيس وزراء أرمينيا، نيكول باشينيان، إلى الرئيس الروسي، فلاديمير بوتين، رسالة."));
        var r = e.Relations.Single();
        Assert.AreEqual("person:nikol_pashinyan", r.Source.Id);
        Assert.AreEqual("ARM", r.Source.Code);
        Assert.AreEqual("person:vladimir_putin", r.Target.Id);
        Assert.AreEqual("وكتب رئيس وزراء أرمينيا، نيكول باشينيان، إلى الرئيس الروسي، فلاديمير بوتين، رسالة.", r.Evidence.Text);
        Assert.AreEqual("كتب", r.Evidence.Cue);
    }

    [TestMethod]
    public void Document_parties_resolve_collective_references()
    {
        var text = "تتواصل الاشتباكات بين إثيوبيا وإريتريا على الحدود. ودعت الأمم المتحدة الطرفين إلى ضبط النفس.";
        var got = RegressionTests.Triples(RuleBasedExtractor.CreateDefault(), text);
        Assert.Contains("UN CALLS_ON ERI", got);
        Assert.Contains("UN CALLS_ON ETH", got);
    }

    [TestMethod]
    public void Parties_counterparts_and_dual_verbs_resolve_across_sentences()
    {
        const string text = "القاهرة - تتواصل المعارك بين الجيش السوداني وقوات الدعم السريع في الخرطوم. "
                            + "ودعت الجامعة العربية الطرفين إلى وقف فوري لإطلاق النار. "
                            + "والتقى وزير الخارجية المصري نظيره السعودي في القاهرة، واتفقا على تنسيق الجهود لإنهاء الحرب.";
        var got = RegressionTests.Triples(RuleBasedExtractor.CreateDefault(), text);
        CollectionAssert.AreEquivalent(
            new[] { "RSF FIGHTS SDN", "ARAB_LEAGUE CALLS_ON RSF", "ARAB_LEAGUE CALLS_ON SDN", "EGY CONSULTS SAU", "EGY AGREES SAU" },
            got.ToArray());
    }

    [TestMethod]
    public void An_extra_data_folder_adds_an_actor_and_a_cue_without_code_changes()
    {
        const string sentence = "وبارك وزير خارجية فريدونيا الخطوة التي اتخذتها مصر.";
        Assert.IsEmpty(RegressionTests.Triples(RuleBasedExtractor.CreateDefault(), sentence));

        var folder = TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "actors"));
        Directory.CreateDirectory(Path.Combine(folder, "cues"));
        File.WriteAllText(Path.Combine(folder, "actors", "extra.tsv"),
            "id\tcode\tkind\tname_en\tname_ar\tforms\toffice\toffice_from\toffice_to\nFRD\tFRD\tCountry\tFreedonia\tفريدونيا\tnisba:فريدوني\t\t\t\n");
        File.WriteAllText(Path.Combine(folder, "cues", "extra.tsv"), "type\tpos\tlemma\ttarget\tgloss\nSUPPORTS\tverb\tبارك/يبارك\t-\tbless\n");
        var extended = RuleBasedExtractor.CreateDefault(folder);
        var got = RegressionTests.Triples(extended, sentence);
        CollectionAssert.AreEqual(new[] { "FRD SUPPORTS EGY" }, got.ToArray());
    }

    [TestMethod]
    public void Explain_shows_tokens_mentions_cues_and_rules()
    {
        var lines = ExplainCommand.Explain(RuleBasedExtractor.CreateDefault(), "وطلبت أرمينيا من روسيا بدء مشاورات عاجلة.");
        Assert.IsTrue(lines.Any(l => l.StartsWith("tokens:") && l.Contains("طلبت")));
        Assert.IsTrue(lines.Any(l => l.StartsWith("mention:") && l.Contains("RUS") && l.Contains("[من]")));
        Assert.IsTrue(lines.Any(l => l.StartsWith("cue:") && l.Contains("REQUESTS")));
        Assert.IsTrue(lines.Any(l => l.StartsWith("rule:") && l.Contains("ARM REQUESTS RUS")));
    }
}
