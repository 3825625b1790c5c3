using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«المدعومة من يريفان», «تحت سيطرة باكو»: a passive construction's agent is the actor right after it.</summary>
public sealed class PassiveAgent : ISlotConstruct
{
    public string Name => "passive-agent";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Passive;

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var after = s.Groups.FirstOrDefault(g => g.Lead >= e.Cue.End && g.Lead <= e.Cue.End + 1 && (g.Prep.Length == 0 || e.Cue.Form.ObjectPreps.Contains(g.Prep)));
        return after is null ? null : SlotFill.From(SlotRole.Agent, after, Name);
    }
}
