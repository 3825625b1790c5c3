using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction;

/// <summary>A relation found in a sentence before it becomes an <see cref="ExtractedRelation"/>.</summary>
public sealed record RawRelation(ActorEntry Source, string Type, ActorEntry Target, string Cue, string Rule);

/// <summary>
/// The relation rules: for each cue of a parsed sentence, find its source (subject before the verb, SVO; after it,
/// VSO; the actor attached to a masdar; the speaker of reported speech) and its targets (the actor marked by the
/// cue's preposition, «بين X و Y», coordinated subjects of symmetric cues, pronoun suffixes, the document's parties
/// for collective references and for calls for a ceasefire with no addressee). Negated or failed cues and cues
/// that are the content of a request or a call («طلبت … تقديم المساعدة») yield nothing. O(cues × groups) per sentence.
/// </summary>
public sealed class RelationRules(SentenceParser parser, GraphSchemaTypes schema)
{
    private static readonly HashSet<string> ComplementTypes = ["AIDS", "SUPPORTS", "CONSULTS", "AGREES", "FIGHTS", "MEDIATES", "COOPERATES", "CONTROLS"];

    public List<RawRelation> Apply(SentenceParse p, DocumentContext ctx, List<string>? trace = null)
    {
        var output = new List<RawRelation>();
        var groups = Resolve(p, ctx);
        var subject = SentenceSubject(p, groups, ctx);
        var blockedClause = -1;

        void Emit(IEnumerable<ActorEntry> sources, string type, IEnumerable<ActorEntry> targets, CueMatch cue, string rule)
        {
            var ts = targets.ToList();
            foreach (var s in sources)
            foreach (var t in ts)
            {
                if (s.Code == t.Code) continue;
                output.Add(new RawRelation(s, type, t, cue.Form.Display, rule));
                trace?.Add($"{rule}: {s.Code} {type} {t.Code} (cue «{cue.Form.Display}»)");
            }
        }

        foreach (var cue in p.Cues)
        {
            var type = cue.Form.Type;
            if (cue.Negated) { trace?.Add($"cue «{cue.Form.Display}» {type}: negated, skipped"); continue; }
            var clause = p.Clause[cue.Start];
            if (clause == blockedClause && ComplementTypes.Contains(type))
            {
                trace?.Add($"cue «{cue.Form.Display}» {type}: content of a request/call, skipped");
                continue;
            }
            var symmetric = schema.IsSymmetric(type);
            var (agent, agentRule) = Agent(p, groups, cue, subject, ctx);
            var targets = Targets(p, groups, cue, agent, subject, ctx, out var targetRule);

            if (type == "MEDIATES")
            {
                var parties = targets ?? PairAround(p, groups, cue) ?? PartiesIn(groups, clause);
                if (parties is null && agent is not null && (agent.Actors.Count > 0) && ctx.Parties is { } dp && cue.Form.Kind == CueKind.Noun && AttachedAgent(p, groups, cue) is not null)
                    parties = [dp.A, dp.B];
                else if (parties is null && agent is not null && ctx.Parties is { } dp2 && cue.Form.Kind == CueKind.Verb)
                    parties = [dp2.A, dp2.B];
                if (agent is not null && parties is not null)
                {
                    var ps = parties.Where(x => agent.Actors.All(a => a.Code != x.Code)).ToList();
                    if (ps.Count == parties.Count) Emit(agent.Actors, type, ps, cue, $"mediates:{agentRule}");
                }
            }
            else if (symmetric)
            {
                if (targets is not null && targets.Count >= 2 && targetRule == "between")
                {
                    if (type == "CONSULTS" && cue.Form.Kind == CueKind.Verb && agent is not null && agent.Actors.All(a => targets.All(t => t.Code != a.Code)))
                        Emit(agent.Actors, "MEDIATES", targets, cue, "hosts-talks-between");
                    else EmitPairs(targets, type, cue, "between");
                }
                else if (agent is not null && agent.Actors.Count >= 2 && agent.Actors.Count <= 4 && targets is null && agentRule is "svo" or "vso" or "attached" or "clause-subject")
                    EmitPairs(agent.Actors, type, cue, $"pair-subject:{agentRule}");
                else if (agent is not null && targets is not null && (cue.Form.Kind != CueKind.Noun || agentRule != "clause-subject" || targetRule == "prep:مع"))
                    Emit(agent.Actors, type, targets, cue, $"{agentRule}+{targetRule}");
                else if (cue.IsDual || cue.Suffix == "هما")
                {
                    if (ctx.LastPair is { } lp) Emit([lp.A], type, [lp.B], cue, "dual:last-pair");
                }
            }
            else if (agent is not null && targets is not null)
            {
                Emit(agent.Actors, type, targets, cue, $"{agentRule}+{targetRule}");
                if (type == "REJECTS" && targetRule == "claim-speaker")
                    Emit(targets, "ACCUSES", agent.Actors, cue, "denied-claim");
            }

            if (type is "REQUESTS" or "CALLS_ON") blockedClause = clause;
            if (output.Count > 0 && output[^1] is { } last && type == "CONSULTS" && last.Type == "CONSULTS")
                ctx.LastPair = (last.Source, last.Target);
        }

        AllyRule(p, groups, subject, output, trace);
        JointRule(p, groups, output, trace);
        if (subject is not null && p.ReportVerb >= 0) ctx.Speaker = subject.Actors.ToList();
        foreach (var g in groups)
            if (g.Ref == RefKind.None && g.Actors.Count == 2 && g.IsSubjectLike) ctx.LastPair = (g.Actors[0], g.Actors[1]);
        return output;

        void EmitPairs(List<ActorEntry> actors, string type, CueMatch cue, string rule)
        {
            for (var i = 0; i < actors.Count; i++)
            for (var j = i + 1; j < actors.Count; j++)
                Emit([actors[i]], type, [actors[j]], cue, rule);
        }
    }

