namespace KnowledgeGraph.Lexicon;

/// <summary>
/// Inflects a masculine singular nisba adjective (روسي) into the forms news text uses:
/// feminine روسيه (ة after normalisation), duals روسيان/روسيين/روسيتان/روسيتين, sound plurals روسيون/روسيين/روسيات,
/// each also with the article ال. Input and output are normalised text.
/// </summary>
public static class NisbaForms
{
    private static readonly string[] Suffixes = ["", "ه", "ان", "ين", "تان", "تين", "ون", "ات"];

    public static IEnumerable<string> Inflect(string masculineSingular)
    {
        var stem = masculineSingular.StartsWith("ال", StringComparison.Ordinal) ? masculineSingular[2..] : masculineSingular;
        foreach (var suffix in Suffixes)
        {
            yield return stem + suffix;
            yield return "ال" + stem + suffix;
        }
    }
}
