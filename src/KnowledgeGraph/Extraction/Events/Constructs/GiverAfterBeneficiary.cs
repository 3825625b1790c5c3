using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «المساعدات المقدمة لتونس من قبل الاتحاد الأوروبي», «القرض الممنوح لتونس من قبل صندوق النقد الدولي»: an aid or
/// support noun, at most one definite word (the participle of giving) and the one helped with ل, then the giver after
/// «من قبل». The giver is the agent, the one helped the target (<see cref="Helped"/>). O(groups).
/// </summary>
public sealed class GiverAfterBeneficiary : ISlotConstruct
{
    public string Name => "giver-after-beneficiary";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s.P, s.Groups, e.Cue) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Find(s.P, s.Groups, e.Cue)!.Value.Giver, Name);

    private static (ResolvedGroup Helped, ResolvedGroup Giver)? Find(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue)
    {
        if (cue.Form.Type is not ("AIDS" or "SUPPORTS") || cue.Form.Kind != CueKind.Noun || cue.Suffix.Length > 0) return null;
        var helped = groups.FirstOrDefault(g => g.Prep == "ل" && g.Lead == g.Start && g.Actors.Length > 0
                                                && (g.Lead == cue.End || (g.Lead == cue.End + 1 && !p.Tokens[cue.End].IsPunct && Attachment.IsDefinite(p.Tokens[cue.End].Norm)
                                                                          && !groups.Any(x => x.Lead == cue.End) && p.Cues.All(c => c.Start != cue.End))));
        if (helped is null || Attachment.ByAgentPhrase(p, groups, helped.End) is not { } giver || !giver.SharesNoCodeWith(helped)) return null;
        return (helped, giver);
    }

    /// <summary>The one helped, with ل before the giver.</summary>
    public sealed class Helped : ISlotConstruct
    {
        public string Name => "beneficiary";
        public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Slot(SlotRole.Agent)?.Construct == "giver-after-beneficiary" && Find(s.P, s.Groups, e.Cue) is not null;
        public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s.P, s.Groups, e.Cue)!.Value.Helped, Name);
    }
}