    /// <summary>Reference groups get their actors; unresolvable references are dropped.</summary>
    private List<MentionGroup> Resolve(SentenceParse p, DocumentContext ctx)
    {
        var result = new List<MentionGroup>();
        foreach (var g in p.Groups)
        {
            if (g.Ref == RefKind.None) { result.Add(g); continue; }
            g.Actors.Clear();
            switch (g.Ref)
            {
                case RefKind.Parties:
                    var countryPair = result.LastOrDefault(x => x.Ref == RefKind.None && x.Actors.Count == 2 && x.Actors.All(a => a.Kind == ActorKind.Country) && x.IsSubjectLike);
                    var isStates = p.Tokens[g.Start].Norm.Contains("بلد") || p.Tokens[g.Start].Norm.Contains("دولت");
                    if (isStates && countryPair is not null) foreach (var a in countryPair.Actors) g.Add(a);
                    else if (ctx.Parties is { } dp) { g.Add(dp.A); g.Add(dp.B); }
                    break;
                case RefKind.Pair:
                    if (ctx.LastPair is { } lp) { g.Add(lp.A); g.Add(lp.B); }
                    break;
                case RefKind.Speaker:
                    var speaker = SpeakerBefore(p, result, g) ?? ctx.Speaker;
                    foreach (var a in speaker) g.Add(a);
                    break;
                case RefKind.Region:
                    if (ctx.Region is not null) g.Add(ctx.Region);
                    break;
                case RefKind.Antecedent:
                    var reportSubject = p.ReportVerbs.Any(v => v < g.Start) && parser.Is(p.Readings[g.Start], WordClass.Complementizer, allowSuffix: true)
                        ? result.FirstOrDefault(x => x.IsSubjectLike && x.Actors.Count > 0 && x.Ref == RefKind.None && !x.IsWeakNisba)
                        : null;
                    if (reportSubject is not null) { foreach (var a in reportSubject.Actors) g.Add(a); break; }
                    var ante = g.Prep.Length > 0 && g.Lead == g.Start && p.ReportVerb < 0
                        ? result.FirstOrDefault(x => x.IsSubjectLike && x.Actors.Count > 0)
                        : result.LastOrDefault(x => x.IsSubjectLike && x.Actors.Count > 0);
                    ante ??= result.LastOrDefault(x => x.Actors.Count > 0);
                    if (ante is not null) foreach (var a in ante.Actors) g.Add(a);
                    else foreach (var a in ctx.Speaker) g.Add(a);
                    break;
                case RefKind.DualAntecedent:
                    var pair = result.LastOrDefault(x => x.Actors.Count == 2);
                    if (pair is not null) foreach (var a in pair.Actors) g.Add(a);
                    else if (ctx.LastPair is { } lp2) { g.Add(lp2.A); g.Add(lp2.B); }
                    break;
            }
            if (g.Actors.Count > 0) result.Add(g);
        }
        return result;
    }

