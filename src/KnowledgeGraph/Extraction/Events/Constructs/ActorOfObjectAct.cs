using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«أدانت الغارات الإسرائيلية», «نفت الاتهامات الهندية», «إدانتها للهجمات الإسرائيلية»: the object is an act; its actor is the target.</summary>
public sealed class ActorOfObjectAct : ISlotConstruct
{
    public string Name => "actor-of-object-act";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type is "CRITICIZES" or "REJECTS" or "ACCUSES"
        && (e.Cue.Form.Kind is CueKind.Verb or CueKind.Participle || (e.Cue.Form.Kind == CueKind.Noun && e.Type == "CRITICIZES"))
        && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e);

    private static SlotFill? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var searchFrom = agent is not null && agent.Lead > e.Cue.Start ? agent.End : e.Cue.Start + 1;
        var act = s.P.Cues.FirstOrDefault(c => c.Start >= e.Cue.End && c.Start <= Math.Max(e.Cue.End, searchFrom) + 2 && c.Form.Kind == CueKind.Noun);
        if (act is null) return null;
        // «انتقدت السلطات الإيرانية التحالف بين واشنطن والرياض»: the parties of a two-sided act are its actors.
        var actor = Attachment.AttachedAgent(s.P, s.Groups, act)
                    ?? s.Groups.FirstOrDefault(g => g.Prep == "بين" && g.Actors.Length >= 2 && g.Lead > act.Start && s.P.WordsBetween(act.End, g.Lead) <= 1);
        if (actor is null || !actor.HasActorOtherThan(agent)) return null;
        return SlotFill.From(SlotRole.Target, actor, "actor-of-object-act");
    }
}
