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
        var command = new Command("eval", "Score extraction against gold triples: P/R/F1 overall and per type, every missed and spurious triple") { inputs, gold, lexicon, BuildCommand.EncodingOption };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UserError($"{goldPath}: no such gold file");
            foreach (var input in parse.GetValue(inputs)!)
                if (!File.Exists(input) && !Directory.Exists(input)) throw new UserError($"{input}: no such file or folder");
            var extractor = RuleBasedExtractor.CreateDefault(parse.GetValue(lexicon));
            HashSet<TripleKey> goldSet;
            try { goldSet = TripleScorer.ReadJsonl(goldPath, IsSymmetric); }
            catch (FormatException e) { throw new UserError(e.Message); }
            var evidence = new Dictionary<TripleKey, string>();
            var predicted = new List<TripleKey>();
            var sentences = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var diagnostics = new Terminal.Diagnostics();
            foreach (var item in ArticleReader.Read(parse.GetValue(inputs)!, BuildCommand.ReaderOptionsOf(parse)))
            {
                if (item.Article is not { } article)
                {
                    diagnostics.Report(item.Problem!);
                    continue;
                }
                if (item.Warning is { } warning) diagnostics.Report(warning);
                var extraction = extractor.Extract(article);
                foreach (var r in extraction.Relations)
                {
                    var k = TripleScorer.Key(r.Evidence.Doc, r.Source.Code, r.Type, r.Target.Code, IsSymmetric);
                    predicted.Add(k);
                    evidence.TryAdd(k, $"«{r.Evidence.Text}» (cue «{r.Evidence.Cue}», rule {r.Rule})");
                }
            }
            diagnostics.Flush();
            var report = TripleScorer.Score(goldSet, predicted);
            foreach (var line in Format(report, evidence, GoldEvidence(goldPath))) Console.WriteLine(line);
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

    public static IEnumerable<string> Format(ScoreReport report, IReadOnlyDictionary<TripleKey, string> predictedEvidence, IReadOnlyDictionary<TripleKey, string> goldEvidence)
    {
        static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        foreach (var t in report.PerType)
            yield return $"{t.Type,-12} P={F(t.P)} R={F(t.R)} F1={F(t.F1)} (tp={t.Tp} fp={t.Fp} fn={t.Fn})";
        foreach (var k in report.Missed) yield return $"missed   {k}  {goldEvidence.GetValueOrDefault(k, "")}";
        foreach (var k in report.Spurious) yield return $"spurious {k}  {predictedEvidence.GetValueOrDefault(k, "")}";
        var o = report.Overall;
        yield return $"docs={report.Docs} gold={report.Gold} pred={report.Pred} tp={o.Tp} fp={o.Fp} fn={o.Fn}";
        yield return $"P={F(o.P)} R={F(o.R)} F1={F(o.F1)}";
    }
}
