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

    /// <summary>Whether a normalised word ends as a singular nisba does: masculine ي, feminine يه («روسي», «الروسيه»).</summary>
    public static bool HasSingularEnding(string word) => word.EndsWith('ي') || word.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>Whether a normalised word ends as a sound masculine plural nisba does: يين or يون («فلسطينيين», «الفلسطينيون»).</summary>
    public static bool HasPluralEnding(string word) => word.EndsWith("يين", StringComparison.Ordinal) || HasNominativePluralEnding(word);

    /// <summary>Whether a normalised word ends as a nominative plural nisba does: يون («الفلسطينيون»).</summary>
    public static bool HasNominativePluralEnding(string word) => word.EndsWith("يون", StringComparison.Ordinal);

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
