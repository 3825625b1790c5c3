using KnowledgeGraph.Text;

namespace KnowledgeGraph.Lexicon;

/// <summary>Grammatical number of a generated verb form (its subject) or noun form.</summary>
public enum GrammaticalNumber { Singular, Dual, Plural }

/// <summary>One generated surface word of a cue lemma: the normalised word, its person (1 or 3; 2 is folded into 3) and number.</summary>
public readonly record struct InflectedWord(string Word, int Person, GrammaticalNumber Number);

/// <summary>
/// Generates the written forms of a cue lemma from its citation forms, as news text spells them without diacritics:
/// the past and present of a verb in every person, number and mood; the definite, accusative, dual and sound plural
/// forms of a noun; the gender and number forms of a participle or adjective. Weak verbs are recognised from their
/// written last letter (before normalisation): a past in ا (دعا) or ى (نفى), a present in و (يدعو), ي (ينفي) or ى
/// (يرعى). Irregular forms (broken plurals, hollow and doubled first persons) are listed in the lexicon. Every output is
/// normalised with <see cref="ArabicNormalizer"/>; clitics (و ف ب ل ك س and pronoun suffixes) are not generated
/// because the tokenizer's readings remove them. O(1) per lemma.
/// </summary>
public static class CueInflection
{
    /// <summary>The past tense of a verb from its third person masculine singular (أيد، دعا، نفى، التقى).</summary>
    public static IEnumerable<InflectedWord> Past(string written)
    {
        var s = ArabicNormalizer.Normalize(written);
        if (written.EndsWith('ا') && s.Length >= 3)
        {
            var b = s[..^1];
            return Words((s, 3, GrammaticalNumber.Singular), (b + "ت", 3, GrammaticalNumber.Singular), (b + "وا", 3, GrammaticalNumber.Plural),
                (b + "وا", 3, GrammaticalNumber.Dual), (b + "تا", 3, GrammaticalNumber.Dual), (b + "ونا", 1, GrammaticalNumber.Plural),
                (b + "وتم", 3, GrammaticalNumber.Plural), (b + "وت", 1, GrammaticalNumber.Singular));
        }
        if (written.EndsWith('ى'))
        {
            var b = s[..^1];
            return Words((s, 3, GrammaticalNumber.Singular), (b + "ت", 3, GrammaticalNumber.Singular), (b + "وا", 3, GrammaticalNumber.Plural),
                (s + "ا", 3, GrammaticalNumber.Dual), (b + "تا", 3, GrammaticalNumber.Dual), (s + "ن", 3, GrammaticalNumber.Plural),
                (s + "نا", 1, GrammaticalNumber.Plural), (s + "تم", 3, GrammaticalNumber.Plural), (s + "ت", 1, GrammaticalNumber.Singular));
        }
        return Words((s, 3, GrammaticalNumber.Singular), (s + "ت", 3, GrammaticalNumber.Singular), (s + "وا", 3, GrammaticalNumber.Plural),
            (s + "ا", 3, GrammaticalNumber.Dual), (s + "تا", 3, GrammaticalNumber.Dual), (s + "ن", 3, GrammaticalNumber.Plural),
            (s + "نا", 1, GrammaticalNumber.Plural), (s + "تم", 3, GrammaticalNumber.Plural), (s + "تما", 3, GrammaticalNumber.Dual));
    }

    /// <summary>The present (indicative and subjunctive/jussive) from its third person masculine singular (يؤيد، يدعو، ينفي، يرعى).</summary>
    public static IEnumerable<InflectedWord> Present(string written)
    {
        var norm = ArabicNormalizer.Normalize(written);
        if (norm.Length < 3 || norm[0] != 'ي') throw new LexiconException($"cue present '{written}': a present form starts with ي");
        var stem = norm[1..];
        var weak = written[^1] is 'و' or 'ي' or 'ى';
        var b = weak ? stem[..^1] : stem;
        var list = new List<(string, int, GrammaticalNumber)>
        {
            ("ي" + stem, 3, GrammaticalNumber.Singular), ("ت" + stem, 3, GrammaticalNumber.Singular),
            // The first person singular (أدين) is left out: news rarely uses it and it spells nouns (أسلحة = ا+سلح+ه).
            ("ن" + stem, 1, GrammaticalNumber.Plural),
            ("ي" + b + "ون", 3, GrammaticalNumber.Plural), ("ي" + b + "وا", 3, GrammaticalNumber.Plural),
            ("ت" + b + "ون", 3, GrammaticalNumber.Plural), ("ت" + b + "وا", 3, GrammaticalNumber.Plural),
            ("ي" + Dual(stem, written), 3, GrammaticalNumber.Dual), ("ت" + Dual(stem, written), 3, GrammaticalNumber.Dual),
        };
        var subjunctiveDual = written[^1] == 'ى' ? b + "يا" : stem + "ا";
        list.Add(("ي" + subjunctiveDual, 3, GrammaticalNumber.Dual));
        list.Add(("ت" + subjunctiveDual, 3, GrammaticalNumber.Dual));
        if (!weak) list.Add(("ي" + stem + "ن", 3, GrammaticalNumber.Plural));
        return Words(list.ToArray());

        static string Dual(string stem, string written) => written[^1] == 'ى' ? stem[..^1] + "يان" : stem + "ان";
    }

