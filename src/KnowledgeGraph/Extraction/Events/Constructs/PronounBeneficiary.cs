using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… تعهدت بحمايتها»: the pronoun on an aid masdar is the beneficiary, the sentence subject it refers to.</summary>
public sealed class PronounBeneficiary : ISlotConstruct
{
    public string Name => "pronoun-beneficiary";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && Attachment.BeneficiarySuffix(e.Cue) && !Attachment.HasPrepTarget(s.Groups, e.Cue);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        s.Subject is not null && s.Subject != e.Slot(SlotRole.Agent)?.Group ? SlotFill.From(SlotRole.Target, s.Subject, Name) : null;
}
