using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«نطلب», «لن نتخلى عن»: a first-person verb's subject is the speaker.</summary>
public sealed class FirstPersonSpeaker : ISlotConstruct
{
    public string Name => "first-person-speaker";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Verb && e.Cue.Form.FirstPerson;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        s.Subject is not null && s.Subject.Lead < e.Cue.Start ? SlotFill.From(SlotRole.Agent, s.Subject, Name)
        : s.Doc.Speaker.Length > 0 ? SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)"), Name)
        : null;
}