    /// <summary>A noun or masdar: as written, with ال, and its accusative, dual and sound feminine plural forms (each with ال); broken plurals are listed.</summary>
    public static IEnumerable<InflectedWord> Noun(string written)
    {
        var n = StripArticle(ArabicNormalizer.Normalize(written));
        var list = new List<(string, GrammaticalNumber)> { (n, GrammaticalNumber.Singular) };
        if (n.EndsWith("ات", StringComparison.Ordinal)) { }
        else if (n.EndsWith('ه'))
        {
            var b = n[..^1];
            list.Add((b + "ات", GrammaticalNumber.Plural));
            list.Add((b + "تان", GrammaticalNumber.Dual));
            list.Add((b + "تين", GrammaticalNumber.Dual));
        }
        else
        {
            if (!n.EndsWith('ا') && !n.EndsWith('ي') && !n.EndsWith('ء'))
            {
                list.Add((n + "ا", GrammaticalNumber.Singular));
                list.Add((n + "ان", GrammaticalNumber.Dual));
                list.Add((n + "ين", GrammaticalNumber.Dual));
            }
            // Masdars of the derived verb forms take the sound feminine plural (اتصالات، اجتماعات، اعتداءات).
            list.Add((n + "ات", GrammaticalNumber.Plural));
        }
        return WithArticle(list);
    }

    /// <summary>A participle or adjective from its masculine singular: feminine, accusative, dual and sound plurals, each with ال.</summary>
    public static IEnumerable<InflectedWord> Adjective(string written)
    {
        var n = StripArticle(ArabicNormalizer.Normalize(written));
        var list = new List<(string, GrammaticalNumber)>
        {
            (n, GrammaticalNumber.Singular), (n + "ه", GrammaticalNumber.Singular), (n + "ا", GrammaticalNumber.Singular),
            (n + "ان", GrammaticalNumber.Dual), (n + "تان", GrammaticalNumber.Dual), (n + "تين", GrammaticalNumber.Dual),
            (n + "ات", GrammaticalNumber.Plural),
        };
        // «داعي» (داعٍ): the sound masculine plural drops the final ي (داعون، داعين), and the bare indefinite is «داع».
        var plural = n.EndsWith('ي') ? n[..^1] : n;
        list.Add((plural + "ون", GrammaticalNumber.Plural));
        list.Add((plural + "ين", GrammaticalNumber.Plural));
        if (n.EndsWith('ي')) list.Add((plural, GrammaticalNumber.Singular));
        else list.Add((n + "ين", GrammaticalNumber.Dual));
        return WithArticle(list);
    }

    /// <summary>
    /// An adverbial participle (حال) from its masculine singular: only its accusative forms, masculine, feminine, dual and
    /// plural («داعيا، داعية، داعيين، داعين»), never the bare or definite word, which is an ordinary noun or adjective
    /// (مطالب «demands», مدين «indebted»).
    /// </summary>
    public static IEnumerable<InflectedWord> Adverbial(string written)
    {
        var n = StripArticle(ArabicNormalizer.Normalize(written));
        var plural = n.EndsWith('ي') ? n[..^1] : n;
        return new[]
        {
            new InflectedWord(n + "ا", 3, GrammaticalNumber.Singular), new InflectedWord(n + "ه", 3, GrammaticalNumber.Singular),
            new InflectedWord(n + "ين", 3, GrammaticalNumber.Dual), new InflectedWord(n + "تين", 3, GrammaticalNumber.Dual),
            new InflectedWord(plural + "ين", 3, GrammaticalNumber.Plural), new InflectedWord(n + "ات", 3, GrammaticalNumber.Plural),
        }.Distinct();
    }

    private static string StripArticle(string n) => n.Length > 4 && n.StartsWith("ال", StringComparison.Ordinal) ? n[2..] : n;

    private static IEnumerable<InflectedWord> WithArticle(List<(string Word, GrammaticalNumber Number)> list)
    {
        foreach (var (w, number) in list)
        {
            yield return new InflectedWord(w, 3, number);
            yield return new InflectedWord("ال" + w, 3, number);
        }
    }

    private static IEnumerable<InflectedWord> Words(params (string Word, int Person, GrammaticalNumber Number)[] forms) =>
        forms.Select(f => new InflectedWord(f.Word, f.Person, f.Number));
}
