using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «اللقاء الذي جمعه بالرئيس السوداني», «مأدبة العشاء التي جمعت ترامب مع نظيره الصيني», «الاجتماع الذي جمعهما»: a
/// two-sided verb in a relative clause on a meeting has its subject in the meeting itself; its participants are its
/// object — the pronoun on it, or the actor right after it — and the actor its preposition marks.
/// </summary>
public sealed class RelativeClauseParticipants : ISlotConstruct
{
    public string Name => "relative-participants";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Verb && TypeTraits.IsSymmetric(e.Type) && e.Cue.Start > 0 && s.P.Is(e.Cue.Start - 1, WordClass.Relative) && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Find(s, e)!, Name);

    private static ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var cue = e.Cue;
        if (cue.Suffix == "هما") return DualSubject.Pair(s, e);
        // The pronoun is the one the meeting was had by: the sentence's subject, else the last actor named.
        if (cue.Suffix is "ه" or "ها" or "هم")
            return s.Subject is not null && s.Subject.End <= cue.Start ? s.Subject : s.Groups.LastOrDefault(g => g.End <= cue.Start && g.Actors.Length > 0 && !g.IsPlace);
        return s.Groups.FirstOrDefault(g => g.Lead >= cue.End && g.Lead <= cue.End + 1 && g.Prep.Length == 0 && g.Ref == RefKind.None);
    }
}
