using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«ويتعين على البلدين الجارين أن يقدما …»: the actor after على in an obligation is the subject of the verb after أن.</summary>
public sealed class ObligedSubject : ISlotConstruct
{
    public string Name => "obliged";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Verb && Attachment.ObligedActor(s.P, s.Groups, e.Cue) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Attachment.ObligedActor(s.P, s.Groups, e.Cue)!, Name);
}
