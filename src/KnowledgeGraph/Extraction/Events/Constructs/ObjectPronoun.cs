using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… وستدعمها»: an aid or support verb's object pronoun stands for the sentence subject when the verb has a subject of its own.</summary>
public sealed class ObjectPronoun : ISlotConstruct
{
    public string Name => "object-pronoun";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Suffix is "ها" or "ه" or "هم" && e.Cue.Form.Kind == CueKind.Verb && e.Type is "AIDS" or "SUPPORTS"
        && s.Subject is not null && e.Slot(SlotRole.Agent)?.Group is { } agent && s.Subject.HasActorOtherThan(agent);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, s.Subject!, Name);
}
