using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «اعتمدت أذربيجان على دعم تركيا», «وتلقت المعارضة السورية دعما عسكريا من الولايات المتحدة»: after a receiving word (right
/// before the cue, or opening the clause before a subject the cue follows), the one supported by the attached giver is
/// the clause subject.
/// </summary>
public sealed class BeneficiarySubject : ISlotConstruct
{
    public string Name => "beneficiary-subject";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type is "SUPPORTS" or "AIDS" && e.Cue.Form.Kind == CueKind.Noun && e.Slot(SlotRole.Agent)?.Group is { } agent && s.Subject is not null
        && s.Subject != agent && Attachment.AttachedAgent(s.P, s.Groups, e.Cue) is not null && e.Cue.Start > 0 && s.Subject.Clause == s.P.Clause[e.Cue.Start]
        && (s.P.Is(e.Cue.Start - 1, WordClass.Receives)
            || (s.Subject.End == e.Cue.Start && s.Subject.Start > 0 && s.P.Is(s.Subject.Start - 1, WordClass.Receives) && !s.P.Is(s.Subject.Start - 1, WordClass.Prep)));

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, s.Subject!, Name);
}
