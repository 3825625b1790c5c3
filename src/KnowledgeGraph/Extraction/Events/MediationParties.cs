using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The parties of a mediation: its target or «بين X و Y» pair, else the sentence's «الطرفين», else two actors named
/// together as a subject («بوساطة روسية، وقعت أرمينيا وأذربيجان»), else the document's parties — for a mediation noun
/// only when its mediator is attached to it («وساطة روسية»). A mediation noun with neither an attached mediator nor
/// named parties has no mediator. O(groups).
/// </summary>
public static class MediationParties
{
    public static RelationEvent Fill(SentenceContext s, RelationEvent e)
    {
        if (e.Type != "MEDIATES") return e;
        var agent = e.Slot(SlotRole.Agent);
        var explicitPair = e.Slot(SlotRole.Target) is { } t ? t with { Role = SlotRole.Parties }
            : e.Slot(SlotRole.Parties) ?? (Attachment.PairAround(s.Groups, e.Cue) is { } around ? SlotFill.From(SlotRole.Parties, around, "pair-around") : null);
        if (explicitPair is null && e.Cue.Form.Kind == CueKind.Noun && agent?.Construct != "attached")
        {
            e = e.Without(SlotRole.Agent);
            agent = null;
        }
        var agentGroup = agent?.Group;
        var parties = explicitPair
            ?? (s.Groups.FirstOrDefault(g => g.Ref == RefKind.Parties && g.Actors.Length == 2) is { } refs ? SlotFill.From(SlotRole.Parties, refs, "parties-ref") : null)
            ?? (s.Groups.FirstOrDefault(g => g.Ref == RefKind.None && g.Actors.Length == 2 && g.IsSubjectLike && g != agentGroup && g.SharesNoCodeWith(agentGroup)) is { } pair
                ? SlotFill.From(SlotRole.Parties, pair, "pair-subject") : null);
        if (parties is null && agent is not null && s.Doc.Parties is { } dp
            && ((e.Cue.Form.Kind == CueKind.Noun && Attachment.AttachedAgent(s.P, s.Groups, e.Cue) is not null) || e.Cue.Form.Kind == CueKind.Verb))
            parties = new SlotFill(SlotRole.Parties, [dp.A, dp.B], "document-parties");
        e = e.Without(SlotRole.Target);
        return parties is null ? e : e.With(parties);
    }
}
