using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «أدانت الغارات الإسرائيلية», «نفت الاتهامات الهندية», «إدانتها للهجمات الإسرائيلية», «تأييدها للضربة الصاروخية التي
/// وجهتها الولايات المتحدة»: the object is an act; its actor is the target.
/// </summary>
public sealed class ActorOfObjectAct : ISlotConstruct
{
    public string Name => "actor-of-object-act";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type is "CRITICIZES" or "REJECTS" or "ACCUSES" or "SUPPORTS"
        && (e.Cue.Form.Kind is CueKind.Verb or CueKind.Participle || (e.Cue.Form.Kind == CueKind.Noun && e.Type is "CRITICIZES" or "SUPPORTS"))
        && Find(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e);

    /// <summary>«واستنكرت بغداد هذا التصعيد»: a hostile-act noun with a demonstrative is the last fight the document reported.</summary>
    private static SlotFill? HostileActNamedBefore(SentenceContext s, RelationEvent e, int from, Document.ResolvedGroup? agent)
    {
        for (var k = from; k < s.P.Tokens.Length && k <= from + 2; k++)
        {
            if (!s.P.Is(k, WordClass.HostileAct) || !(k > 0 && s.P.Is(k - 1, WordClass.Demonstrative))) continue;
            if (s.Groups.Any(g => g.Lead > k && g.Lead <= k + 2)) return null;
            var earlier = s.Doc.Events.LastOrDefault(x => x.Type == "FIGHTS" && x.Polarity == EventPolarity.Asserted && x.Slot(SlotRole.Agent) is not null
                                                          && s.Index - x.Sentence <= EarlierActReach);
            if (earlier?.Slot(SlotRole.Agent) is { } a && a.Actors.Any(x => agent is null || agent.Actors.All(b => b.Code != x.Code)))
                return new SlotFill(SlotRole.Target, a.Actors, "earlier-act");
            return null;
        }
        return null;
    }

    /// <summary>Sentences back an act named again with «الهجوم», «هذا التصعيد» may lie.</summary>
    private const int EarlierActReach = 2;

    private static bool Definite(SentenceParse p, CueMatch act) =>
        p.Readings[act.Start].Any(r => r.Stem.StartsWith("ال", StringComparison.Ordinal)) || (act.Start > 0 && p.Is(act.Start - 1, WordClass.Demonstrative));

    private static SlotFill? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var searchFrom = agent is not null && agent.Lead > e.Cue.Start ? agent.End : e.Cue.Start + 1;
        var act = s.P.Cues.FirstOrDefault(c => c.Start >= e.Cue.End && c.Start <= Math.Max(e.Cue.End, searchFrom) + 2 && c.Form.Kind == CueKind.Noun);
        if (act is null) return HostileActNamedBefore(s, e, searchFrom, agent);
        // «وأدانت مولدوفا الهجوم», «واستنكرت بغداد هذا التصعيد»: a definite or demonstrative act with no actor of its
        // own is the last such act the document reported.
        if (Attachment.AttachedAgent(s.P, s.Groups, act) is null && act.Form.Type is "FIGHTS" or "THREATENS" && Definite(s.P, act)
            && s.Doc.Events.LastOrDefault(x => x.Type == act.Form.Type && x.Polarity == EventPolarity.Asserted && x.Slot(SlotRole.Agent) is not null
                                               && s.Index - x.Sentence <= EarlierActReach) is { } earlier
            && earlier.Slot(SlotRole.Agent) is { } earlierAgent && earlierAgent.Actors.Any(a => agent is null || agent.Actors.All(b => b.Code != a.Code)))
            return new SlotFill(SlotRole.Target, earlierAgent.Actors, "earlier-act");
        // «انتقدت السلطات الإيرانية التحالف بين واشنطن والرياض»: the parties of a two-sided act are its actors.
        var actor = Attachment.AttachedAgent(s.P, s.Groups, act)
                    ?? (e.Type == "SUPPORTS" ? null // «رحبت مصر بالاتفاق بين السعودية وإيران» welcomes the agreement, not each party
                        : s.Groups.FirstOrDefault(g => g.Prep == "بين" && g.Actors.Length >= 2 && g.Lead > act.Start && s.P.WordsBetween(act.End, g.Lead) <= 1));
        if (actor is null || !actor.HasActorOtherThan(agent)) return null;
        return SlotFill.From(SlotRole.Target, actor, "actor-of-object-act");
    }
}
