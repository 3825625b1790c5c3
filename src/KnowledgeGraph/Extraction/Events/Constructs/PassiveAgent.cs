using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«المدعومة من يريفان», «تحت سيطرة باكو», «المدعومة علنا من إيران»: a passive construction's agent is the actor right after it.</summary>
public sealed class PassiveAgent : ISlotConstruct
{
    public string Name => "passive-agent";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Passive;

    private static Document.ResolvedGroup? LedBy(SentenceContext s, int from)
    {
        for (var k = from; k < s.P.Tokens.Length && k <= from + 5 && !s.P.Tokens[k].IsPunct; k++)
            if (s.P.Is(k, WordClass.LedBy))
                return s.Groups.FirstOrDefault(g => g.Lead == k + 1 || g.Lead == k);
        return null;
    }

    /// <summary>«لسيطرة ما يسمى بتنظيم داعش»: «so-called» before the agent.</summary>
    private static Document.ResolvedGroup? SoCalled(SentenceContext s, int from) =>
        from + 1 < s.P.Tokens.Length && s.P.Tokens[from].Norm == "ما" && s.P.Readings[from + 1].Any(r => r.Stem is "يسمي" or "تسمي" or "يعرف" or "تعرف")
            ? s.Groups.FirstOrDefault(g => g.Lead == from + 2) : null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        // «المدعومة علنا من إيران»: one adverb may stand between.
        var after = s.Groups.FirstOrDefault(g => g.Lead >= e.Cue.End && g.Lead <= e.Cue.End + 2 && (g.Prep.Length == 0 || e.Cue.Form.ObjectPreps.Contains(g.Prep))
                                                 && (g.Lead <= e.Cue.End + 1 || (!s.P.Tokens[e.Cue.End].IsPunct && g.Prep.Length > 0)));
        // «مدعومة من تحالف عسكري عربي تقوده السعودية»: the leader named after a body that names no actor stands for it.
        after ??= LedBy(s, e.Cue.End) ?? SoCalled(s, e.Cue.End);
        return after is null ? null : SlotFill.From(SlotRole.Agent, after, Name);
    }
}
