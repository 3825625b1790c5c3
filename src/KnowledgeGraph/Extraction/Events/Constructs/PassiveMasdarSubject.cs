using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «تم إبلاغ قوات حفظ السلام», «… حمايتها»: a passive masdar, or an aid masdar whose pronoun suffix is the beneficiary,
/// has as agent the subject-like actor before it, else the sentence subject before it, else the document's speaker.
/// </summary>
public sealed class PassiveMasdarSubject : ISlotConstruct
{
    public string Name => "subject-of-passive";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && (Attachment.IsPassiveMasdar(s.P, e.Cue) || (Attachment.BeneficiarySuffix(e.Cue) && !Attachment.HasPrepTarget(s.Groups, e.Cue)));

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var prior = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.IsSubjectLike && !g.IsWeakNisba && g.Ref != RefKind.Parties);
        if (prior is not null) return SlotFill.From(SlotRole.Agent, prior, Name);
        // «قال … إنه تم استقبال بعض الأسماء الواردة في القائمة التي أصدرتها السعودية»: an actor after the masdar does not do it.
        if (s.Subject is not null && s.Subject.Lead < e.Cue.Start) return SlotFill.From(SlotRole.Agent, s.Subject, "sentence-subject");
        return s.Doc.Speaker.Length > 0 ? SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)"), "speaker") : null;
    }
}
