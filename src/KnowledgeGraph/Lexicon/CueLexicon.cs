using System.Collections.Frozen;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Lexicon;

/// <summary>How a cue assigns its roles (see the header of Lexicon/data/cues/README.tsv).</summary>
public enum CueKind { Verb, Noun, Passive, Predicate, Participle }

/// <summary>
/// One surface form of a relation cue, generated from a lemma line of the cue lexicon: its normalised words ("*" = a
/// gap of up to four words; later words may have several accepted spellings, <see cref="Accepts"/>), relation type,
/// kind, the prepositions that mark its target ("" = direct object), the lemma it comes from, and the person and
/// number of a verb form.
/// </summary>
public sealed record CueForm(string[] Words, string Type, CueKind Kind, string[] ObjectPreps, string Display, bool Dual = false)
{
    /// <summary>A first-person form (نطلب، لن نتخلى عن): its subject is the speaker.</summary>
    public bool FirstPerson { get; init; }

    /// <summary>The lemma line this form was generated from, as written there («أدان/يدين»).</summary>
    public string Lemma { get; init; } = "";

    public GrammaticalNumber Number { get; init; }

    /// <summary>A cue only right after a relative pronoun («اللقاء الذي جمعه ب…»; «جمع» alone is «collect»): spelled «rel:…».</summary>
    public bool AfterRelativeOnly { get; init; }

    /// <summary>A verb of hosting («host:استضاف»): talks it hosts between two other actors are its mediation (GUIDELINES §6).</summary>
    public bool Hosts { get; init; }

    /// <summary>A verb of describing («judge:وصف»): its type follows the description, praise words make it support.</summary>
    public bool Judges { get; init; }

    /// <summary>A masdar of a transitive verb («obj:قصف»): its genitive is what it acts on when its agent is named elsewhere.</summary>
    public bool GenitiveIsTarget { get; init; }

    /// <summary>An attack that may be made in words («words:هاجم»): a named person attacking, with speech in the sentence, criticizes.</summary>
    public bool InWords { get; init; }

    /// <summary>Where the lemma is declared (file:line), for `kg explain`.</summary>
    public string Source { get; init; } = "";

    /// <summary>Further accepted spellings of word i (i ≥ 1), or null when only <see cref="Words"/>[i] is accepted.</summary>
    internal string[]?[] Alternatives { get; init; } = [];

    /// <summary>Whether word i of the cue accepts the normalised stem.</summary>
    public bool Accepts(int i, string stem)
    {
        if (Words[i] == stem) return true;
        var alt = i < Alternatives.Length ? Alternatives[i] : null;
        if (alt is null) return false;
        foreach (var a in alt) if (a == stem) return true;
        return false;
    }
}

