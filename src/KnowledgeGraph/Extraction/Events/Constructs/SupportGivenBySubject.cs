using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«ستواصل بلاده دعم أوكرانيا»: a support or aid masdar right after its giver's clause takes the giver as agent (its genitive is the one supported).</summary>
public sealed class SupportGivenBySubject : ISlotConstruct
{
    public string Name => "subject-of-masdar";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Noun && Attachment.GenitiveIsObject(s.P, s.Groups, e.Cue) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Attachment.GenitiveIsObject(s.P, s.Groups, e.Cue)!, Name);
}
