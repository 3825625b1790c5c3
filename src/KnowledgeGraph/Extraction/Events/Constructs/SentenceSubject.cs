using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «كما دعت …», «وأضاف …»: a verb opening its clause with no subject of its own takes the sentence subject before it,
/// or in a later clause the document's speaker.
/// </summary>
public sealed class SentenceSubject : ISlotConstruct
{
    public string Name => "sentence-subject";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Verb && ((s.Subject is not null && s.Subject.Lead < e.Cue.Start) || (s.Doc.Speaker.Length > 0 && s.P.Clause[e.Cue.Start] > 0))
        && !Attachment.EmbeddedNonActorSubject(s.P, s.Groups, s.Subject is { } subject && subject.Lead < e.Cue.Start ? subject.End : 0, e.Cue.Start);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        s.Subject is not null && s.Subject.Lead < e.Cue.Start ? SlotFill.From(SlotRole.Agent, s.Subject, Name)
        : SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)"), "speaker");
}
