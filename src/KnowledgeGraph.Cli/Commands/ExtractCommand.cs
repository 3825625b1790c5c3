using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg extract "TEXT"`: the triples of a sentence or paragraph with their cue, rule and evidence.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "Arabic sentence or paragraph; - reads it from standard input (no size limit)" };
        var lexicon = LexiconOption();
        var command = new Command("extract", "Print the triples a text states, with cue, rule and evidence") { text, lexicon };
        command.SetAction(parse =>
        {
            var input = TextOrStandardInput(parse.GetValue(text)!);
            if (input.Trim().Length == 0) throw new UserError("extract: the text is empty");
            var extractor = RuleBasedExtractor.CreateDefault(parse.GetValue(lexicon));
            var extraction = extractor.Extract(new Article("text", "", input));
            var triples = TriplesJsonlWriter.DistinctTriples(extraction.Relations, GraphSchema.Default).ToList();
            foreach (var r in triples)
            {
                Console.WriteLine($"{r.Source.Code} {r.Type} {r.Target.Code}\tcue «{r.Evidence.Cue}»\trule {r.Rule}");
                Console.WriteLine($"    {r.Evidence.Text}");
            }
            if (triples.Count == 0) Console.WriteLine("(no relation)");
            return 0;
        });
        return command;
    }

    /// <summary>The text of the argument, or all of standard input when it is "-" (the command line caps an argument at 128 KB).</summary>
    public static string TextOrStandardInput(string argument)
    {
        if (argument != "-") return argument;
        using var reader = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    /// <summary>--lexicon DIR: a folder whose actors/, cues/ and words/ *.tsv extend the embedded lexicons.</summary>
    public static Option<string?> LexiconOption() => new("--lexicon", "-l")
    {
        Description = "Folder with extra actors/, cues/ and words/ TSV files",
    };
}
