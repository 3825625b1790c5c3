using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «قصفت الطائرات الإسرائيلية مواقع في قطاع غزة», «عملية إطلاق النار … في العاصمة الفرنسية باريس»: an attack with no
/// actor as its object strikes the state or region it took place in.
/// </summary>
public sealed class AttackedPlace : ISlotConstruct
{
    public string Name => "attacked-place";
    /// <summary>
    /// Only an attack by an armed group, or a verb whose object is a place noun («قصفت … مواقع في قطاع غزة»): a
    /// state's noun of attack in another state names a venue as often as a target («اغتيال السفير الروسي في تركيا»).
    /// </summary>
    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type == "FIGHTS" && e.Slot(SlotRole.Agent)?.Group is { } agent
        && (agent.Actors.All(a => a.Kind == ActorKind.NonState) || e.Cue.Form.Kind == CueKind.Verb) && Find(s, e) is { } place
        && !s.Groups.Any(g => g != agent && g != place && g.Lead > e.Cue.Start && g.Lead < place.Lead)
        && (e.Cue.Form.Kind != CueKind.Verb || ObjectIsPlaceNoun(s, e, agent, place));

    private static bool ObjectIsPlaceNoun(SentenceContext s, RelationEvent e, Document.ResolvedGroup agent, Document.ResolvedGroup place)
    {
        // «قاتل في صفوف التنظيم في أفغانستان»: with no struck place named, «في» gives where the fighting was, not its target.
        var from = agent.Lead > e.Cue.Start ? agent.End : e.Cue.End;
        var struck = false;
        for (var k = from; k < place.Lead - 1; k++)
        {
            if (s.P.Is(k, WordClass.PlaceHead, allowSuffix: true)) struck = true;
            else if (!s.P.Tokens[k].IsPunct && !s.P.Is(k, WordClass.Prep)) return false;
        }
        // «شنت عملية عسكرية في منطقة قره باغ»: a cue of several words names the act itself.
        return struck || e.Cue.End - e.Cue.Start > 1;
    }
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)!.Group;
        var clause = s.P.Clause[e.Cue.Start];
        // «الهجوم الدامي الذي استهدف ملهى ليليا في إسطنبول»: a verb in a relative clause on the attack tells the same attack.
        var rel = Attachment.RelativeAfter(s.P, s.Groups, e.Cue.End, 4);
        var next = Attachment.NextCueStart(s.P, rel is { } r ? r + 2 : e.Cue.End, CueKind.Verb, CueKind.Participle);
        return s.Groups.FirstOrDefault(g => g.Lead > e.Cue.Start && g.Lead < next && g.Clause == clause && g.Prep == "في" && g.Ref == RefKind.None
                                            && s.P.WordsBetween(e.Cue.End, g.Lead) <= Attachment.MaxObjectDistance
                                            && g.Actors.All(a => a.Kind is ActorKind.Country or ActorKind.Region) && g.HasActorOtherThan(agent));
    }
}
