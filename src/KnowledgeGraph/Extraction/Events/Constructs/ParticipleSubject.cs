using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… معربا عن تضامن بلاده»: an adverbial participle's subject is the sentence subject before it, else the document's speaker.</summary>
public sealed class ParticipleSubject : ISlotConstruct
{
    public string Name => "sentence-subject";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Participle;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        s.Subject is not null && s.Subject.Lead < e.Cue.Start ? SlotFill.From(SlotRole.Agent, s.Subject, Name)
        : s.Doc.Speaker.Length > 0 ? SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)"), "speaker")
        : null;
}
