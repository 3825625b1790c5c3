namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«أدانت باكستان الضربات الهندية على أراضيها»: an attack on the subject's own territory targets the subject.</summary>
public sealed class OwnTerritory : ISlotConstruct
{
    public string Name => "own-territory";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type == "FIGHTS" && s.Subject is not null && e.Slot(SlotRole.Agent)?.Group is { } agent && agent != s.Subject
        && Attachment.OwnTerritoryAfter(s.P, e.Cue.End) && s.Subject.HasActorOtherThan(agent);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, s.Subject!, Name);
}
