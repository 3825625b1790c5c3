using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>Sentence → expected triples (regression.tsv), including sentences that must yield nothing.</summary>
[TestClass]
public sealed class RegressionTests
{
    public static IEnumerable<object[]> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extraction", "regression.tsv");
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            yield return [cols[1].Trim(), cols[0].Trim()];
        }
    }

    internal static SortedSet<string> Triples(RuleBasedExtractor extractor, string text) =>
        new(TriplesJsonlWriterKeys(extractor.Extract(new Article("t", "", text))), StringComparer.Ordinal);

    private static IEnumerable<string> TriplesJsonlWriterKeys(DocumentExtraction e) =>
        e.Relations.Where(r => r.Source.Code != r.Target.Code).Select(r => Key(r.Source.Code, r.Type, r.Target.Code));

    internal static string Key(string s, string r, string o) =>
        GraphSchema.Default.Get(r).Symmetric && string.CompareOrdinal(o, s) < 0 ? $"{o} {r} {s}" : $"{s} {r} {o}";

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Sentence_yields_exactly_the_expected_triples(string sentence, string expected)
    {
        var want = new SortedSet<string>(StringComparer.Ordinal);
        if (expected != "-")
            foreach (var t in expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var p = t.Split(' ');
                want.Add(Key(p[0], p[1], p[2]));
            }
        var got = Triples(RuleBasedExtractor.CreateDefault(), sentence);
        Assert.AreEqual(string.Join("; ", want), string.Join("; ", got), sentence);
    }
}
