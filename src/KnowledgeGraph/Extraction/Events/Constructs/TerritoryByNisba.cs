namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«سيطرت على بلدة … الأوكرانية»: a place taken is held from the state whose nationality adjective closes the place phrase.</summary>
public sealed class TerritoryByNisba : ISlotConstruct
{
    public string Name => "territory-nisba";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "CONTROLS" && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var searchFrom = agent is not null && agent.Lead > e.Cue.Start ? agent.End : e.Cue.Start + 1;
        return Attachment.TerritoryByNisba(s.P, s.Groups, searchFrom, Math.Min(Attachment.NextCueStart(s.P, e.Cue.End), s.P.Tokens.Length));
    }
}
