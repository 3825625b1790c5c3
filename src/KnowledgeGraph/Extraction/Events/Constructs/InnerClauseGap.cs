using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>A verb deep inside its clause with no subject found has its subject in words that are not actors; it takes nobody else's.</summary>
public sealed class InnerClauseGap : ISlotConstruct
{
    public string Name => "inner-gap";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Verb && !s.P.ClauseInitial(e.Cue);
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => null;
}
