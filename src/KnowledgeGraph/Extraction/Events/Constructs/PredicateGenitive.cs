using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«وثائق تثبت تورط قطر في ليبيا»: a judgement noun whose genitive is an actor judges that actor.</summary>
public sealed class PredicateGenitive : ISlotConstruct
{
    public string Name => "predicate-genitive";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Predicate && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e) =>
        s.Groups.FirstOrDefault(g => g.Lead == e.Cue.End && g.Prep.Length == 0 && g.HasActorOtherThan(e.Slot(SlotRole.Agent)?.Group));
}
