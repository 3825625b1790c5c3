using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«تم إبلاغ قوات حفظ السلام»: the genitive of a passive masdar is its target.</summary>
public sealed class PassiveMasdarObject : ISlotConstruct
{
    public string Name => "passive-object";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Noun && Attachment.IsPassiveMasdar(s.P, e.Cue);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        Attachment.AttachedAgent(s.P, s.Groups, e.Cue) is { } g ? SlotFill.From(SlotRole.Target, g, Name) : null;
}