/// <summary>
/// Relation cues keyed by their first normalised word, generated from the lemma lines of Lexicon/data/cues/*.tsv (plus
/// an extra folder): each line names a relation type, a part of speech, a lemma in its citation forms and the
/// prepositions that mark the target; <see cref="CueInflection"/> writes out its forms. Format: the header of
/// Lexicon/data/cues/README.tsv.
/// </summary>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, CueForm[]> _byFirst;
    public int Count { get; }

    /// <summary>Number of lemma lines read.</summary>
    public int Lemmas { get; }

    private CueLexicon(Dictionary<string, List<CueForm>> byFirst, int lemmas)
    {
        _byFirst = byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(c => c.Words.Length).ToArray(), StringComparer.Ordinal);
        Count = byFirst.Values.Sum(l => l.Count);
        Lemmas = lemmas;
    }

    public ReadOnlySpan<CueForm> StartingWith(string word) => _byFirst.TryGetValue(word, out var forms) ? forms : [];

    /// <summary>The words some cue form starts with.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>Every generated form, for tests and for `kg explain`.</summary>
    public IEnumerable<CueForm> All => _byFirst.Values.SelectMany(f => f);

    private static readonly FrozenSet<string> Prepositions = new[] { "عن", "الي", "علي", "من", "مع", "في", "ضد", "بين", "ل", "ب", "حول", "بشان", "تجاه", "لدي" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static CueLexicon Load(string? extraFolder, IReadOnlySet<string> relationTypes)
    {
        var byFirst = new Dictionary<string, List<CueForm>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lemmas = 0;
        var sources = TsvRows.Sources("cues", extraFolder);
        var notCues = NotCues(sources);
        foreach (var (name, text) in sources)
        foreach (var (cols, line) in TsvRows.Read(text, name))
        {
            if (cols.Length < 4) throw new LexiconException($"{name}:{line}: expected type, pos, lemma, target");
            var type = cols[0];
            if (type == "-") continue;
            if (!relationTypes.Contains(type)) throw new LexiconException($"{name}:{line}: '{type}' is not a relation type of graph-schema/relation-types.json");
            if (!Enum.TryParse<CueKind>(cols[1], ignoreCase: true, out var kind) || int.TryParse(cols[1], out _))
                throw new LexiconException($"{name}:{line}: pos '{cols[1]}' is not verb, noun, participle, passive or predicate");
            var preps = cols[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p == "-" ? "" : ArabicNormalizer.Normalize(p)).ToArray();
            lemmas++;
            foreach (var written in cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var prefix = written.IndexOf(':') is var colon and > 0 && written[..colon] is "rel" or "host" or "judge" or "obj" or "words" ? written[..colon] : "";
                var (afterRelative, hosts, judges, objectGenitive, inWords) = (prefix == "rel", prefix == "host", prefix == "judge", prefix == "obj", prefix == "words");
                var spelling = prefix.Length > 0 ? written[(prefix.Length + 1)..] : written;
                IEnumerable<(string[] Words, string[]?[] Alternatives, InflectedWord First)> forms;
                try { forms = Forms(spelling, kind).ToList(); }
                catch (LexiconException e) { throw new LexiconException($"{name}:{line}: {e.Message}"); }
                foreach (var (words, alternatives, first) in forms)
                {
                    if (words.Length == 0 || words[0] == "*" || (words.Length == 1 && notCues.Contains(words[0]) && !afterRelative)
                        || !seen.Add(type + "\t" + kind + "\t" + string.Join(' ', words))) continue;
                    var form = new CueForm(words, type, kind, preps, string.Join(' ', words), first.Number == GrammaticalNumber.Dual && kind == CueKind.Verb)
                    {
                        FirstPerson = first.Person == 1, Lemma = spelling, Number = first.Number, Source = $"{Path.GetFileName(name)}:{line}",
                        Alternatives = alternatives, AfterRelativeOnly = afterRelative, Hosts = hosts, Judges = judges, GenitiveIsTarget = objectGenitive, InWords = inWords,
                    };
                    if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
                    list.Add(form);
                }
            }
        }
        return new CueLexicon(byFirst, lemmas);
    }

    /// <summary>Words that a generated single-word form must not be: lines of type "-" (مدينة «city», not «condemning»).</summary>
    private static HashSet<string> NotCues(List<(string Name, string Text)> sources)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in sources)
        foreach (var (cols, _) in TsvRows.Read(text, name))
            if (cols.Length >= 3 && cols[0] == "-")
                foreach (var w in cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    words.Add(ArabicNormalizer.Normalize(w));
        return words;
    }

    /// <summary>
    /// The forms of one spelling of a lemma: its first word inflected for the part of speech, the later words as written
    /// (for nouns and adjectives: inflected to agree, «اتصال هاتفي» → «اتصالات هاتفية»). "=" before a spelling takes it
    /// as written; "we:" takes it as written and as a first-person form (its subject is the speaker).
    /// </summary>
    internal static IEnumerable<(string[] Words, string[]?[] Alternatives, InflectedWord First)> Forms(string spelling, CueKind kind)
    {
        var firstPerson = spelling.StartsWith("we:", StringComparison.Ordinal);
        var literal = firstPerson || spelling.StartsWith('=');
        var parts = (firstPerson ? spelling[3..] : literal ? spelling[1..] : spelling).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) yield break;
        var rest = parts[1..].Select(ArabicNormalizer.Normalize).ToArray();
        var restAlternatives = new string[]?[rest.Length + 1];
        var agrees = kind is CueKind.Noun or CueKind.Participle or CueKind.Passive or CueKind.Predicate;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "*" || Prepositions.Contains(rest[i]) || literal) continue;
            restAlternatives[i + 1] = agrees
                ? CueInflection.Adjective(parts[i + 1]).Select(w => w.Word).Concat(CueInflection.Noun(parts[i + 1]).Select(w => w.Word)).Distinct().ToArray()
                : [rest[i].StartsWith("ال", StringComparison.Ordinal) ? rest[i][2..] : "ال" + rest[i]];
        }
        IEnumerable<InflectedWord> firsts;
        if (literal) firsts = [new InflectedWord(ArabicNormalizer.Normalize(parts[0]), firstPerson ? 1 : 3, GrammaticalNumber.Singular)];
        else if (kind == CueKind.Verb)
        {
            var slash = parts[0].Split('/');
            if (slash.Length != 2) throw new LexiconException($"verb '{spelling}': write past/present («أيد/يؤيد»; '-' for a missing tense)");
            firsts = (slash[0] == "-" ? [] : CueInflection.Past(slash[0])).Concat(slash[1] == "-" ? [] : CueInflection.Present(slash[1]));
        }
        else if (kind == CueKind.Noun) firsts = CueInflection.Noun(parts[0]);
        else if (kind == CueKind.Participle) firsts = CueInflection.Adverbial(parts[0]);
        else firsts = CueInflection.Adjective(parts[0]);
        foreach (var first in firsts)
            yield return ([first.Word, .. rest], restAlternatives, first);
    }
}
