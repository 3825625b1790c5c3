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
            return s.Groups.LastOrDefault(g => g.End == rel || (g.End == rel - 1 && s.P.Tokens[rel - 1].IsPunct)) is { } ante && (!ante.IsPlace || e.Type == "CONTROLS") && ante.SharesNoCodeWith(agent) ? ante : null;
        // «وهو ما أدانته منظمات», «ما وصفته بدعم قطر»: the pronoun stands for «ما»; «تغريدة كتبها نجل ترامب», «جماعات
        // تعتبرها إرهابية»: a verb with no conjunction right after a noun opens a relative clause on that noun.
        // A hosting verb's pronoun stands for the talks, whose parties are its target («محادثات سلام استضافتها جنوب أفريقيا»).
        if (!e.Cue.Form.Hosts && e.Cue.Start > 0 && !s.P.Tokens[e.Cue.Start - 1].IsPunct && !s.P.JoinedByConjunction(e.Cue)
            && !s.Groups.InGroup(e.Cue.Start - 1)
            && (s.P.Tokens[e.Cue.Start - 1].Norm == "ما" || !s.P.Is(e.Cue.Start - 1, WordClass.ClauseParticle)))
            return null;
        if (e.Cue.Suffix == "هما") return s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Actors.Length == 2 && g.SharesNoCodeWith(agent));
        // Not a people named by a nisba («الأشقاء الليبيين»), nor the possessor inside another cue's phrase («رعاية الأمم المتحدة»).
        return s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g != agent && g.Actors.Length > 0 && !g.IsPlace && !g.IsWeakNisba && g.SharesNoCodeWith(agent)
                                           && !s.P.Cues.Any(c => c.End <= g.Lead && c.Form.Kind == CueKind.Noun && Attachment.AttachedAgent(s.P, s.Groups, c) == g));
    }
}
