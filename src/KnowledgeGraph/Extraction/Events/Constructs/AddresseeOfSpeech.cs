using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«وقال الرئيس الإندونيسي لنظيره الماليزي، خلال اتصال هاتفي»: talks with no other party named are with the one spoken to.</summary>
public sealed class AddresseeOfSpeech : ISlotConstruct
{
    public string Name => "addressee";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "CONSULTS" && e.Cue.Form.Kind == CueKind.Noun && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        if (e.Slot(SlotRole.Agent)?.Group is not { } agent || s.P.ReportVerbs.Count == 0) return null;
        // The one spoken to follows the reporting verb and its subject closely («قال الرئيس … لنظيره …»).
        return s.Groups.FirstOrDefault(g => g.Lead >= agent.End && g.End <= e.Cue.Start && g.Prep == "ل" && g.Lead - agent.End <= 1
                                            && s.P.ReportVerbs.Any(v => v < g.Lead && s.P.WordsBetween(v, g.Lead) <= 5)
                                            && s.P.WordsBetween(g.End, e.Cue.Start) <= 3 && g.SharesNoCodeWith(agent));
    }
}
