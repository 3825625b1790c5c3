using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«اتهمت كمبوديا وتايلاند بعضهما البعض»: a reciprocal object makes the relation hold each way among the subject's actors.</summary>
public sealed class Reciprocal : ISlotConstruct
{
    public string Name => "mutual";

    public bool AppliesTo(SentenceContext s, RelationEvent e)
    {
        if (e.Slot(SlotRole.Agent)?.Group is not { Actors.Length: >= 2 } agent) return false;
        var from = Math.Max(e.Cue.End, agent.Lead > e.Cue.Start ? agent.End : e.Cue.End);
        return Attachment.HasWordOf(s.P, from, 2, WordClass.Reciprocal, allowSuffix: true);
    }

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Parties, e.Slot(SlotRole.Agent)!.Group!, Name);
}
