using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «استهداف الحوثيين مطار أبها السعودي», «قصف إسرائيل قطاع غزة»: a transitive masdar whose genitive is its doer takes
/// the noun phrase after that genitive as its object (<see cref="Attachment.AccusativeObjectAfterGenitive"/>). O(groups).
/// </summary>
public sealed class AccusativeObjectOfMasdar : ISlotConstruct
{
    public string Name => "masdar-accusative-object";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && e.Cue.Form.GenitiveIsTarget && e.Slot(SlotRole.Agent) is { Construct: "attached", Group: not null } && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e) =>
        Attachment.AccusativeObjectAfterGenitive(s.P, s.Groups, e.Cue, e.Slot(SlotRole.Agent)!.Group!);
}
