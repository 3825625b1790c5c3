using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Small questions about a parsed sentence that the constructs ask: word classes of a token (from the lexicon bits
/// its readings carry), distances in words, clause starts, the conjunction on a verb. Each is O(distance).
/// </summary>
public static class Syntax
{
    /// <summary>The reading of a token whose stem is in the word class, if any (with a pronoun suffix only when allowed).</summary>
    public static TokenReading? ReadingIn(TokenReading[] readings, WordClass c, bool allowSuffix = false) =>
        IndexIn(readings, c, allowSuffix) is var k and >= 0 ? readings[k] : null;

    public static bool Is(TokenReading[] readings, WordClass c, bool allowSuffix = false) => IndexIn(readings, c, allowSuffix) >= 0;

    /// <summary>
    /// The index of the first such reading, or -1. The rules ask this many times per token: the readings are read in
    /// place and the mask, already in hand, is tested before the suffix's length.
    /// </summary>
    private static int IndexIn(TokenReading[] readings, WordClass c, bool allowSuffix)
    {
        var bit = RoleWords.Bit(c);
        for (var k = 0; k < readings.Length; k++)
            if ((readings[k].Mask & bit) != 0 && (allowSuffix || readings[k].Suffix.Length == 0)) return k;
        return -1;
    }

    public static bool Is(this SentenceParse p, int token, WordClass c, bool allowSuffix = false) =>
        token >= 0 && token < p.Tokens.Length && Is(p.Readings[token], c, allowSuffix);

    /// <summary>Words (not punctuation) in [from, to).</summary>
    public static int WordsBetween(this SentenceParse p, int from, int to)
    {
        var n = 0;
        for (var i = Math.Max(0, from); i < to && i < p.Tokens.Length; i++) if (!p.Tokens[i].IsPunct) n++;
        return n;
    }

    /// <summary>The previous word before token i, skipping punctuation; -1 at the start.</summary>
    public static int PrevWordIndex(this SentenceParse p, int i)
    {
        var j = i - 1;
        while (j >= 0 && p.Tokens[j].IsPunct) j--;
        return j;
    }

    /// <summary>The first token of the clause that token i is in.</summary>
    public static int ClauseStart(this SentenceParse p, int i)
    {
        var start = i;
        while (start > 0 && p.Clause[start - 1] == p.Clause[i]) start--;
        return start;
    }

    /// <summary>A cue opening its clause («كما دعت», «وأضاف») takes the sentence's subject; one inside a clause does not.</summary>
    public static bool ClauseInitial(this SentenceParse p, CueMatch cue) =>
        p.WordsBetween(p.ClauseStart(cue.Start), cue.Start) <= 2 || Conjoined(p, cue);

    /// <summary>«… ودعت كل الأطراف»: a verb joined by و/ف to the previous predicate shares its subject.</summary>
    public static bool Conjoined(this SentenceParse p, CueMatch cue) =>
        p.Tokens[cue.Start].Norm[0] is 'و' or 'ف' && cue.Form.Words[0][0] is not ('و' or 'ف');

    /// <summary>The cue's first word was read with the conjunction و («ودعا», «ووقع»).</summary>
    public static bool JoinedByAnd(this SentenceParse p, CueMatch cue) =>
        p.Readings[cue.Start].Any(r => r.Prefix.StartsWith('و') && r.Stem == cue.Form.Words[0]);

    /// <summary>The cue's first word was read with the conjunction و or ف («ودعا», «فأدانها»).</summary>
    public static bool JoinedByConjunction(this SentenceParse p, CueMatch cue) =>
        p.Readings[cue.Start].Any(r => r.Prefix.Length > 0 && r.Prefix[0] is 'و' or 'ف' && r.Stem == cue.Form.Words[0]);

    /// <summary>The cue's first word was read with a proclitic (ending in <paramref name="clitic"/>, if given): «بدعم», «ودعما».</summary>
    public static bool CueHasClitic(this SentenceParse p, CueMatch cue, char? clitic = null) =>
        p.Readings[cue.Start].Any(r => (r.Starts & TokenReading.StartsCue) != 0 && r.Prefix.Length > 0 && (clitic is null || r.Prefix[^1] == clitic));

    /// <summary>Whether the token lies inside one of the actor mention groups.</summary>
    public static bool InGroup(this System.Collections.Immutable.ImmutableArray<Document.ResolvedGroup> groups, int token)
    {
        // Asked token by token along a span: a loop, not a closure per call.
        foreach (var g in groups)
            if (g.Start <= token && token < g.End) return true;
        return false;
    }

    /// <summary>Whether the token lies inside one of the sentence's mention groups, resolved or not.</summary>
    public static bool InMention(this SentenceParse p, int token)
    {
        foreach (var g in p.Groups)
            if (g.Start <= token && token < g.End) return true;
        return false;
    }

    /// <summary>A complementizer (أن، إن) before the token: what follows is reported content.</summary>
    public static bool ReportedBefore(this SentenceParse p, int token)
    {
        for (var k = 0; k < token; k++)
            if (p.Is(k, WordClass.Complementizer)) return true;
        return false;
    }
}
