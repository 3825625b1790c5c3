using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… دعمها لتونس»: a noun cue with a pronoun suffix belongs to the last actor named before it.</summary>
public sealed class PossessiveSuffix : ISlotConstruct
{
    public string Name => "possessive";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && e.Cue.Suffix is "ها" or "ه" or "هم" && Prior(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Prior(s, e)!, Name);

    private static Document.ResolvedGroup? Prior(SentenceContext s, RelationEvent e) =>
        s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Actors.Length > 0 && !g.IsPlace);
}
