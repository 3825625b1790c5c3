using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«دعا إلى وقف إطلاق النار»: a call for calm with no addressee is addressed to the document's parties.</summary>
public sealed class CeasefireParties : ISlotConstruct
{
    public string Name => "ceasefire-parties";

    public bool AppliesTo(SentenceContext s, RelationEvent e)
    {
        if (e.Type != "CALLS_ON" || s.Doc.Parties is not { } parties) return false;
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var searchFrom = agent is not null && agent.Lead > e.Cue.Start ? agent.End : e.Cue.Start + 1;
        return Attachment.HasWordOf(s.P, searchFrom, 12, WordClass.Ceasefire, s.P.Clause[e.Cue.Start])
               && (agent is null || agent.Actors.All(a => a.Code != parties.A.Code && a.Code != parties.B.Code));
    }

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        SlotFill.From(SlotRole.Target, ResolvedGroup.Of([s.Doc.Parties!.Value.A, s.Doc.Parties.Value.B], e.Cue.Start, "(parties)", RefKind.Parties), Name);
}
