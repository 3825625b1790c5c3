using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «مقتل قيادي تونسي في تنظيم القاعدة خلال غارة أمريكية»: the side of those killed or wounded by an attack with a named
/// attacker is its target — the actor named between the casualty word and the attack.
/// </summary>
public sealed class KilledInAttack : ISlotConstruct
{
    public string Name => "casualties";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "FIGHTS" && e.Cue.Form.Kind == CueKind.Noun && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        if (e.Slot(SlotRole.Agent)?.Group is not { } agent || agent.Lead < e.Cue.Start) return null;
        for (var k = e.Cue.Start - 1; k >= 0 && e.Cue.Start - k <= 10 && (!s.P.Tokens[k].IsPunct || s.P.Tokens[k].IsQuote); k--)
        {
            if (!s.P.Is(k, WordClass.Casualty)) continue;
            return s.Groups.FirstOrDefault(g => g.Lead > k && g.End <= e.Cue.Start && (IsSide(g, agent) || PluralNationals(s.P, g, agent)))
                   ?? AntecedentOfRelative(s, k, agent) ?? VictimsBeforePronoun(s, k, agent);
        }
        return KilledAfter(s, e, agent);
    }

    /// <summary>Words the casualties may stand after the attack noun, and after the casualty word.</summary>
    private const int MaxWordsAfter = 6;

    /// <summary>«ضربة جوية أمريكية قتلت قياديا في تنظيم داعش», «غارة أسفرت عن مقتل عناصر من الحركة»: the casualties named after the attack.</summary>
    private static Document.ResolvedGroup? KilledAfter(SentenceContext s, RelationEvent e, Document.ResolvedGroup agent)
    {
        for (var k = e.Cue.End; k < s.P.Tokens.Length && k - e.Cue.End <= MaxWordsAfter && !s.P.Tokens[k].IsPunct; k++)
        {
            if (!s.P.Is(k, WordClass.Casualty)) continue;
            var next = Attachment.NextCueStart(s.P, k + 1);
            return s.Groups.FirstOrDefault(g => g.Lead > k && g.Lead - k <= MaxWordsAfter && g.Lead < next && s.P.Clause[g.Lead] == s.P.Clause[k] && IsSide(g, agent));
        }
        return null;
    }

    /// <summary>«استشهد ثلاثة فلسطينيين برصاص …»: a plural nationality standing alone after a casualty word names people of that side.</summary>
    private static bool PluralNationals(SentenceParse p, Document.ResolvedGroup g, Document.ResolvedGroup agent) =>
        g.IsWeakNisba && g.Prep.Length == 0 && g.End == g.Lead + 1 && g.Actors.Length == 1 && g.SharesNoCodeWith(agent)
        && NisbaForms.HasPluralEnding(p.Tokens[g.Lead].Norm);

    private static bool IsSide(Document.ResolvedGroup g, Document.ResolvedGroup agent) =>
        g.Ref is RefKind.None or RefKind.Description && !g.IsWeakNisba && g.Actors.Length > 0
        && g.Actors.All(a => a.Kind is ActorKind.NonState or ActorKind.Country) && g.SharesNoCodeWith(agent);

    /// <summary>
    /// «لقي 10 مسلحين من تنظيم داعش مصرعهم في قصف للجيش المصري»: a casualty word with a pronoun on it («مصرعهم»,
    /// «حتفهم») refers back to the victims named right before it.
    /// </summary>
    private static Document.ResolvedGroup? VictimsBeforePronoun(SentenceContext s, int casualty, Document.ResolvedGroup agent)
    {
        if (!s.P.Readings[casualty].Any(r => r.Suffix.StartsWith('ه'))) return null;
        return s.Groups.LastOrDefault(g => g.End <= casualty && casualty - g.End <= 1 && g.Clause == s.P.Clause[casualty] && IsSide(g, agent));
    }

    /// <summary>«جرحى التنظيم، الذين أصيبوا جراء الغارة الأمريكية»: a casualty verb opening a relative clause has the antecedent's side as its victims.</summary>
    private static Document.ResolvedGroup? AntecedentOfRelative(SentenceContext s, int casualty, Document.ResolvedGroup agent)
    {
        var rel = casualty - 1;
        if (rel < 1 || !s.P.Is(rel, WordClass.Relative)) return null;
        var end = s.P.Tokens[rel - 1].IsPunct ? rel - 1 : rel;
        return s.Groups.FirstOrDefault(g => g.End == end && IsSide(g, agent));
    }
}
