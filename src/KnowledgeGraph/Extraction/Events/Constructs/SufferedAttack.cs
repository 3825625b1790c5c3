using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«تعرضت مدينة خاركيف الأوكرانية لقصف روسي»: the one who suffered an attack with a named attacker is its target.</summary>
public sealed class SufferedAttack : ISlotConstruct
{
    public string Name => "suffered";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type == "FIGHTS" && e.Cue.Form.Kind == CueKind.Noun && Attachment.AttachedAgent(s.P, s.Groups, e.Cue) is { } attacker
        && Attachment.Victim(s.P, s.Groups, e.Cue) is { } victim && victim.HasActorOtherThan(attacker);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Attachment.Victim(s.P, s.Groups, e.Cue)!, Name);
}
