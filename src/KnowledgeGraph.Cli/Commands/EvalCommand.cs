using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg eval --gold FILE INPUT...`: extract from the inputs and score against gold triples like score.py.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders of articles", Arity = ArgumentArity.OneOrMore };
        var gold = new Option<string>("--gold", "-g") { Description = "Gold triples (JSONL: doc, s, r, o)", Required = true };
        var lexicon = ExtractCommand.LexiconOption();
        var parts = new Option<string[]>("--part")
        {
            Description = "A named range of documents scored on its own as well, NAME=FIRST..LAST by document id (ordinal), e.g. explore=d001..d100; repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var errorsOf = new Option<string>("--errors-of")
        {
            Description = "List the missed and spurious triples of this part only ('all' or 'none' also), so a held-out part is measured without its errors being read",
            DefaultValueFactory = _ => "all",
        };
        var command = new Command("eval", "Score extraction against gold triples: every input document counts, also those with no gold triple; P/R/F1 overall, per type and per part, every missed and spurious triple")
            { inputs, gold, lexicon, BuildCommand.EncodingOption, parts, errorsOf };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UserError($"{goldPath}: no such gold file");
            foreach (var input in parse.GetValue(inputs)!)
                if (!File.Exists(input) && !Directory.Exists(input)) throw new UserError($"{input}: no such file or folder");
            var partList = (parse.GetValue(parts) ?? []).Select(DocumentRange.Parse).ToList();
            var errorsPart = parse.GetValue(errorsOf)!;
            if (errorsPart is not ("all" or "none") && partList.All(r => r.Name != errorsPart))
                throw new UserError($"--errors-of {errorsPart}: no --part of that name (give 'all', 'none' or a part's name)");
            var extractor = RuleBasedExtractor.CreateDefault(parse.GetValue(lexicon));
            HashSet<TripleKey> goldSet;
            try { goldSet = TripleScorer.ReadJsonl(goldPath, IsSymmetric); }
            catch (FormatException e) { throw new UserError(e.Message); }
            var evidence = new Dictionary<TripleKey, string>();
            var predicted = new List<TripleKey>();
            var docsRead = new HashSet<string>(StringComparer.Ordinal);
            var diagnostics = new Terminal.Diagnostics();
            foreach (var item in ArticleReader.Read(parse.GetValue(inputs)!, BuildCommand.ReaderOptionsOf(parse)))
            {
                if (item.Article is not { } article)
                {
                    diagnostics.Report(item.Problem!);
                    continue;
                }
                if (item.Warning is { } warning) diagnostics.Report(warning);
                docsRead.Add(article.Id.Trim());
                var extraction = extractor.Extract(article);
                foreach (var r in extraction.Relations)
                {
                    var k = TripleScorer.Key(r.Evidence.Doc, r.Source.Code, r.Type, r.Target.Code, IsSymmetric);
                    predicted.Add(k);
                    evidence.TryAdd(k, $"«{r.Evidence.Text}» (cue «{r.Evidence.Cue}», rule {r.Rule})");
                }
            }
            diagnostics.Flush();
            if (docsRead.Count == 0) throw new UserError("no article could be read: nothing to score");
            var report = TripleScorer.Score(goldSet, predicted, docsRead);
            var shown = errorsPart switch
            {
                "all" => report,
                "none" => report with { Missed = [], Spurious = [] },
                _ => Only(report, partList.Single(r => r.Name == errorsPart)),
            };
            foreach (var line in Format(shown, evidence, GoldEvidence(goldPath))) Console.WriteLine(line);
            foreach (var range in partList)
            {
                var partDocs = docsRead.Where(range.Contains).ToHashSet(StringComparer.Ordinal);
                var partReport = TripleScorer.Score(goldSet, predicted, partDocs);
                foreach (var line in FormatPart(range.Name, partReport)) Console.WriteLine(line);
            }
            return 0;
        });
        return command;
    }

    private static bool IsSymmetric(string type) => GraphSchema.Default.Find(type)?.Symmetric ?? false;

    private static Dictionary<TripleKey, string> GoldEvidence(string path)
    {
        var result = new Dictionary<TripleKey, string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0) continue;
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var e = doc.RootElement;
            var k = TripleScorer.Key(e.GetProperty("doc").GetString()!, e.GetProperty("s").GetString()!, e.GetProperty("r").GetString()!, e.GetProperty("o").GetString()!, IsSymmetric);
            if (e.TryGetProperty("evidence", out var ev)) result.TryAdd(k, $"«{ev.GetString()}»");
        }
        return result;
    }

    private static ScoreReport Only(ScoreReport report, DocumentRange range) =>
        report with { Missed = report.Missed.Where(k => range.Contains(k.Doc)).ToList(), Spurious = report.Spurious.Where(k => range.Contains(k.Doc)).ToList() };

    /// <summary>A part's figures: its overall line, then its per-type lines, each prefixed by the part's name.</summary>
    public static IEnumerable<string> FormatPart(string name, ScoreReport report)
    {
        yield return $"part {name}: {Counts(report)} {Figures(report.Overall)}";
        foreach (var t in report.PerType) yield return $"part {name}: {TypeLine(t)}";
    }

    public static IEnumerable<string> Format(ScoreReport report, IReadOnlyDictionary<TripleKey, string> predictedEvidence, IReadOnlyDictionary<TripleKey, string> goldEvidence)
    {
        foreach (var t in report.PerType) yield return TypeLine(t);
        foreach (var k in report.Missed) yield return $"missed   {k}  {goldEvidence.GetValueOrDefault(k, "")}";
        foreach (var k in report.Spurious) yield return $"spurious {k}  {predictedEvidence.GetValueOrDefault(k, "")}";
        yield return Counts(report);
        yield return Figures(report.Overall);
    }

    private static string Counts(ScoreReport r) =>
        $"docs={r.Docs} gold={r.Gold} pred={r.Pred} tp={r.Overall.Tp} fp={r.Overall.Fp} fn={r.Overall.Fn}";

    private static string Figures(TypeScore t) => $"P={F(t.P)} R={F(t.R)} F1={F(t.F1)}";

    private static string TypeLine(TypeScore t) => $"{t.Type,-12} {Figures(t)} (tp={t.Tp} fp={t.Fp} fn={t.Fn})";

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>A named range of document ids, FIRST..LAST inclusive in ordinal order (d001..d100).</summary>
public sealed record DocumentRange(string Name, string First, string Last)
{
    public bool Contains(string doc) => string.CompareOrdinal(doc, First) >= 0 && string.CompareOrdinal(doc, Last) <= 0;

    public static DocumentRange Parse(string text)
    {
        var eq = text.IndexOf('=');
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (eq <= 0 || dots < eq + 2 || dots + 2 >= text.Length)
            throw new UserError($"--part {text}: expected NAME=FIRST..LAST, e.g. explore=d001..d100");
        var range = new DocumentRange(text[..eq], text[(eq + 1)..dots], text[(dots + 2)..]);
        if (string.CompareOrdinal(range.First, range.Last) > 0 || range.Name is "all" or "none")
            throw new UserError($"--part {text}: FIRST must not sort after LAST, and the name must not be 'all' or 'none'");
        return range;
    }
}
