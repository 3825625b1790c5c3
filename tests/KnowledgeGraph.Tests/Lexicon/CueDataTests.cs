using KnowledgeGraph.Extraction;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Lexicon;

/// <summary>
/// Checks the shipped cue lexicon (Lexicon/data/cues/*.tsv) as data: every lemma line is complete, no generated
/// single-word form is a frequent ordinary word of news text (Data/frequent-non-cue-words.txt), and sample phrases
/// of news (Data/cue-samples.tsv) find, or do not find, a cue of their type.
/// </summary>
[TestClass]
public sealed class CueDataTests
{
    private static readonly string DataFolder = Path.Combine(TestPaths.RepoRoot, "tests", "KnowledgeGraph.Tests", "Data");
    private static readonly CueLexicon Cues = CueLexicon.Load(null, KnowledgeGraph.Graph.GraphSchema.Default.RelationTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));

    private static IEnumerable<(string File, int Line, string[] Cols)> CueRows() => EmbeddedTsv.Rows("lexicon/cues/");

    [TestMethod]
    public void Every_lemma_line_has_a_type_a_part_of_speech_a_lemma_a_target_and_a_gloss()
    {
        var problems = new List<string>();
        var rows = CueRows().ToList();
        foreach (var (file, line, cols) in rows)
        {
            if (cols.Length != 5) problems.Add($"{file}:{line}: {cols.Length} columns, expected 5 (type pos lemma target gloss)");
            else if (cols.Any(c => c.Trim().Length == 0)) problems.Add($"{file}:{line}: an empty column");
        }
        Assert.IsGreaterThan(300, rows.Count(r => r.Cols[0] != "-"), "lemma lines read");
        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    [TestMethod]
    public void No_generated_single_word_form_is_a_frequent_ordinary_word()
    {
        var ordinary = File.ReadLines(Path.Combine(DataFolder, "frequent-non-cue-words.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        Assert.IsGreaterThan(2000, ordinary.Count, "frequent words listed");
        var clashes = Cues.All.Where(f => f.Words.Length == 1 && !f.AfterRelativeOnly && ordinary.Contains(f.Words[0]))
            .Select(f => $"«{f.Words[0]}» from {f.Lemma} ({f.Type}, {f.Source})").Distinct().ToList();
        Assert.IsEmpty(clashes, "generated forms that are ordinary words (constrain the lemma or list the word in cues/not-cues.tsv):\n" + string.Join("\n", clashes));
    }

    [TestMethod]
    public void A_not_cue_word_is_never_generated_alone()
    {
        var notCues = CueRows().Where(r => r.Cols[0] == "-").SelectMany(r => r.Cols[2].Split('|')).Select(ArabicNormalizer.Normalize).ToList();
        Assert.IsNotEmpty(notCues);
        var generated = notCues.Where(w => Cues.All.Any(f => f.Words.Length == 1 && f.Words[0] == w)).ToList();
        Assert.IsEmpty(generated, string.Join(" ", generated));
    }

    public static IEnumerable<object[]> Samples()
    {
        var path = Path.Combine(DataFolder, "cue-samples.tsv");
        foreach (var (line, i) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            yield return [cols[0], cols[1], cols[2], i];
        }
    }

    /// <summary>«+ TYPE phrase»: the phrase has a cue of TYPE that is not negated; «- TYPE phrase»: it has none.</summary>
    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void A_sample_phrase_finds_exactly_the_cues_it_should(string expect, string type, string phrase, int line)
    {
        var parse = RuleBasedExtractor.CreateDefault().Parser.Parse(phrase);
        var found = parse.Cues.Where(c => c.Form.Type == type && !c.Negated).ToList();
        var all = string.Join(", ", parse.Cues.Select(c => $"{c.Form.Type} «{c.Form.Display}»{(c.Negated ? " negated" : "")}"));
        if (expect == "+") Assert.IsNotEmpty(found, $"cue-samples.tsv:{line}: no {type} cue in «{phrase}» (cues: {all})");
        else Assert.IsEmpty(found, $"cue-samples.tsv:{line}: a {type} cue in «{phrase}» (cues: {all})");
    }
}