    /// <summary>«بلاده» in a sentence: the first subject-like actor before it (the speaker), as a list.</summary>
    private static List<ActorEntry>? SpeakerBefore(SentenceParse p, List<MentionGroup> before, MentionGroup g)
    {
        var s = before.FirstOrDefault(x => x.IsSubjectLike && x.Actors.Count > 0 && x.Ref == RefKind.None && !x.IsWeakNisba);
        return s?.Actors.ToList();
    }

    /// <summary>The sentence's subject: the subject of its reporting verb, else its first subject-like group.</summary>
    private MentionGroup? SentenceSubject(SentenceParse p, List<MentionGroup> groups, DocumentContext ctx)
    {
        if (p.ReportVerb >= 0)
        {
            foreach (var v in p.ReportVerbs)
            {
                var before = groups.LastOrDefault(g => g.End <= v && g.Clause == p.Clause[v] && g.IsSubjectLike);
                var after = groups.FirstOrDefault(g => g.Lead > v && g.Clause == p.Clause[v] && g.IsSubjectLike);
                if ((before ?? after) is { } s) return s;
            }
            var rv = p.ReportVerb;
            if (ctx.Speaker.Count > 0)
            {
                var inherited = new MentionGroup { Start = rv, End = rv + 1, Lead = rv, Surface = "(speaker)", Clause = p.Clause[rv], Ref = RefKind.Speaker };
                foreach (var a in ctx.Speaker) inherited.Add(a);
                return inherited;
            }
        }
        return groups.FirstOrDefault(g => g.IsSubjectLike && !g.IsWeakNisba && g.Ref != RefKind.Parties);
    }

    private MentionGroup? AttachedAgent(SentenceParse p, List<MentionGroup> groups, CueMatch cue)
    {
        // «المفاوضات التي أجراها وزير الدفاع الروسي»: the actor of a relative clause on the masdar.
        if (cue.End < p.Tokens.Length && parser.Is(p.Readings[cue.End], WordClass.Relative))
        {
            var inRelative = groups.FirstOrDefault(g => g.Lead > cue.End && g.Lead <= cue.End + 3 && g.IsSubjectLike);
            if (inRelative is not null) return inRelative;
        }
        foreach (var g in groups)
        {
            if (g.Lead == cue.End && g.Prep.Length == 0) return g;
            if (g.Lead == cue.End + 1 && g.Prep == "من" && !p.Tokens[cue.End].IsPunct) return g;
            if (g.Lead == cue.End && g.Prep == "من") return g;
            if (g.Lead == cue.End + 1 && g.AllNisba && g.Prep.Length == 0 && !p.Tokens[cue.End].IsPunct) return g; // «الهجوم الإرهابي الأرمني»
        }
        return null;
    }

