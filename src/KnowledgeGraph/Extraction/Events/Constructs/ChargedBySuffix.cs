using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «قطعت علاقاتها مع قطر على خلفية اتهامها بدعم الإرهاب», «استدعت سفير قطر وإبلاغه بقرار قطع العلاقات»: an accusation
/// or notice masdar whose pronoun is followed by the charge or the news (ب) is about the one the pronoun stands for — the
/// last actor named before it — and its agent is the clause subject.
/// Fills the agent; <see cref="ChargedOne"/> fills the target.
/// </summary>
public sealed class ChargedBySuffix : ISlotConstruct
{
    public string Name => "accuser-of-suffix";

    public bool AppliesTo(SentenceContext s, RelationEvent e) => Accused(s, e) is not null && Accuser(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Accuser(s, e)!, Name);

    internal static ResolvedGroup? Accused(SentenceContext s, RelationEvent e)
    {
        var cue = e.Cue;
        if (e.Type is not ("ACCUSES" or "INFORMS") || cue.Form.Kind != CueKind.Noun || cue.Suffix is not ("ه" or "ها" or "هم") || cue.End >= s.P.Tokens.Length) return null;
        if (!s.P.Readings[cue.End].Any(r => r.Prefix.EndsWith('ب')) && s.P.Tokens[cue.End].Norm != "ب") return null;
        // «سفير دولة قطر لدى القاهرة»: the post of an envoy is part of the envoy's phrase.
        return s.Groups.LastOrDefault(g => g.End <= cue.Start && g.Actors.Length > 0 && !g.IsPlace && g.Prep != "لدي" && s.P.Clause[g.Lead] == s.P.Clause[cue.Start]);
    }

    private static ResolvedGroup? Accuser(SentenceContext s, RelationEvent e)
    {
        var accused = Accused(s, e);
        var clause = s.P.Clause[e.Cue.Start];
        return s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g != accused && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba && g.SharesNoCodeWith(accused));
    }

    /// <summary>The target: the one the pronoun stands for.</summary>
    public sealed class ChargedOne : ISlotConstruct
    {
        public string Name => "charged-suffix";
        public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Slot(SlotRole.Agent)?.Construct == "accuser-of-suffix";
        public SlotFill? Fill(SentenceContext s, RelationEvent e) => Accused(s, e) is { } g ? SlotFill.From(SlotRole.Target, g, Name) : null;
    }
}
