using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «الضربة الأميركية التي استهدفت قاعدة للجيش السوري», «شن التحالف غارة استهدفت قياديا في تنظيم داعش»: an attack verb in
/// a relative clause on an attack noun (with or without a relative pronoun, after a comma or not) is done by the noun's attacker.
/// </summary>
public sealed class AttackerOfNoun : ISlotConstruct
{
    public string Name => "attacker-of-noun";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e)! with { Construct = Name };

    /// <summary>Words (adjectives, the attacker) that may stand between the attack noun and the relative clause.</summary>
    private const int MaxWordsBetween = 3;

    private static SlotFill? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        if (e.Type != "FIGHTS" || cue.Form.Kind != CueKind.Verb || cue.Start == 0) return null;
        var clauseStart = p.Is(cue.Start - 1, WordClass.Relative) ? cue.Start - 1 : cue.Start;
        var attack = s.Earlier.LastOrDefault(x => x.Cue.End <= clauseStart);
        if (attack is null || attack.Type != "FIGHTS" || attack.Polarity != EventPolarity.Asserted) return null;
        // «أدانت الرباط الهجوم الذي استهدف برشلونة»: the subject of the clause around the noun only comments on the attack
        // unless it carries the attack out.
        if (attack.Slot(SlotRole.Agent) is { Construct: "clause-subject", Group: var subject } && !Attachment.DoneBySubject(p, subject, attack.Cue)) return null;
        // «غارة استهدفت»: an indefinite noun takes a relative clause without a pronoun; a verb cue's own object noun too.
        var noun = attack.Cue.Form.Kind == CueKind.Noun || attack.Cue.End - attack.Cue.Start > 1;
        if (!noun || p.WordsBetween(attack.Cue.End, clauseStart) > MaxWordsBetween) return null;
        // «شن داعش 3 هجمات انتحارية بسيارات مفخخة، استهدفت …»: a comma may close the noun phrase right before the clause.
        var end = clauseStart == cue.Start && p.Tokens[clauseStart - 1].Norm is "،" or "," ? clauseStart - 1 : clauseStart;
        for (var k = attack.Cue.End; k < end; k++)
            if (p.Tokens[k].IsPunct || p.Cues.Any(c => c.Start == k)) return null;
        return attack.Slot(SlotRole.Agent);
    }
}
