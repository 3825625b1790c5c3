using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Text;

/// <summary>
/// Arabic presentation forms (the positional and ligature glyphs of old PDFs and some sites) replaced by the letters
/// they stand for, from the table in Text/data/presentation-forms.tsv (Unicode's compatibility decompositions, which
/// <see cref="string.Normalize()"/> does not apply in invariant-globalization mode). Linear in the text.
/// </summary>
public static class PresentationForms
{
    private static readonly Lazy<FrozenDictionary<char, string>> Table = new(() =>
    {
        var table = new Dictionary<char, string>();
        foreach (var (cols, line) in Lexicon.TsvRows.Read(EmbeddedData.ReadText("text/presentation-forms.tsv"), "presentation-forms.tsv"))
        {
            if (cols.Length < 2) throw new Lexicon.LexiconException($"presentation-forms.tsv:{line}: expected 'code<TAB>letters'");
            var letters = string.Concat(cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(hex => (char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            table[(char)int.Parse(cols[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = letters;
        }
        return table.ToFrozenDictionary();
    });

    private static bool InRange(char c) => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>The text with every presentation form replaced; the same instance when there is none.</summary>
    public static string Fold(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uFB50', '\uFEFF');
        if (first < 0) return text;
        var table = Table.Value;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (InRange(c) && table.TryGetValue(c, out var letters)) sb.Append(letters);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
