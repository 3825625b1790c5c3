using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… وستدعمها»: an aid or support verb's object pronoun stands for the sentence subject when the verb has a subject of its own.</summary>
public sealed class ObjectPronoun : ISlotConstruct
{
    public string Name => "object-pronoun";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Suffix is "ها" or "ه" or "هم" && e.Cue.Form.Kind == CueKind.Verb && e.Type is "AIDS" or "SUPPORTS"
        && s.Subject is not null && e.Slot(SlotRole.Agent)?.Group is { } agent && s.Subject.HasActorOtherThan(agent)
        && !RelativeOnNonActor(s, e, agent);

    /// <summary>
    /// «الكيانات التي تدعمها قطر»: after a relative pronoun, with the subject after the verb, the object pronoun stands for
    /// the relative's head; a head that is neither an actor nor an actor noun («الحكومة التي تدعمها الأمم المتحدة») names
    /// no one. («تركيا التي زودتها»: with no subject after the verb, the head is the subject.)
    /// </summary>
    private static bool RelativeOnNonActor(SentenceContext s, RelationEvent e, Document.ResolvedGroup agent)
    {
        var rel = e.Cue.Start - 1;
        if (rel < 1 || !s.P.Is(rel, WordClass.Relative) || agent.Lead < e.Cue.Start) return false;
        var head = rel - 1;
        return !s.P.Tokens[head].IsPunct && !s.Groups.Any(g => g.End == rel) && !s.P.Is(head, WordClass.ActorHead, allowSuffix: true);
    }

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, s.Subject!, Name);
}
