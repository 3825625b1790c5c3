using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… وهو ما نفته أبوظبي»: a denial whose object is a pronoun denies what the sentence's subject said.</summary>
public sealed class DeniedStatement : ISlotConstruct
{
    public string Name => "denied-statement";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type == "REJECTS" && e.Cue.Suffix is "ه" or "ها" && e.Cue.Form.Kind == CueKind.Verb && s.Subject is not null
        && e.Slot(SlotRole.Agent)?.Group is { } agent && s.Subject.Lead < e.Cue.Start && s.Subject.HasActorOtherThan(agent);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, s.Subject!, Name);
}
