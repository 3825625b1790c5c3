namespace KnowledgeGraph.Text;

/// <summary>
/// One token of a sentence: its offset and length in the original sentence text, its normalised form
/// (<see cref="ArabicNormalizer"/>), and whether it is punctuation. Words are maximal runs of letters and digits;
/// every other non-space character is a punctuation token of its own.
/// </summary>
public readonly record struct Token(int Start, int Length, string Norm, bool IsPunct)
{
    /// <summary>An opening quotation mark («"», «“», «»»): the quoted words that follow still belong to the phrase before it.</summary>
    public bool OpensQuote => IsPunct && Norm is "\"" or "“" or "«";

    /// <summary>A quotation mark, opening or closing: it ends no phrase («مقتل زعيم تنظيم "داعش" في غارة»).</summary>
    public bool IsQuote => IsPunct && Norm is "\"" or "“" or "”" or "«" or "»";

    public override string ToString() => Norm;
}

/// <summary>Tokenises a sentence into words and punctuation with offsets into the original text. O(n).</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Tokens of text[start..end); offsets are relative to <paramref name="start"/>.</summary>
    public static Token[] Tokenize(string text, int start, int end)
    {
        // One growing list per thread, copied out at the end: no list and oversized array per sentence.
        var tokens = _scratch ??= new List<Token>(64);
        tokens.Clear();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsDropped(c)) { i++; continue; }
            if (IsWordChar(c))
            {
                var s = i;
                while (i < end && (IsWordChar(text[i]) || IsDropped(text[i]))) i++;
                if (Normalized(text.AsSpan(s, i - s)) is { } norm) tokens.Add(new Token(s - start, i - s, norm, false));
                continue;
            }
            tokens.Add(new Token(i - start, 1, Punctuation(c), true));
            i++;
        }
        return tokens.ToArray();
    }

    [ThreadStatic] private static List<Token>? _scratch;
    [ThreadStatic] private static char[]? _buffer;

    /// <summary>A word's normal form (<see cref="ArabicNormalizer.Map"/>), built in a per-thread buffer; null when nothing is left.</summary>
    private static string? Normalized(ReadOnlySpan<char> word)
    {
        var buffer = _buffer is { } b && b.Length >= word.Length ? b : _buffer = new char[Math.Max(64, word.Length)];
        var n = 0;
        foreach (var c in word)
        {
            var m = ArabicNormalizer.Map(c);
            if (m != '\0') buffer[n++] = m;
        }
        return n == 0 ? null : new string(buffer, 0, n);
    }

    // The strings of one-character tokens below U+0700 (Latin and Arabic punctuation), made once each.
    private static readonly string?[] OneChar = new string?[0x700];

    private static string Punctuation(char c)
    {
        if (c >= OneChar.Length) return c.ToString();
        return OneChar[c] ??= c.ToString();
    }

    // The Arabic letters (ء to ي, U+0621–U+064A) are letters: tested first, they spare most characters a Unicode category lookup.
    private static bool IsWordChar(char c) => c is >= '\u0621' and <= '\u065F' or '\u0670' || char.IsLetterOrDigit(c);

    /// <summary>Characters inside words that normalisation removes (tatweel, joiners, direction marks).</summary>
    private static bool IsDropped(char c) => c is '\u0640' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF';
}
