using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«منطقة ناغورني قرة باغ المدعومة من يريفان»: a passive construction's target is the actor it describes, before it.</summary>
public sealed class DescribedBefore : ISlotConstruct
{
    public string Name => "described-before";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Passive;

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)?.Group;
        // What is held is named, not a pronoun («بما فيها عاصمتها … لسيطرة تنظيم داعش»).
        var before = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g != agent && g.Actors.Length > 0 && g.HasActorOtherThan(agent)
                                                 && !(e.Type == "CONTROLS" && g.Ref != RefKind.None));
        return before is null ? null : SlotFill.From(SlotRole.Target, before, Name);
    }
}
