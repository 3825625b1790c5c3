using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «… واتهمتها بمساندة الإرهاب», «ووصفتها الولايات المتحدة بأنها …»: a verb's object pronoun stands for the last actor
/// named before it other than the verb's subject (for «هما» the last pair). O(groups).
/// </summary>
public sealed class ObjectSuffix : ISlotConstruct
{
    public string Name => "object-suffix";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Verb && e.Cue.Suffix is "ه" or "ها" or "هم" or "هما" && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)?.Group;
        // «الشهيد … الذي اغتاله الكيان الصهيوني»: after a relative pronoun the pronoun is the relative's antecedent, the
        // phrase right before it — an actor only if one ends there.
        var rel = e.Cue.Start - 1;
        while (rel >= 0 && !s.P.Tokens[rel].IsPunct && !s.P.Is(rel, WordClass.Relative) && e.Cue.Start - rel <= 2) rel--;
        if (rel >= 0 && s.P.Is(rel, WordClass.Relative))
            return s.Groups.LastOrDefault(g => g.End == rel || (g.End == rel - 1 && s.P.Tokens[rel - 1].IsPunct)) is { } ante && ante.SharesNoCodeWith(agent) ? ante : null;
        if (e.Cue.Suffix == "هما") return s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Actors.Length == 2 && g.SharesNoCodeWith(agent));
        // Not a people named by a nisba («الأشقاء الليبيين»), nor the possessor inside another cue's phrase («رعاية الأمم المتحدة»).
        return s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g != agent && g.Actors.Length > 0 && !g.IsPlace && !g.IsWeakNisba && g.SharesNoCodeWith(agent)
                                           && !s.P.Cues.Any(c => c.End <= g.Lead && c.Form.Kind == CueKind.Noun && Attachment.AttachedAgent(s.P, s.Groups, c) == g));
    }
}
