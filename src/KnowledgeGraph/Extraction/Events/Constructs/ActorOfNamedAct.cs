using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «لعرقلة مشروع القرار الفرنسي الأمريكي البريطاني», «نددت كوريا الشمالية بإرسال الولايات المتحدة مجموعة بحرية»,
/// «أكدوا دعمهم للمبادرة الفرنسية»: a judgement of a proposal, decision or act that names its actor right after it
/// (nisba or genitive) is a judgement of that actor.
/// </summary>
public sealed class ActorOfNamedAct : ISlotConstruct
{
    public string Name => "actor-of-named-act";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type is "SUPPORTS" or "CRITICIZES" or "REJECTS" && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var from = agent is not null && agent.Lead > e.Cue.Start && (p.WordsBetween(e.Cue.End, agent.Lead) <= 4 || agent.Group.IsMembers) ? agent.End : e.Cue.End;
        // Commas, dates and a venue («في مجلس الأمن الدولي») may stand between the cue and the act.
        for (var k = from; k < p.Tokens.Length && k <= from + 8 && p.Tokens[k].Norm is not ("." or ":" or "؟"); k++)
        {
            if (p.Tokens[k].IsPunct) continue;
            if (s.Groups.FirstOrDefault(g => g.Lead <= k && k < g.End) is { } inside)
            {
                if (inside.Prep == "في") { k = inside.End - 1; continue; }
                return null;
            }
            // A proposal noun («مشروع القرار»), or a masdar governed by ب after the cue («بإرسال»), names its actor next.
            var named = p.Is(k, WordClass.ProposalNoun, allowSuffix: false)
                        || (k == from && p.Readings[k].Any(r => r.Prefix.TrimStart('و', 'ف').EndsWith('ب') && r.Stem.Length > 3));
            if (!named) continue;
            return s.Groups.FirstOrDefault(g => g.Lead > k && g.Lead <= k + 3 && g.Prep.Length == 0 && g.Ref == RefKind.None && g.SharesNoCodeWith(agent)
                                                && !Enumerable.Range(k + 1, Math.Max(0, g.Lead - k - 1)).Any(t => p.Tokens[t].IsPunct));
        }
        return null;
    }
}