    private (MentionGroup? Group, string Rule) Agent(SentenceParse p, List<MentionGroup> groups, CueMatch cue, MentionGroup? subject, DocumentContext ctx)
    {
        var clause = p.Clause[cue.Start];
        switch (cue.Form.Kind)
        {
            case CueKind.Participle:
                return subject is not null && subject.Lead < cue.Start ? (subject, "sentence-subject")
                    : ctx.Speaker.Count > 0 ? (FromActors(ctx.Speaker, cue.Start), "speaker") : (null, "");
            case CueKind.Noun when IsPassiveMasdar(p, cue) || (BeneficiarySuffix(cue) && cue.Suffix.Length > 0 && !HasPrepTarget(p, groups, cue)):
            {
                var prior = groups.LastOrDefault(g => g.End <= cue.Start && g.IsSubjectLike && !g.IsWeakNisba && g.Ref != RefKind.Parties);
                if (prior is not null) return (prior, "subject-of-passive");
                if (subject is not null) return (subject, "sentence-subject");
                return ctx.Speaker.Count > 0 ? (FromActors(ctx.Speaker, cue.Start), "speaker") : (null, "");
            }
            case CueKind.Noun:
            {
                var attached = AttachedAgent(p, groups, cue);
                if (attached is not null) return (attached, "attached");
                if (cue.Suffix is "ها" or "ه" or "هم")
                {
                    var prior = groups.LastOrDefault(g => g.End <= cue.Start && g.Actors.Count > 0 && !g.IsPlace);
                    if (prior is not null) return (prior, "possessive");
                }
                var svo = groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
                if (svo is not null) return (svo, "clause-subject");
                if (subject is not null && subject.End <= cue.Start && cue.Form.Type is not ("FIGHTS" or "AGREES" or "CONSULTS" or "COOPERATES")) return (subject, "sentence-subject");
                return (null, "");
            }
            case CueKind.Passive:
            {
                var after = groups.FirstOrDefault(g => g.Lead >= cue.End && g.Lead <= cue.End + 1 && (g.Prep.Length == 0 || cue.Form.ObjectPreps.Contains(g.Prep)));
                return (after, "passive-agent");
            }
            case CueKind.Predicate:
            {
                if (subject is not null && subject.End <= cue.Start && p.Clause[subject.Lead] != clause) return (subject, "speaker");
                return ctx.Speaker.Count > 0 ? (FromActors(ctx.Speaker, cue.Start), "speaker") : (null, "");
            }
            default:
            {
                var svo = groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
                if (svo is not null) return (svo, "svo");
                var vso = groups.FirstOrDefault(g => g.Lead >= cue.End && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
                var callsParties = vso is not null && vso.Ref == RefKind.Parties && cue.Form.ObjectPreps.Contains("");
                if (vso is not null && !callsParties) return (vso, "vso");
                if (subject is not null && subject.Lead < cue.Start) return (subject, "sentence-subject");
                if (ctx.Speaker.Count > 0 && p.Clause[cue.Start] > 0) return (FromActors(ctx.Speaker, cue.Start), "speaker");
                return (null, "");
            }
        }
    }

    private bool IsPassiveMasdar(SentenceParse p, CueMatch cue) =>
        cue.Start > 0 && parser.Is(p.Readings[cue.Start - 1], WordClass.PassiveAux)
        && p.Tokens[cue.Start].Norm.StartsWith(cue.Form.Words[0], StringComparison.Ordinal)
        && cue.Form.Words[0][0] != 'ب'; // «تم إبلاغ», not «تم برعاية» (a prepositional masdar is an adverbial)

    /// <summary>Aid and support masdars take their pronoun suffix as the beneficiary («حمايتها»), others as the actor («نزاعها»).</summary>
    private static bool BeneficiarySuffix(CueMatch cue) => cue.Form.Type is "AIDS" or "SUPPORTS";

    /// <summary>«دعمها للسلطات التونسية»: an actor right after the cue marked by one of its prepositions.</summary>
    private static bool HasPrepTarget(SentenceParse p, List<MentionGroup> groups, CueMatch cue) =>
        groups.Any(g => g.Lead >= cue.End && g.Lead <= cue.End + 2 && g.Prep.Length > 0 && cue.Form.ObjectPreps.Any(x => PrepMatches(g.Prep, x)));

    private static MentionGroup FromActors(IEnumerable<ActorEntry> actors, int at)
    {
        var g = new MentionGroup { Start = at, End = at, Lead = at, Surface = "(speaker)" };
        foreach (var a in actors) g.Add(a);
        return g;
    }

    private List<ActorEntry>? Targets(SentenceParse p, List<MentionGroup> groups, CueMatch cue, MentionGroup? agent, MentionGroup? subject, DocumentContext ctx, out string rule)
    {
        rule = "";
        var type = cue.Form.Type;
        var clause = p.Clause[cue.Start];
        if (cue.Form.Kind == CueKind.Passive)
        {
            var before = groups.LastOrDefault(g => g.End <= cue.Start && g != agent && g.Actors.Count > 0 && (agent is null || g.Actors.Any(a => agent.Actors.All(b => b.Code != a.Code))));
            rule = "described-before";
            return before?.Actors.ToList();
        }
        if (cue.Form.Kind == CueKind.Predicate)
        {
            var before = groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike);
            rule = "predicate-subject";
            return before?.Actors.ToList();
        }
        if (cue.Form.Kind == CueKind.Noun && IsPassiveMasdar(p, cue))
        {
            rule = "passive-object";
            return AttachedAgent(p, groups, cue)?.Actors.ToList();
        }
        if (cue.Form.Kind == CueKind.Noun && BeneficiarySuffix(cue) && cue.Suffix.Length > 0 && !HasPrepTarget(p, groups, cue))
        {
            rule = "pronoun-beneficiary";
            return subject is not null && subject != agent ? subject.Actors.ToList() : null;
        }
        var searchFrom = agent is not null && agent.Lead >= cue.End ? agent.End : cue.End;
        if (cue.Form.Kind == CueKind.Noun && agent is not null && agent.Lead >= cue.End) searchFrom = agent.End;
        var nextCue = p.Cues.FirstOrDefault(c => c.Start >= cue.End && c.Form.Kind != CueKind.Predicate)?.Start ?? int.MaxValue;
        foreach (var g in groups)
        {
            if (g.Lead < searchFrom || g == agent) continue;
            if (g.Lead >= nextCue) break;
            if (type == "CONTROLS" && g.Ref == RefKind.Antecedent) continue;
            if (p.Clause[g.Lead] != clause && !(p.Tokens.Length > 0 && AllowAcrossClause(cue))) break;
            if (g.Prep == "بين" && (schemaSymmetric(type) || type is "MEDIATES" or "ACCUSES"))
            {
                rule = "between";
                if (g.Actors.Count >= 2) return g.Actors.ToList();
                continue;
            }
            foreach (var prep in cue.Form.ObjectPreps)
            {
                if (prep.Length == 0 ? (g.Prep.Length == 0 && !g.IsPlace && !g.IsWeakNisba) : PrepMatches(g.Prep, prep) && (!g.IsPlace || type is "CONTROLS" or "FIGHTS"))
                {
                    rule = prep.Length == 0 ? "object" : $"prep:{prep}";
                    return g.Actors.ToList();
                }
            }
        }
        if (cue.Suffix is "ها" or "ه" or "هم" && cue.Form.Kind == CueKind.Verb)
        {
            rule = "object-pronoun";
            if (subject is not null && agent is not null && subject.Actors.Any(a => agent.Actors.All(b => b.Code != a.Code))) return subject.Actors.ToList();
        }
        if (type == "REJECTS" && cue.Start > 0 && parser.Is(p.Readings[cue.Start - 1], WordClass.Accusation))
        {
            rule = "claim-speaker";
            var speaker = subject?.Actors ?? ctx.Speaker;
            return speaker.Count > 0 ? speaker.ToList() : null;
        }
        if (type == "CALLS_ON" && ctx.Parties is { } parties && HasCeasefireWord(p, cue.End))
        {
            rule = "ceasefire-parties";
            return [parties.A, parties.B];
        }
        if (type is "SUPPORTS" or "AIDS" && cue.Form.Kind == CueKind.Noun && agent is not null && subject is not null && subject != agent
            && AttachedAgent(p, groups, cue) is not null)
        {
            rule = "beneficiary-subject";
            return subject.Actors.ToList();
        }
        if (type == "CONTROLS" && ctx.Region is not null && cue.Form.Kind == CueKind.Verb && HasTerritoryWord(p, cue.End))
        {
            rule = "territory-region";
            return [ctx.Region];
        }
        if (type == "ACCUSES" && cue.Form.Words.Length > 1 && parser.Is(p.Readings[cue.End - 1], WordClass.Mutual))
        {
            var pair = PairAround(p, groups, cue) ?? (ctx.Parties is { } dp ? [dp.A, dp.B] : null);
            rule = "mutual";
            return pair;
        }
        return null;
    }

