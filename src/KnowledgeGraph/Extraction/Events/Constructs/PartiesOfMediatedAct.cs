using System.Collections.Immutable;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «توصلت إسرائيل وحماس إلى اتفاق لوقف إطلاق النار بوساطة مصرية», «التقى الرئيس الصربي برئيس وزراء كوسوفو برعاية
/// الاتحاد الأوروبي»: a mediation noun governed by «ب» after talks or an agreement tells how they came about — the
/// mediator stands between the parties of that act. A «بين» pair after the mediation noun is left to
/// <see cref="ObjectOrPreposition"/>.
/// </summary>
public sealed class PartiesOfMediatedAct : ISlotConstruct
{
    private const string Construct = "parties-of-mediated-act";
    public string Name => Construct;
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e);

    /// <summary>Words the mediated act's cue may end before the mediation phrase.</summary>
    private const int MaxWordsFromAct = 12;

    private static SlotFill? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        if (e.Type != "MEDIATES" || cue.Form.Kind != CueKind.Noun || cue.Suffix.Length > 0 || !p.CueHasClitic(cue, 'ب')) return null;
        if (s.Groups.Any(g => g.Prep == "بين" && g.Lead >= cue.End && g.Lead - cue.End <= Attachment.MaxObjectDistance)) return null;
        var act = s.Earlier.LastOrDefault(x => x.Cue.End <= cue.Start);
        if (act is null || act.Type is not ("CONSULTS" or "AGREES") || act.Polarity != EventPolarity.Asserted
            || p.WordsBetween(act.Cue.End, cue.Start) > MaxWordsFromAct || p.Clause[act.Cue.Start] != p.Clause[cue.Start]) return null;
        var mediator = e.Actors(SlotRole.Agent);
        var parties = act.Actors(SlotRole.Agent).AddRange(act.Actors(SlotRole.Target)).AddRange(act.Actors(SlotRole.Parties))
            .Where(a => mediator.All(m => m.Code != a.Code)).DistinctBy(a => a.Code).ToImmutableArray();
        return parties.Length >= 2 ? new SlotFill(SlotRole.Parties, parties, Construct) : null;
    }
}
