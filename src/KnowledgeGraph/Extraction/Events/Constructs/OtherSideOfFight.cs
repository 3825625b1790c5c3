using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «قتل 20 مسلحا من تنظيم داعش في اشتباكات مع القوات العراقية»: a fighting noun with «مع X» right after it and no subject
/// of its own is fought by the actor named just before it in the sentence (whose losses or men the sentence reports).
/// </summary>
public sealed class OtherSideOfFight : ISlotConstruct
{
    public string Name => "other-side";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Find(s, e)!, Name);

    /// <summary>Words the other side may stand before the fighting noun.</summary>
    private const int MaxWordsBefore = 6;

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        if (e.Type != "FIGHTS" || cue.Form.Kind != CueKind.Noun || cue.Suffix.Length > 0) return null;
        var with = s.Groups.FirstOrDefault(g => g.Lead > cue.Start && p.WordsBetween(cue.End, g.Lead) <= 2 && g.Prep == "مع" && !g.IsPlace);
        if (with is null) return null;
        var before = Attachment.LastBefore(p, s.Groups, cue, MaxWordsBefore, _ => true);
        if (before is null || before.IsPlace || before.IsWeakNisba || before.Ref != RefKind.None || before.Prep is not ("" or "من") || !before.SharesNoCodeWith(with)) return null;
        // A comma between: the actor belongs to another clause.
        for (var k = before.End; k < cue.Start; k++) if (p.Tokens[k].IsPunct) return null;
        return before;
    }
}
