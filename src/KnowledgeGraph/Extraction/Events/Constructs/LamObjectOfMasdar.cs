using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «القصف التركي لمواقع حزب العمال», «دعم موسكو للنظام السوري», «انتقاد واشنطن لطهران»: a masdar whose agent is attached
/// to it (a genitive or a nationality) takes its object with ل right after that agent. O(groups).
/// </summary>
public sealed class LamObjectOfMasdar : ISlotConstruct
{
    public string Name => "masdar-lam-object";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && e.Slot(SlotRole.Agent) is { Construct: "attached", Group: not null } && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)!.Group!;
        if (agent.Lead < e.Cue.End || agent.Lead > e.Cue.End + 1) return null;
        return s.Groups.FirstOrDefault(g => g != agent && g.Prep == "ل" && g.Lead == agent.End && g.Actors.Length > 0
                                            && !g.IsWeakNisba && g.SharesNoCodeWith(agent) && (!g.IsPlace || e.Type is "FIGHTS" or "CONTROLS"));
    }
}
