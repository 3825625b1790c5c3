using System.Text;

namespace KnowledgeGraph.Text;

/// <summary>
/// Folds the spelling variation of Arabic news text onto one form so that lexicon entries and text
/// compare equal: diacritics and tatweel removed; alef forms (أ إ آ ٱ) to ا; ى to ي; ة to ه;
/// Persian and Urdu letters (ی ې ک ہ ۀ ە) to their Arabic counterparts; Arabic-Indic digits to ASCII.
/// Lexicon forms and text both pass through <see cref="Normalize"/>.
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>A normalised word without its article («التنظيم» → «تنظيم»); words of three letters or fewer are kept whole.</summary>
    public static string WithoutArticle(string word) =>
        word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = Map(c);
            if (mapped != '\0') sb.Append(mapped);
        }
        return sb.ToString();
    }

    /// <summary>The normal form of one character, or '\0' when the character is dropped.</summary>
    public static char Map(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => '\0',      // harakat, tanwin, shadda, sukun and extended marks
        '\u0670' => '\0',                          // superscript alef
        '\u0640' => '\0',                          // tatweel
        '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' => '\0', // joiners, direction marks, BOM
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' or 'ی' or 'ې' or 'ے' => 'ي',
        'ة' or 'ۀ' or 'ہ' or 'ە' or 'ۃ' => 'ه',
        'ک' => 'ك',
        'گ' => 'ك',
        'ڤ' => 'ف',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '\u00A0' => ' ',
        _ => c,
    };
}
