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
        return s.Groups.FirstOrDefault(g => g != agent && g.Prep == "ل" && g.Actors.Length > 0 && g.SharesNoCodeWith(agent)
                                            && ((g.Lead == agent.End && !g.IsWeakNisba) || PlaceAfter(s, agent, g, e)) && (!g.IsPlace || e.Type is "FIGHTS" or "CONTROLS"));
    }

    /// <summary>«القصف الروسي لمدينة حلب السورية»: a place phrase with ل right after the agent, closed by its state's nationality.</summary>
    private static bool PlaceAfter(SentenceContext s, Document.ResolvedGroup agent, Document.ResolvedGroup g, RelationEvent e)
    {
        if (e.Type != "FIGHTS" || !g.IsPlace || g.Lead <= agent.End || g.Lead - agent.End > 3) return false;
        if (!s.P.Readings[agent.End].Any(r => r.Prefix.EndsWith('ل'))) return false;
        for (var k = agent.End; k < g.Lead; k++)
            if (s.P.Tokens[k].IsPunct) return false;
        return true;
    }
}
