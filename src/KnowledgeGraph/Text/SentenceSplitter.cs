namespace KnowledgeGraph.Text;

/// <summary>
/// Splits a line into sentences at . ! ? ؟ and … (؛ only separates clauses) — also when the next sentence is glued to the full stop with no
/// space («…أذربيجان.قالت…») — but not inside numbers (6.5), after a one-letter abbreviation (د.) or before a
/// closing quote, which stays with its sentence. O(n).
/// </summary>
public static class SentenceSplitter
{
    public static void Split(string text, TextSpan line, List<TextSpan> sentences)
    {
        var start = line.Start;
        var end = line.End;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '؟' or '…')) continue;
            if (c == '.' && i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) continue;
            if (c == '.' && IsAbbreviation(text, start, i)) continue;
            var stop = i + 1;
            while (stop < end && text[stop] is '.' or '!' or '?' or '؟' or '"' or '”' or '»' or '\'' or ')') stop++;
            Add(text, start, stop, sentences);
            start = stop;
            i = stop - 1;
        }
        Add(text, start, end, sentences);
    }

    private static bool IsAbbreviation(string text, int lineStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > lineStart && char.IsLetter(text[wordStart - 1])) wordStart--;
        return dot - wordStart == 1 && (wordStart == lineStart || char.IsWhiteSpace(text[wordStart - 1]));
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var hasLetter = false;
        for (var i = start; i < end && !hasLetter; i++) hasLetter = char.IsLetter(text[i]);
        if (hasLetter) sentences.Add(new TextSpan(start, end - start));
    }
}
