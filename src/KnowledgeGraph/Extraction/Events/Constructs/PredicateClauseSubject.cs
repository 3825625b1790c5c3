using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… إن يريفان مسؤولة عن …»: the target of a predicate adjective is its clause's subject.</summary>
public sealed class PredicateClauseSubject : ISlotConstruct
{
    public string Name => "predicate-subject";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Predicate;

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var clause = s.P.Clause[e.Cue.Start];
        // «اعتبرت تركيا أن الهجوم الصاروخي الأمريكي الذي استهدف قاعدة … التابعة للنظام السوري خطوة إيجابية»: when the
        // clause opens with an act, the judgement is of the act's actor.
        var start = s.P.ClauseStart(e.Cue.Start);
        var act = s.P.Cues.FirstOrDefault(c => c.Start >= start && c.Start <= start + 1 && c.Start < e.Cue.Start && c.Form.Kind == CueKind.Noun);
        if (act is not null && Attachment.AttachedAgent(s.P, s.Groups, act) is { } actor && actor.End <= e.Cue.Start)
            return SlotFill.From(SlotRole.Target, actor, "actor-of-judged-act");
        var before = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Clause == clause && g.IsSubjectLike);
        return before is null ? null : SlotFill.From(SlotRole.Target, before, Name);
    }
}