    private bool schemaSymmetric(string type) => schema.IsSymmetric(type);

    private static bool AllowAcrossClause(CueMatch cue) => cue.Form.Type is "THREATENS";

    private static bool PrepMatches(string groupPrep, string cuePrep) =>
        groupPrep == cuePrep || (cuePrep == "الي" && groupPrep is "الي" or "ل") || (cuePrep == "ل" && groupPrep == "الي") || (cuePrep == "علي" && groupPrep == "علي");

    private bool HasCeasefireWord(SentenceParse p, int from)
    {
        for (var i = from; i < p.Tokens.Length && i < from + 8; i++)
            if (parser.Is(p.Readings[i], WordClass.Ceasefire)) return true;
        return false;
    }

    private static bool HasTerritoryWord(SentenceParse p, int from)
    {
        for (var i = from; i < p.Tokens.Length && i < from + 3; i++)
            if (p.Tokens[i].Norm.StartsWith("اراضي", StringComparison.Ordinal) || p.Tokens[i].Norm.StartsWith("الاراضي", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The nearest «بين X و Y» group of the sentence, before or after the cue.</summary>
    private static List<ActorEntry>? PairAround(SentenceParse p, List<MentionGroup> groups, CueMatch cue) =>
        groups.Where(g => g.Prep == "بين" && g.Actors.Count >= 2)
            .OrderBy(g => Math.Abs(g.Lead - cue.Start)).FirstOrDefault()?.Actors.ToList();

    private static List<ActorEntry>? PartiesIn(List<MentionGroup> groups, int clause) =>
        groups.FirstOrDefault(g => g.Ref == RefKind.Parties && g.Actors.Count == 2)?.Actors.ToList();

    /// <summary>«حليفها الروسي»: the ally supports the possessor (the sentence subject).</summary>
    private void AllyRule(SentenceParse p, List<MentionGroup> groups, MentionGroup? subject, List<RawRelation> output, List<string>? trace)
    {
        if (subject is null) return;
        foreach (var g in groups)
        {
            if (g.Lead >= g.Start || !parser.Is(p.Readings[g.Lead], WordClass.Ally, allowSuffix: true)) continue;
            foreach (var a in g.Actors)
            foreach (var s in subject.Actors)
            {
                if (a.Code == s.Code) continue;
                output.Add(new RawRelation(a, "SUPPORTS", s, p.Tokens[g.Lead].Norm, "ally-of-possessor"));
                trace?.Add($"ally-of-possessor: {a.Code} SUPPORTS {s.Code}");
            }
        }
    }

    /// <summary>«مركز المراقبة الروسي التركي المشترك»: two nationality adjectives + joint = cooperation.</summary>
    private void JointRule(SentenceParse p, List<MentionGroup> groups, List<RawRelation> output, List<string>? trace)
    {
        foreach (var g in groups)
        {
            if (!g.AllNisba || g.Actors.Count != 2 || g.End >= p.Tokens.Length || !parser.Is(p.Readings[g.End], WordClass.Joint)) continue;
            output.Add(new RawRelation(g.Actors[0], "COOPERATES", g.Actors[1], p.Tokens[g.End].Norm, "joint-adjectives"));
            trace?.Add($"joint-adjectives: {g.Actors[0].Code} COOPERATES {g.Actors[1].Code}");
        }
    }
}

/// <summary>Which relation types are symmetric (from graph-schema/relation-types.json).</summary>
public sealed class GraphSchemaTypes(IReadOnlySet<string> symmetric, IReadOnlySet<string> all)
{
    public bool IsSymmetric(string type) => symmetric.Contains(type);
    public IReadOnlySet<string> All => all;

    public static GraphSchemaTypes Default { get; } = new(
        Graph.GraphSchema.Default.RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).ToHashSet(StringComparer.Ordinal),
        Graph.GraphSchema.Default.RelationTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
}
