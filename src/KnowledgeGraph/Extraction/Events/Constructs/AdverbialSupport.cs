using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «ويأتي هذا التحرك التركي دعما لقطر», «قطعت علاقاتها مع قطر تضامنا مع السعودية»: a support masdar in the accusative
/// (دعما، تضامنا، تأييدا) tells why an act was done: the act's doer supports — the actor named last before it in the
/// clause, also a nationality adjective on the act noun.
/// </summary>
public sealed class AdverbialSupport : ISlotConstruct
{
    public string Name => "adverbial-support";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Find(s, e)!, Name);

    /// <summary>Words the act's doer may stand before the masdar.</summary>
    private const int MaxWordsBefore = 6;

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        if (e.Type != "SUPPORTS" || cue.Form.Kind != CueKind.Noun || cue.Suffix.Length > 0 || cue.End - cue.Start != 1) return null;
        if (!p.Tokens[cue.Start].Norm.EndsWith('ا') || p.CueHasClitic(cue)) return null;
        var clause = p.Clause[cue.Start];
        return Attachment.LastBefore(p, s.Groups, cue, MaxWordsBefore, g => g.Clause == clause && g.Prep.Length == 0 && g.Ref == RefKind.None && !g.IsPlace, CueKind.Verb);
    }
}
