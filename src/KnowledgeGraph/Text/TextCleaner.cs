namespace KnowledgeGraph.Text;

/// <summary>A line of article text kept after cleaning: its offset in the original text and its length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Drops page furniture from an article before sentence splitting: lines matching the boilerplate rules
/// (Lexicon/data/text/boilerplate.tsv), lines without an Arabic letter, repeated lines, short date/site headers,
/// and a leading dateline such as «باكו -» or «(سبوتنيك - 17 نوفمبر 2021)». Works on spans of the original text so
/// evidence stays verbatim. O(n) in the text length times the number of rules.
/// </summary>
public sealed class TextCleaner(IReadOnlyList<string> containsRules, IReadOnlyList<string> prefixRules)
{
    public static TextCleaner Default => LazyDefault.Value;
    private static readonly Lazy<TextCleaner> LazyDefault = new(() => FromRules(EmbeddedData.ReadText("lexicon/text/boilerplate.tsv"), "boilerplate.tsv"));

    public static TextCleaner FromRules(string tsv, string sourceName)
    {
        var contains = new List<string>();
        var prefix = new List<string>();
        foreach (var (cols, line) in Lexicon.TsvRows.Read(tsv, sourceName))
        {
            if (cols.Length < 2) throw new Lexicon.LexiconException($"{sourceName}:{line}: expected 'match<TAB>text'");
            switch (cols[0])
            {
                case "contains": contains.Add(cols[1]); break;
                case "prefix": prefix.Add(cols[1]); break;
                default: throw new Lexicon.LexiconException($"{sourceName}:{line}: match kind '{cols[0]}' is not contains or prefix");
            }
        }
        return new TextCleaner(contains, prefix);
    }

    /// <summary>The content lines of <paramref name="text"/>, trimmed, datelines removed.</summary>
    public List<TextSpan> ContentLines(string text)
    {
        var kept = new List<TextSpan>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var span = Trim(text, start, end);
            if (span.Length > 0 && Keep(text, span, seen))
                kept.Add(StripDateline(text, span));
            if (nl < 0) break;
            start = nl + 1;
        }
        return kept;
    }

    private bool Keep(string text, TextSpan span, HashSet<string> seen)
    {
        var line = span.Of(text);
        if (!seen.Add(line)) return false;
        if (!HasArabicLetter(line)) return false;
        if (IsBoilerplate(line)) return false;
        if (HasAtMostWords(line, 6) && line.Any(char.IsDigit)) return false;
        return true;
    }

    /// <summary>Whether a (trimmed) line matches one of the boilerplate rules: a cookie notice, an ad slot, a byline.</summary>
    public bool IsBoilerplate(string line)
    {
        foreach (var rule in containsRules)
            if (line.Contains(rule, StringComparison.Ordinal)) return true;
        foreach (var rule in prefixRules)
            if (line.StartsWith(rule, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// «باكو - …» (one or two words then a dash) or a leading parenthesised source/date header. Read in place: only
    /// the line's first 80 characters can hold a header, and only its first 30 a dateline's dash.
    /// </summary>
    private static TextSpan StripDateline(string text, TextSpan span)
    {
        var line = text.AsSpan(span.Start, span.Length);
        var cut = 0;
        if (line.StartsWith('('))
        {
            var close = line[..Math.Min(line.Length, 80)].IndexOf(')');
            if (close > 0 && line[..close].IndexOfAny("0123456789٠١٢٣٤٥٦٧٨٩") >= 0) cut = close + 1;
        }
        else
        {
            var dash = line[..Math.Min(line.Length, 30)].IndexOfAny('-', '–', '—');
            if (dash > 0 && line.Length > 60 && dash + 1 < line.Length && line[dash + 1] == ' ' && line[dash - 1] == ' '
                && HasAtMostWords(line[..dash], 2))
                cut = dash + 1;
        }
        if (cut == 0) return span;
        var trimmed = Trim(text, span.Start + cut, span.End);
        return trimmed.Length > 0 ? trimmed : span;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end - start);
    }

    private static bool HasArabicLetter(string line) => line.AsSpan().IndexOfAnyInRange('\u0621', '\u064A') >= 0;

    /// <summary>Whether s has at most <paramref name="max"/> words; stops counting at the first word past it.</summary>
    private static bool HasAtMostWords(ReadOnlySpan<char> s, int max)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord && ++n > max) return false;
            inWord = w;
        }
        return true;
    }
}
