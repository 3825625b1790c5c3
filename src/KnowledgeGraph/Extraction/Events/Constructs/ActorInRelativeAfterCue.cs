using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «أشاد … بالدور الذي تقوم به سلطنة عمان», «أعلنت تأييدها للخطوات التي اتخذتها السعودية»: a judgement (a verb, or a masdar
/// whose pronoun names the judge) whose object noun is followed by a relative clause judges the actor of that clause.
/// </summary>
public sealed class ActorInRelativeAfterCue : ISlotConstruct
{
    public string Name => "actor-of-relative";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type is "SUPPORTS" or "CRITICIZES" or "REJECTS" or "ACCUSES" && (e.Cue.Form.Kind is CueKind.Verb or CueKind.Participle || (e.Cue.Form.Kind == CueKind.Noun && e.Cue.Suffix.Length > 0)) && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        if (Attachment.RelativeAfter(s.P, s.Groups, e.Cue.End, 2) is not { } rel) return null;
        var agent = e.Slot(SlotRole.Agent)?.Group;
        return s.Groups.FirstOrDefault(g => g.Lead > rel && g.Lead <= rel + 4 && g.IsSubjectLike && !g.IsWeakNisba && g.HasActorOtherThan(agent));
    }
}
