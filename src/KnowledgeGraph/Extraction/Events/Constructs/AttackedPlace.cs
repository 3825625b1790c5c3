using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «قصفت الطائرات الإسرائيلية مواقع في قطاع غزة», «عملية إطلاق النار … في العاصمة الفرنسية باريس»: an attack with no
/// actor as its object strikes the state or region it took place in.
/// </summary>
public sealed class AttackedPlace : ISlotConstruct
{
    public string Name => "attacked-place";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "FIGHTS" && e.Slot(SlotRole.Agent) is not null && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)!.Group;
        var clause = s.P.Clause[e.Cue.Start];
        var next = Attachment.NextCueStart(s.P, e.Cue.End, CueKind.Verb, CueKind.Participle);
        return s.Groups.FirstOrDefault(g => g.Lead > e.Cue.Start && g.Lead < next && g.Clause == clause && g.Prep == "في" && g.Ref == RefKind.None
                                            && s.P.WordsBetween(e.Cue.End, g.Lead) <= Attachment.MaxObjectDistance
                                            && g.Actors.All(a => a.Kind is ActorKind.Country or ActorKind.Region) && g.HasActorOtherThan(agent));
    }
}
