using System.CommandLine;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg explain "SENTENCE"`: tokens, mentions with codes, cues and the rule behind each triple.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("sentence") { Description = "Arabic sentence (or paragraph); - reads it from standard input" };
        var lexicon = ExtractCommand.LexiconOption();
        var command = new Command("explain", "Show how a sentence is read: tokens, actor mentions, cues and rules") { text, lexicon };
        command.SetAction(parse =>
        {
            var input = ExtractCommand.TextOrStandardInput(parse.GetValue(text)!);
            if (input.Trim().Length == 0) throw new UserError("explain: the sentence is empty");
            var extractor = RuleBasedExtractor.CreateDefault(parse.GetValue(lexicon));
            foreach (var line in Explain(extractor, input)) Console.WriteLine(line);
            return 0;
        });
        return command;
    }

    public static List<string> Explain(RuleBasedExtractor extractor, string input)
    {
        var output = new List<string>();
        // The parses the rules read: surnames of persons named earlier in the input are mentions too.
        foreach (var (_, p, _) in extractor.Read(new Article("text", "", input)))
        {
            output.Add($"sentence: {p.Text}");
            output.Add("tokens:   " + string.Join(" ", p.Tokens.Select((t, i) =>
            {
                var r = p.Readings[i].FirstOrDefault(x => x.Prefix.Length > 0 || x.Suffix.Length > 0);
                var split = r.Stem is null || t.IsPunct ? "" : $"[{r.Prefix}+{r.Stem}+{r.Suffix}]";
                return $"{i}:{t.Norm}{(p.Readings[i].Length > 1 ? split : "")}|c{p.Clause[i]}";
            })));
            foreach (var g in p.Groups) output.Add($"mention:  tokens {g.Lead}-{g.End - 1} {g}");
            foreach (var g in p.Places) output.Add($"place:    tokens {g.Lead}-{g.End - 1} {g}");
            foreach (var c in p.Cues)
                output.Add($"cue:      tokens {c.Start}-{c.End - 1} «{c.Form.Display}» {c.Form.Type} {c.Form.Kind}"
                           + (c.Suffix.Length > 0 ? $" suffix {c.Suffix}" : "") + (c.IsDual ? " dual" : "") + (c.Negated ? " NEGATED" : ""));
        }
        var trace = new List<string>();
        extractor.Extract(new Article("text", "", input), trace);
        output.AddRange(trace.Select(t => "rule:     " + t));
        return output;
    }
}
