using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«وساطة روسية», «دعم تركيا», «وساطة من وزير الدفاع الروسي», «المفاوضات التي أجراها …»: the actor attached to a noun cue is its agent.</summary>
public sealed class AttachedAgent : ISlotConstruct
{
    public string Name => "attached";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Noun && Attachment.AttachedAgent(s.P, s.Groups, e.Cue) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Attachment.AttachedAgent(s.P, s.Groups, e.Cue)!, Name);
}
