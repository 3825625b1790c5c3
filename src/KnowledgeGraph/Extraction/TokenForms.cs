namespace KnowledgeGraph.Extraction;

/// <summary>
/// One reading of a token: the stem after removing a proclitic and/or a pronoun suffix. <see cref="Mask"/> holds the
/// stem's word categories (bit i = <see cref="Lexicon.WordClass"/> i); <see cref="Starts"/> flags whether a cue, an actor
/// name or a multi-word role phrase starts with it (<see cref="StartsCue"/>, <see cref="StartsName"/>,
/// <see cref="StartsPhrase"/>). Both are filled in by the <see cref="SentenceParser"/> that owns the lexicons.
/// </summary>
public readonly record struct TokenReading(string Stem, string Prefix, string Suffix, ulong Mask = 0, byte Starts = 0)
{
    public const byte StartsCue = 1;
    public const byte StartsName = 2;
    /// <summary>Some multi-word entry of the role words starts with the stem.</summary>
    public const byte StartsPhrase = 4;

    /// <summary>Some lexicon knows the stem: it has a word category or starts a cue, a name or a phrase.</summary>
    public bool IsKnown => Mask != 0 || Starts != 0;
}

/// <summary>
/// The readings of a normalised token, most literal first: as written; without the conjunction و/ف; without a
/// preposition ب ل ك (لل → ال) or the future س; then each of those without a pronoun suffix (ه ها هما هم نا), a stem
/// left ending in ت also read with ه (the normal form of ة: حمايتها → حمايه), one ending in a seated hamza also read with
/// its own (لقائه → لقاء). Lookups take the first reading that hits, so a word that is itself in a lexicon (بحث، لبنان)
/// is never split. O(1) per token.
/// </summary>
public static class TokenForms
{
    private static readonly string[] Suffixes = ["هما", "هم", "ها", "نا", "ه"];

    /// <summary>
    /// The readings of a token, a new array each call (the <see cref="SentenceParser"/> caches each word's readings
    /// with their masks, so a second cache here would only hold the same words again).
    /// </summary>
    public static TokenReading[] Readings(string norm)
    {
        var list = new List<TokenReading>(6) { new(norm, "", "") };
        string? conj = null;
        if (norm.Length >= 3 && norm[0] is 'و' or 'ف')
        {
            conj = norm[1..];
            list.Add(new(conj, norm[..1], ""));
        }
        AddPrepositional(norm, "", list);
        if (conj is not null) AddPrepositional(conj, norm[..1], list);
        var count = list.Count;
        for (var i = 0; i < count; i++)
        {
            var r = list[i];
            foreach (var s in Suffixes)
            {
                if (r.Stem.Length - s.Length < 2 || !r.Stem.EndsWith(s, StringComparison.Ordinal)) continue;
                var stem = r.Stem[..^s.Length];
                list.Add(new(stem, r.Prefix, s));
                if (stem.EndsWith('ت')) list.Add(new(stem[..^1] + "ه", r.Prefix, s));
                else if (stem.Length >= 3 && stem[^1] is 'ئ' or 'ؤ') list.Add(new(stem[..^1] + "ء", r.Prefix, s));
                break;
            }
        }
        return list.ToArray();
    }

    private static void AddPrepositional(string word, string conj, List<TokenReading> list)
    {
        // «للبنان» is ل before «لبنان» as often as «للدول» is ل before «الدول»: both readings are kept.
        if (word.Length >= 4 && word.StartsWith("لل", StringComparison.Ordinal))
            list.Add(new("ال" + word[2..], conj + "ل", ""));
        if (word.Length >= 3 && word[0] is 'ب' or 'ل' or 'ك')
            list.Add(new(word[1..], conj + word[..1], ""));
        if (word.Length >= 4 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'ا')
            list.Add(new(word[1..], conj + "س", ""));
    }
}
