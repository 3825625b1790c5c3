using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«الهجوم الذي استهدف السياح»: a verb right after a relative pronoun with no actor subject has a non-actor subject.</summary>
public sealed class RelativeClauseGap : ISlotConstruct
{
    public string Name => "relative-gap";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Verb && e.Cue.Start > 0 && s.P.Is(e.Cue.Start - 1, WordClass.Relative);
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => null;
}
