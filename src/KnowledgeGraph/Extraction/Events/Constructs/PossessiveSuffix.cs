using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… دعمها لتونس», «لقاؤهما»: a noun cue with a pronoun suffix belongs to the last actor (or pair) named before it.</summary>
public sealed class PossessiveSuffix : ISlotConstruct
{
    public string Name => "possessive";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && e.Cue.Suffix is "ها" or "ه" or "هم" or "هما" && Prior(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Prior(s, e)!, Name);

    /// <summary>The last actor named before the cue; for a dual pronoun («لقاؤهما») the last pair.</summary>
    private static Document.ResolvedGroup? Prior(SentenceContext s, RelationEvent e) =>
        e.Cue.Suffix == "هما" ? DualSubject.Pair(s, e)
        : s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Actors.Length > 0 && !g.IsPlace);
}
