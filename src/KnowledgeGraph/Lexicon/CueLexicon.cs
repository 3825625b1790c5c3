using System.Collections.Frozen;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Lexicon;

/// <summary>How a cue assigns its roles (see the header of Lexicon/data/cues/relations.tsv).</summary>
public enum CueKind { Verb, Noun, Passive, Predicate, Participle }

/// <summary>
/// One surface form of a relation cue: its normalised words ("*" = a gap of up to four words), relation type,
/// kind, and the prepositions that mark its target ("" = direct object).
/// </summary>
public sealed record CueForm(string[] Words, string Type, CueKind Kind, string[] ObjectPreps, string Display, bool Dual = false)
{
    /// <summary>A first-person form (نطلب، لن نتخلى عن): its subject is the speaker.</summary>
    public bool FirstPerson { get; init; }
}

/// <summary>Relation cues keyed by their first normalised word; loaded from Lexicon/data/cues/*.tsv plus an extra folder.</summary>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, CueForm[]> _byFirst;
    public int Count { get; }

    private CueLexicon(Dictionary<string, List<CueForm>> byFirst)
    {
        _byFirst = byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(c => c.Words.Length).ToArray(), StringComparer.Ordinal);
        Count = byFirst.Values.Sum(l => l.Count);
    }

    public ReadOnlySpan<CueForm> StartingWith(string word) => _byFirst.TryGetValue(word, out var forms) ? forms : [];

    public static CueLexicon Load(string? extraFolder, IReadOnlySet<string> relationTypes)
    {
        var byFirst = new Dictionary<string, List<CueForm>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in TsvRows.Sources("cues", extraFolder))
        foreach (var (cols, line) in TsvRows.Read(text, name))
        {
            if (cols.Length < 4) throw new LexiconException($"{name}:{line}: expected type, kind, object, forms");
            var type = cols[0];
            if (!relationTypes.Contains(type)) throw new LexiconException($"{name}:{line}: '{type}' is not a relation type of graph-schema/relation-types.json");
            if (!Enum.TryParse<CueKind>(cols[1], ignoreCase: true, out var kind)) throw new LexiconException($"{name}:{line}: kind '{cols[1]}' is not verb, noun, passive, predicate or participle");
            var preps = cols[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p == "-" ? "" : ArabicNormalizer.Normalize(p)).ToArray();
            foreach (var item in cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var (surface, dual, firstPerson) in Expand(item, kind))
            {
                var words = ArabicNormalizer.Normalize(surface).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || words[0] == "*" || !seen.Add(type + "\t" + kind + "\t" + string.Join(' ', words))) continue;
                var form = new CueForm(words, type, kind, preps, surface, dual) { FirstPerson = firstPerson };
                if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
                list.Add(form);
            }
        }
        return new CueLexicon(byFirst);
    }

    private static readonly string[] PastSuffixes = ["", "ت", "وا", "ا", "تا", "ن", "نا", "تم"];

    /// <summary>The surface forms of one cue entry: past/present inflection of the first word, article for nouns.</summary>
    internal static IEnumerable<(string Surface, bool Dual, bool FirstPerson)> Expand(string item, CueKind kind)
    {
        var colon = item.IndexOf(':');
        var (prefix, form) = colon > 0 ? (item[..colon], item[(colon + 1)..]) : ("", item);
        var space = form.IndexOf(' ');
        var (first, rest) = space > 0 ? (form[..space], form[space..]) : (form, "");
        switch (prefix)
        {
            case "past":
                foreach (var s in PastSuffixes) yield return (first + s + rest, s is "ا" or "تا", s is "نا");
                break;
            case "pres":
                if (!first.StartsWith('ي')) throw new LexiconException($"cue '{item}': a present form starts with ي");
                var stem = first[1..];
                foreach (var p in new[] { "ي", "ت", "ن", "ا", "أ" }) yield return (p + stem + rest, false, p == "ن");
                foreach (var s in new[] { "ون", "ان", "ن", "وا", "ا" }) yield return ("ي" + stem + s + rest, s is "ان" or "ا", false);
                yield return ("ت" + stem + "ان" + rest, true, false);
                yield return ("ت" + stem + "ا" + rest, true, false); // subjunctive/jussive dual after أن، لم، لن
                break;
            case "":
                yield return (form, kind == CueKind.Verb && (first.EndsWith("تا", StringComparison.Ordinal) || first.EndsWith("ان", StringComparison.Ordinal)), false);
                if (kind is not (CueKind.Verb or CueKind.Participle) && !form.StartsWith("ال", StringComparison.Ordinal) && space < 0) yield return ("ال" + form, false, false);
                break;
            case "we":
                yield return (form, false, true);
                break;
            default:
                throw new LexiconException($"cue '{item}': unknown prefix '{prefix}:' (use past:, pres:, we: or none)");
        }
    }
}
