using System.Collections.Frozen;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Lexicon;

/// <summary>The word categories the relation rules read (Lexicon/data/words/*.tsv; format in roles.tsv's header).</summary>
public enum WordClass
{
    Prep, Boundary, Complementizer, Report, Negation, Failure, Hedge, ActorHead, PlaceHead, PartiesRef, PairRef,
    SpeakerRef, RegionRef, Relative, Ceasefire, Accusation, Mutual, Joint, Ally, PassiveAux, NonActorHead, Receives, NationalModifier, StatePairRef, Territory, Obligation, Counterpart, Intent, Affiliation, Each, Expectation, Suffers, ListJoiner, Examples, Aspectual, MembersOf, BodyNoun, Participates, AidNoun, Reciprocal, DescriptionOrg, DescriptionGroup, Demonstrative, HostileAct, Casualty, RoleNoun, LedBy, PraiseWord, ProposalNoun, TimePrep, ClauseParticle, TimeWord, SportWord, JointAct, PraiseVerb, Impersonal, ArmedHead, MaterialAid, VisitNoun, MemberNoun, Former, StatementNoun, VerbHomograph,
}

/// <summary>Normalised word → the categories it belongs to; multi-word entries are keyed by their first word.</summary>
public sealed class RoleWords
{
    private readonly FrozenDictionary<string, ulong> _masks;
    private readonly FrozenDictionary<string, (string[] Words, WordClass Class)[]> _multi;

    private RoleWords(Dictionary<string, HashSet<WordClass>> single, Dictionary<string, List<(string[], WordClass)>> multi)
    {
        _masks = single.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Aggregate(0UL, (m, c) => m | Bit(c)), StringComparer.Ordinal);
        _multi = multi.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public bool Is(string normalized, WordClass c) => (Mask(normalized) & Bit(c)) != 0;

    /// <summary>The categories of a word as a bit set (bit i = <see cref="WordClass"/> i).</summary>
    public ulong Mask(string normalized) => _masks.TryGetValue(normalized, out var m) ? m : 0;

    public static ulong Bit(WordClass c) => 1UL << (int)c;

    /// <summary>Every single word with its categories.</summary>
    public IEnumerable<KeyValuePair<string, ulong>> Masks => _masks;

    /// <summary>The first words of the multi-word entries.</summary>
    public IEnumerable<string> PhraseStarts => _multi.Keys;

    /// <summary>Multi-word entries starting with <paramref name="first"/>: the remaining words and their class.</summary>
    public ReadOnlySpan<(string[] Words, WordClass Class)> Phrases(string first) =>
        _multi.TryGetValue(first, out var list) ? list : [];

    /// <summary>Bits of a reading's mask, one per word category.</summary>
    public const int MaxCategories = 64;

    public static RoleWords Load(string? extraFolder)
    {
        if (Enum.GetValues<WordClass>().Length > MaxCategories)
            throw new InvalidOperationException($"{Enum.GetValues<WordClass>().Length} word categories do not fit the {MaxCategories} bits of a reading's mask");
        var single = new Dictionary<string, HashSet<WordClass>>(StringComparer.Ordinal);
        var multi = new Dictionary<string, List<(string[], WordClass)>>(StringComparer.Ordinal);
        foreach (var (name, text) in TsvRows.Sources("words", extraFolder))
        foreach (var (cols, line) in TsvRows.Read(text, name))
        {
            if (cols.Length < 2 || !Enum.TryParse<WordClass>(cols[0].Replace("_", ""), ignoreCase: true, out var cls))
                throw new LexiconException($"{name}:{line}: '{cols[0]}' is not a word category (see words/roles.tsv)");
            foreach (var form in cols[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = ArabicNormalizer.Normalize(form).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                if (words.Length == 1)
                {
                    if (!single.TryGetValue(words[0], out var set)) single[words[0]] = set = [];
                    set.Add(cls);
                }
                else
                {
                    if (!multi.TryGetValue(words[0], out var list)) multi[words[0]] = list = [];
                    list.Add((words[1..], cls));
                }
            }
        }
        return new RoleWords(single, multi);
    }
}
