using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«ستواصل بلاده دعم أوكرانيا»: when the giver is the clause's subject, the genitive of the support masdar is the one supported.</summary>
public sealed class SupportedGenitive : ISlotConstruct
{
    public string Name => "genitive-object";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Noun && Attachment.GenitiveIsObject(s.P, s.Groups, e.Cue) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Attachment.AttachedAgent(s.P, s.Groups, e.Cue)!, Name);
}
