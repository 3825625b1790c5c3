using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «أودع الملك سلمان 80 مليون دولار لدعم حملة نتنياهو», «سرقوا كنائس لتمويل داعش»: the genitive of a masdar of purpose is
/// the one it is for; its agent is the clause's. O(groups).
/// </summary>
public sealed class PurposeMasdarObject : ISlotConstruct
{
    public string Name => "purpose-object";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        Attachment.IsPurposeMasdar(s.P, s.Groups, e.Cue) && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    /// <summary>Only with an agent named in the masdar's own clause: a purpose is the act of whoever does the clause's act.</summary>
    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e) =>
        e.Slot(SlotRole.Agent)?.Group is { Ref: RefKind.None } agent && agent.Clause == s.P.Clause[e.Cue.Start]
        && Attachment.Genitive(s.P, s.Groups, e.Cue) is { } g && g.HasActorOtherThan(agent) ? g : null;
}
