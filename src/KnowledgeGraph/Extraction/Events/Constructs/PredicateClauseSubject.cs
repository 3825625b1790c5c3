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
        var before = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Clause == clause && g.IsSubjectLike);
        return before is null ? null : SlotFill.From(SlotRole.Target, before, Name);
    }
}
