using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «أعلن الجيش التركي مقتل 15 من عناصر حزب العمال الكردستاني في اشتباكات», «أكد الجيش الأفغاني مقتل 30 من مقاتلي
/// طالبان خلال عمليات»: an army or its forces announcing the enemy dead of an attack it names after them reports its own
/// attack; the side of the dead is the target. Only an armed subject («الجيش», «القوات»): a ministry or an observer
/// announcing deaths may be counting the victims of others. O(words between subject and cue).
/// </summary>
public sealed class AnnouncedCasualties : ISlotConstruct
{
    public string Name => "announced-casualties";

    /// <summary>Words from the casualty word to the attack noun at most.</summary>
    private const int MaxWordsToAttack = 10;

    /// <summary>Words from the casualty word to the side of the dead at most.</summary>
    private const int MaxWordsToVictims = 4;

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type == "FIGHTS" && e.Cue.Form.Kind == CueKind.Noun && e.Slot(SlotRole.Agent) is { Construct: "clause-subject", Group: { } agent }
        && s.P.Is(agent.Lead, WordClass.ArmedHead) && Find(s, e, agent) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e, e.Slot(SlotRole.Agent)!.Group!)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e, Document.ResolvedGroup agent)
    {
        var p = s.P;
        // The casualty word follows the subject after one verb of announcing («أعلن», «أكد»), itself just before the subject.
        var casualty = agent.End;
        if (casualty >= e.Cue.Start || !p.Is(casualty, WordClass.Casualty) || e.Cue.Start - casualty > MaxWordsToAttack) return null;
        if (agent.Lead == 0 || !p.Is(agent.Lead - 1, WordClass.Report)) return null;
        for (var k = casualty; k < e.Cue.Start; k++)
            if (p.Tokens[k].IsPunct || p.Clause[k] != p.Clause[e.Cue.Start]) return null;
        // The dead are named within a few words of the casualty word («مقتل 15 من عناصر …», «مقتل عشرات المسلحين من …»).
        return s.Groups.FirstOrDefault(g => g.Lead > casualty && g.Lead - casualty <= MaxWordsToVictims && g.End <= e.Cue.Start && g.Ref == RefKind.None
                                            && g.Actors.Length > 0 && g.Actors.All(a => a.Kind is ActorKind.NonState or ActorKind.Country)
                                            && g.SharesNoCodeWith(agent) && !g.IsWeakNisba && !g.IsPlace);
    }
}
