using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «اعتمدت أذربيجان على دعم تركيا», «وتلقت المعارضة السورية دعما عسكريا من الولايات المتحدة»: after a receiving word (right
/// before the cue, or opening the clause before a subject the cue follows), the one supported by the attached giver is
/// the subject of the cue's clause («وأضاف الأسد أن دمشق ستحصل على دعم عسكري من روسيا»: Damascus, not the speaker).
/// </summary>
public sealed class BeneficiarySubject : ISlotConstruct
{
    public string Name => "beneficiary-subject";

    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        if (e.Type is not ("SUPPORTS" or "AIDS") || e.Cue.Form.Kind != CueKind.Noun || e.Slot(SlotRole.Agent)?.Group is not { } agent || e.Cue.Start == 0
            || Attachment.AttachedAgent(s.P, s.Groups, e.Cue) is null) return null;
        var clause = s.P.Clause[e.Cue.Start];
        var subject = s.Subject is not null && s.Subject.Clause == clause ? s.Subject : Attachment.ClauseSubject(s.P, s.Groups, e.Cue);
        if (subject is null || subject == agent) return null;
        return s.P.Is(e.Cue.Start - 1, WordClass.Receives) || Attachment.ReceivesBefore(s.P, subject, e.Cue) ? subject : null;
    }
}
