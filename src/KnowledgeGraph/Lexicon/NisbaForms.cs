using KnowledgeGraph.Text;

namespace KnowledgeGraph.Lexicon;

/// <summary>
/// Inflects a masculine singular nisba adjective (روسي) into the forms news text uses:
/// feminine روسيه (ة after normalisation), the indefinite accusative روسيا (tanwin alef, which names the country anyway), duals روسيان/روسيين/روسيتان/روسيتين, sound plurals روسيون/روسيين/روسيات,
/// each also with the article ال. The input is the form as written in the lexicon; the output is normalised.
/// </summary>
public static class NisbaForms
{
    private static readonly string[] Suffixes = ["", "ه", "ا", "ان", "ين", "تان", "تين", "ون", "ات"];

    public static IEnumerable<string> Inflect(string masculineSingular)
    {
        // Only a written «ال» is the article: «ألماني» normalises to «الماني», whose «ال» is part of the stem.
        var written = masculineSingular.Trim();
        var stem = ArabicNormalizer.Normalize(written.StartsWith("ال", StringComparison.Ordinal) ? written[2..] : written);
        foreach (var suffix in Suffixes)
        {
            yield return stem + suffix;
            yield return "ال" + stem + suffix;
        }
    }
}
