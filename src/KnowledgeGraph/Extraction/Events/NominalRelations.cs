using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Relations a noun phrase states with no relation cue: an ally noun heading an actor («حليفها الروسي»: Russia supports
/// the possessor, the sentence subject; «حليفة إسرائيل»: the subject supports Israel), two nationality adjectives
/// before «المشترك» («مركز المراقبة الروسي التركي المشترك»: cooperation), and the members of a body («المجموعة
/// الثلاثية المؤلفة من …»: cooperation), and armed forces named by their enemy («التحالف الدولي ضد داعش»: fighting). O(groups).
/// </summary>
public static class NominalRelations
{
    /// <summary>A definite word at <paramref name="k"/> that names no actor and is no preposition: the masdar of a duty («الوفاء», «وقف»).</summary>
    private static bool DefiniteMasdar(SentenceParse p, ImmutableArray<ResolvedGroup> groups, int k) =>
        !p.Tokens[k].IsPunct && p.Tokens[k].Norm.StartsWith("ال", StringComparison.Ordinal) && p.Tokens[k].Norm.Length > 4
        && !p.Is(k, WordClass.Prep) && !groups.InGroup(k);

    public static List<RawRelation> Read(SentenceParse p, ImmutableArray<ResolvedGroup> groups, ResolvedGroup? subject, ImmutableArray<RelationEvent> events,
        List<string>? trace)
    {
        var output = new List<RawRelation>();
        if (subject is not null)
            foreach (var g in groups)
            {
                if (g.Lead >= g.Start || Syntax.ReadingIn(p.Readings[g.Lead], WordClass.Ally, allowSuffix: true) is not { } ally) continue;
                var namedIsAlly = ally.Suffix.Length > 0 || (g.AllNisba && g.End - g.Lead == 2);
                foreach (var a in g.Actors)
                foreach (var s in subject.Actors)
                {
                    if (a.Code == s.Code) continue;
                    var (supporter, supported, rule) = namedIsAlly ? (a, s, "ally-of-possessor") : (s, a, "subject-is-ally");
                    output.Add(new RawRelation(supporter, "SUPPORTS", supported, p.Tokens[g.Lead].Norm, rule));
                    trace?.Add($"{rule}: {supporter.Code} SUPPORTS {supported.Code}");
                }
            }
        // «قال البيت الأبيض إن على كوريا الشمالية أن تفي بعدد من الشروط», «قالت الوزارة إنه يجب على الاتحاد الأوروبي …»:
        // an obligation the speaker lays on an actor is a call on it.
        if (subject is not null && p.ReportVerbs.Count > 0)
        {
            foreach (var g in groups)
            {
                if (g.Prep != "علي" || g.Ref != RefKind.None || g.Lead < 1 || !p.ReportVerbs.Any(v => v < g.Lead) || !g.SharesNoCodeWith(subject)) continue;
                var on = g.Lead - 1;
                // «قال: "على الولايات المتحدة الوفاء بالتزاماتها"»: right after the words of saying the obligation opens the quote.
                var opensSpeech = on >= 1 && (p.ReportVerbs.Contains(on - 1) || (p.Tokens[on - 1].IsPunct && p.ReportVerbs.Any(v => v < on - 1 && p.WordsBetween(v, on - 1) <= 6)));
                var obliged = p.Is(on - 1, WordClass.Obligation) || p.Is(on - 1, WordClass.Complementizer, allowSuffix: true) || opensSpeech
                              || (on >= 2 && p.Is(on - 2, WordClass.Obligation));
                // What is laid on the actor: «أن» and a verb, or a definite masdar («على الولايات المتحدة الوفاء …»).
                var duty = g.End < p.Tokens.Length && (p.Is(g.End, WordClass.Complementizer) || DefiniteMasdar(p, groups, g.End));
                if (!obliged || g.End >= p.Tokens.Length || !(duty || p.Is(on - 1, WordClass.Obligation))) continue;
                Obligation(output, subject, g, p.Tokens[on].Norm, trace);
            }
            // «قال إن الحلفاء بالاتحاد الأوروبي عليهم ألا يطلبوا …»: an actor followed by «عليه/عليها/عليهم» and «أن» is obliged.
            foreach (var on in groups)
            {
                if (on.Ref != RefKind.Antecedent || on.Prep != "علي" || on.Lead != on.Start || on.End >= p.Tokens.Length || !p.Is(on.End, WordClass.Complementizer)
                    || !p.ReportVerbs.Any(v => v < on.Lead)) continue;
                var actor = groups.LastOrDefault(h => h.End == on.Start && h.Ref == RefKind.None && h.Actors.Length > 0 && !h.IsPlace && !h.IsWeakNisba && h.SharesNoCodeWith(subject));
                if (actor is not null) Obligation(output, subject, actor, p.Tokens[on.Start].Norm, trace);
            }
        }
        // «المجموعة الثلاثية المؤلفة من اليونان وقبرص والأردن»: the members of a body cooperate — unless the sentence is
        // about an act of the body («أدانت اللجنة الرباعية المكونة من …»): then its members are that act's agents.
        foreach (var g in groups)
        {
            if (!g.Group.IsMembers || g.Actors.Length is < 2 or > TripleExpansion.MaxActorsInRole) continue;
            if (events.Any(x => x.Polarity == EventPolarity.Asserted && x.Slot(SlotRole.Agent)?.Group == g)) continue;
            CooperatingPairs(output, g.Actors, p.Tokens[Math.Max(0, g.Lead - 1)].Norm, "members-of-body", trace);
        }
        foreach (var g in groups)
        {
            if (!g.AllNisba || g.Actors.Length != 2 || g.End >= p.Tokens.Length || !p.Is(g.End, WordClass.Joint)) continue;
            output.Add(new RawRelation(g.Actors[0], "COOPERATES", g.Actors[1], p.Tokens[g.End].Norm, "joint-adjectives"));
            trace?.Add($"joint-adjectives: {g.Actors[0].Code} COOPERATES {g.Actors[1].Code}");
        }
        // «وأشاد الرئيس التونسي بالدعم الذي تقدمه ألمانيا لبلاده»: praising or thanking for help given praises the helper
        // (GUIDELINES §6); the praiser is the subject of the praise verb right before the help noun.
        foreach (var e in events)
        {
            if (e.Polarity != EventPolarity.Asserted || e.Type is not ("SUPPORTS" or "AIDS" or "MEDIATES") || e.Cue.Form.Kind != CueKind.Noun) continue;
            if (e.Slot(SlotRole.Agent) is not { Group: { } helper }) continue;
            var praiser = PraiserBefore(p, groups, subject, e.Cue.Start);
            if (praiser is null) continue;
            foreach (var a in praiser.Actors)
            foreach (var h in helper.Actors)
            {
                if (a.Code == h.Code) continue;
                output.Add(new RawRelation(a, "SUPPORTS", h, p.Tokens[e.Cue.Start].Norm, "praises-help"));
                trace?.Add($"praises-help: {a.Code} SUPPORTS {h.Code}");
            }
        }
        // «المبادرة التونسية المصرية الجزائرية», «الوساطة المصرية القطرية»: nationalities stacked (no و) after an act noun
        // are its joint authors.
        foreach (var g in groups)
        {
            if (!g.AllNisba || g.Actors.Length is < 2 or > TripleExpansion.MaxActorsInRole || g.Lead != g.Start || !p.Is(g.Lead - 1, WordClass.JointAct)) continue;
            if (Enumerable.Range(g.Start + 1, g.End - g.Start - 1).Any(k => p.Tokens[k].IsPunct || p.Readings[k].Any(r => r.Prefix.StartsWith('و')))) continue;
            CooperatingPairs(output, g.Actors, p.Tokens[g.Lead - 1].Norm, "joint-act", trace);
        }
        // «طائرات التحالف الدولي ضد داعش», «القوات الكردية ضد تنظيم الدولة»: armed forces or a coalition followed at once by
        // «ضد X» are named by the enemy they fight.
        foreach (var g in groups)
        {
            if (g.Ref != RefKind.None || g.IsWeakNisba || g.Actors.Length == 0 || !(p.Is(g.Lead, WordClass.ArmedHead) || p.Is(g.Start, WordClass.ArmedHead))) continue;
            var enemy = groups.FirstOrDefault(h => h.Prep == "ضد" && h.Lead == g.End + 1 && h.Ref == RefKind.None && !h.IsWeakNisba && h.SharesNoCodeWith(g));
            if (enemy is null) continue;
            // «ضد داعش والطائرات السورية»: only the enemy named right after «ضد»; a phrase joined to it may be another force.
            var b = enemy.Actors[0];
            foreach (var a in g.Actors)
            {
                output.Add(new RawRelation(a, "FIGHTS", b, p.Tokens[g.End].Norm, "forces-against"));
                trace?.Add($"forces-against: {a.Code} FIGHTS {b.Code}");
            }
        }
        return output;
    }

    private static void Obligation(List<RawRelation> output, ResolvedGroup speaker, ResolvedGroup obliged, string cue, List<string>? trace)
    {
        foreach (var a in speaker.Actors)
        foreach (var b in obliged.Actors)
        {
            if (a.Code == b.Code) continue;
            output.Add(new RawRelation(a, "CALLS_ON", b, cue, "obligation"));
            trace?.Add($"obligation: {a.Code} CALLS_ON {b.Code}");
        }
    }

    /// <summary>Each pair of distinct actors of one phrase cooperates.</summary>
    private static void CooperatingPairs(List<RawRelation> output, ImmutableArray<ActorEntry> actors, string cue, string rule, List<string>? trace)
    {
        for (var i = 0; i < actors.Length; i++)
        for (var j = i + 1; j < actors.Length; j++)
        {
            if (actors[i].Code == actors[j].Code) continue;
            output.Add(new RawRelation(actors[i], "COOPERATES", actors[j], cue, rule));
            trace?.Add($"{rule}: {actors[i].Code} COOPERATES {actors[j].Code}");
        }
    }

    /// <summary>The subject of a praise verb that stands right before <paramref name="at"/> or before the subject between them.</summary>
    private static ResolvedGroup? PraiserBefore(SentenceParse p, ImmutableArray<ResolvedGroup> groups, ResolvedGroup? subject, int at)
    {
        var k = at - 1;
        var between = groups.FirstOrDefault(g => g.End == at && g.IsSubjectLike && !g.IsWeakNisba);
        if (between is not null) k = between.Lead - 1;
        if (k < 0 || p.Tokens[k].IsPunct || !p.Is(k, WordClass.PraiseVerb)) return null;
        var praiser = between ?? subject;
        return praiser is not null && praiser.End <= at && praiser.Actors.Length > 0 ? praiser : null;
    }
}
