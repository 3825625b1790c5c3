using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«دعا إلى وقف إطلاق النار»: a call for calm with no addressee is addressed to the document's parties.</summary>
public sealed class CeasefireParties : ISlotConstruct
{
    public string Name => "ceasefire-parties";

    public bool AppliesTo(SentenceContext s, RelationEvent e)
    {
        if (e.Type != "CALLS_ON") return false;
        if (s.Doc.Parties is not { } parties) return PlaceOfCalm(s, e) is not null;
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var searchFrom = agent is not null && agent.Lead > e.Cue.Start ? agent.End : e.Cue.Start + 1;
        return Attachment.HasWordOf(s.P, searchFrom, 12, WordClass.Ceasefire, s.P.Clause[e.Cue.Start])
               && (agent is null || agent.Actors.All(a => a.Code != parties.A.Code && a.Code != parties.B.Code));
    }

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        s.Doc.Parties is { } dp ? SlotFill.From(SlotRole.Target, ResolvedGroup.Of([dp.A, dp.B], e.Cue.Start, "(parties)", RefKind.Parties), Name)
        : SlotFill.From(SlotRole.Target, PlaceOfCalm(s, e)!, "calm-in-place");

    /// <summary>«يدعو إلى "إسكات" الأسلحة في سوريا»: with no parties known, a call for calm in a country is addressed to it.</summary>
    private static ResolvedGroup? PlaceOfCalm(SentenceContext s, RelationEvent e)
    {
        var clause = s.P.Clause[e.Cue.Start];
        if (!Attachment.HasWordOf(s.P, e.Cue.End, 6, WordClass.Ceasefire, clause)) return null;
        var agent = e.Slot(SlotRole.Agent)?.Group;
        return s.Groups.FirstOrDefault(g => g.Lead > e.Cue.End && g.Prep == "في" && g.Clause == clause && s.P.WordsBetween(e.Cue.End, g.Lead) <= 8
                                            && g.Actors.All(a => a.Kind == ActorKind.Country) && g.SharesNoCodeWith(agent));
    }
}
