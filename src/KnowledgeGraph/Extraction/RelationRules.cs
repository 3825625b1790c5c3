using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction;

/// <summary>A relation found in a sentence before it becomes an <see cref="ExtractedRelation"/>.</summary>
public sealed record RawRelation(ActorEntry Source, string Type, ActorEntry Target, string Cue, string Rule);

/// <summary>
/// The relation rules: for each cue of a parsed sentence, find its source (subject before the verb, SVO; after it,
/// VSO; the actor attached to a masdar; the speaker of reported speech) and its targets (the actor marked by the
/// cue's preposition, «بين X و Y», coordinated subjects of symmetric cues, pronoun suffixes, the document's parties
/// for collective references and for calls for a ceasefire with no addressee). Negated or failed cues and cues
/// that are the content of a request, call, accusation or denial («طلبت … تقديم المساعدة») yield nothing. O(cues × groups) per sentence.
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
        var blockedUntil = 0;

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
            if (clause == blockedClause && cue.Start < blockedUntil && ComplementTypes.Contains(type))
            {
                trace?.Add($"cue «{cue.Form.Display}» {type}: content of a request, call, accusation or denial, skipped");
                continue;
            }
            var symmetric = schema.IsSymmetric(type);
            var (agent, agentRule) = Agent(p, groups, cue, subject, ctx);
            var targets = Targets(p, groups, cue, agent, subject, ctx, out var targetRule);

            if (type == "MEDIATES")
            {
                // A mediation noun needs its mediator attached («وساطة روسية») or the parties named («التوسط … بين X و Y»).
                var explicitPair = targets ?? PairAround(p, groups, cue);
                if (explicitPair is null && cue.Form.Kind == CueKind.Noun && agentRule != "attached") agent = null;
                var parties = explicitPair ?? PartiesIn(groups)
                    ?? groups.FirstOrDefault(g => g.Ref == RefKind.None && g.Actors.Count == 2 && g.IsSubjectLike && g != agent
                                                 && (agent is null || g.Actors.All(a => agent.Actors.All(b => b.Code != a.Code))))?.Actors.ToList();
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
                    else if (type == "CONSULTS" && cue.Form.Kind == CueKind.Noun && p.Cues.Any(c => c.Form.Type == "MEDIATES" && !c.Negated))
                        trace?.Add($"cue «{cue.Form.Display}»: talks held under a mediator are the mediation, skipped");
                    else EmitPairs(targets, type, cue, "between");
                }
                else if (type == "CONSULTS" && cue.WithTalks && agent is not null && targets is { Count: >= 2 } && targetRule != "prep:مع"
                         && targets.All(t => agent.Actors.All(a => a.Code != t.Code)))
                    Emit(agent.Actors, "MEDIATES", targets, cue, "hosts-talks-of");
                else if (agent is not null && agent.Actors.Count >= 2 && agent.Actors.Count <= 4 && (targets is null || targetRule != "prep:مع") && (agentRule is "svo" or "vso" || (agentRule == "attached" && type != "FIGHTS")
                         || (agentRule == "clause-subject" && type != "FIGHTS" && WordsBetween(p, agent.End, cue.Start) <= 4)))
                    EmitPairs(agent.Actors, type, cue, $"pair-subject:{agentRule}");
                else if (agent is not null && targets is not null && (cue.Form.Kind != CueKind.Noun || agentRule != "clause-subject" || targetRule == "prep:مع"))
                    Emit(agent.Actors, type, targets, cue, $"{agentRule}+{targetRule}");
                else if (cue.IsDual || cue.Suffix == "هما")
                {
                    if (ctx.LastPair is { } lp) Emit([lp.A], type, [lp.B], cue, "dual:last-pair");
                }
            }
            else if (targetRule == "mutual" && targets is not null)
            {
                foreach (var a in targets)
                    Emit([a], type, targets, cue, "mutual");
            }
            else if (agent is not null && targets is not null)
            {
                Emit(agent.Actors, type, targets, cue, $"{agentRule}+{targetRule}");
                if (type == "REJECTS" && targetRule == "claim-speaker")
                    Emit(targets, "ACCUSES", agent.Actors, cue, "denied-claim");
            }

            if (type is "REQUESTS" or "CALLS_ON" or "ACCUSES" or "REJECTS")
            {
                // The content of a request, call, accusation or denial runs to the end of its clause or to a relative clause («التي ترغم موسكو على حمايتها»).
                blockedClause = clause;
                blockedUntil = p.Tokens.Length;
                for (var k = cue.End; k < p.Tokens.Length; k++)
                    if (parser.Is(p.Readings[k], WordClass.Relative)) { blockedUntil = k; break; }
            }
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
                    var isStates = parser.Is(p.Readings[g.Start], WordClass.StatePairRef);
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
                    // «متهمة إياها»: a feminine or plural object pronoun (a state) stands for the last actor named, whatever its role.
                    var objectPronoun = p.Readings[g.Start].Any(r => r.Stem == "ايا" && r.Suffix is "ها" or "هما" or "هم");
                    var ante = objectPronoun ? result.LastOrDefault(x => x.Actors.Count > 0 && x.Ref == RefKind.None)
                        : g.Prep.Length > 0 && g.Lead == g.Start && p.ReportVerb < 0
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
            if (g.Lead == cue.Start && g.Start >= cue.End) return g; // the cue heads the mention: «الوسطاء الفرنسيون»
            if (g.Lead == cue.End && g.Prep.Length == 0) return g;
            if (g.Lead == cue.End + 1 && g.Prep == "من" && !p.Tokens[cue.End].IsPunct) return g;
            if (g.Lead == cue.End && g.Prep == "من") return g;
            // «الهجوم الإرهابي الأرمني»; not when the word between is a cue of its own («إدانتها للهجمات الإسرائيلية»).
            if (g.Lead == cue.End + 1 && g.AllNisba && g.Prep.Length == 0 && !p.Tokens[cue.End].IsPunct && p.Cues.All(c => c.Start != cue.End)) return g;
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
            case CueKind.Noun when GenitiveIsObject(p, groups, cue) is { } doer:
                return (doer, "subject-of-masdar");
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
                if (cue.Form.FirstPerson)
                    return subject is not null && subject.Lead < cue.Start ? (subject, "first-person-speaker")
                        : ctx.Speaker.Count > 0 ? (FromActors(ctx.Speaker, cue.Start), "first-person-speaker") : (null, "");
                var svo = groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
                var vso = groups.FirstOrDefault(g => g.Lead > cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba
                                                     && !parser.Is(p.Readings[g.Lead], WordClass.Counterpart));
                // A subject right before the verb wins (روسيا تدعم أوكرانيا); a distant one loses to a noun right after it
                // («…، وهو ادعاء تنفيه أذربيجان»).
                // A noun cue between a distant subject and the verb is the verb's own subject («هجمات … قد تستهدف»);
                // so is any noun when the actor is more than three words away («مشروع قرار يدعو»).
                if (svo is not null && p.Cues.Any(c => c != cue && c.Start >= svo.End && c.Start < cue.Start && c.Form.Kind == CueKind.Noun)) svo = null;
                if (svo is not null && WordsBetween(p, svo.End, cue.Start) > 3 && !Conjoined(p, cue)) svo = null;
                // «أعلن الوسطاء توصل إسرائيل وحماس إلى اتفاق»: the subject of a reporting verb right before it is not the cue's.
                if (svo is not null && vso is not null && vso.Lead == cue.End && p.ReportVerbs.Contains(PrevWordIndex(p, svo.Lead))) svo = null;
                // «بوساطة تركية، وقعت روسيا وأوكرانيا»: the genitive of an adverbial masdar is not the verb's subject.
                if (svo is not null && p.Cues.Any(c => c != cue && c.End <= svo.Lead && c.Form.Kind == CueKind.Noun
                        && SentenceParser.PrepositionalCue(p.Readings[c.Start]) && AttachedAgent(p, groups, c) == svo)) svo = null;
                // «الذي ساندته قطر»: after a relative pronoun, a verb carrying an object pronoun has its subject after it.
                if (svo is not null && vso is not null && vso.Lead == cue.End && cue.Suffix.Length > 0 && cue.Start > 0
                    && parser.Is(p.Readings[cue.Start - 1], WordClass.Relative)) svo = null;
                if (svo is not null && (cue.Start - svo.End <= 2 || vso is null || vso.Lead != cue.End)) return (svo, "svo");
                // «وأعرب الاتحاد الأوروبي عن قلقه … ودعا بلغراد وبريشتينا إلى ضبط النفس»: a verb joined by و to an earlier
                // clause of the sentence keeps that clause's subject, and the actor right after it is its direct object.
                if (vso is not null && vso.Lead == cue.End && subject is not null && subject != vso && subject.End <= cue.Start
                    && JoinedByAnd(p, cue) && cue.Form.ObjectPreps.Contains("") && WordsBetween(p, subject.End, cue.Start) > 2
                    && !ReportedBefore(p, subject.Lead))
                    return (subject, "shared-subject");
                var callsParties = vso is not null && vso.Ref == RefKind.Parties && cue.Form.ObjectPreps.Contains("");
                if (vso is not null && !callsParties) return (vso, "vso");
                // «الهجوم الذي استهدف السياح»: a verb right after a relative pronoun with no actor before it has a non-actor subject.
                if (cue.Start > 0 && parser.Is(p.Readings[cue.Start - 1], WordClass.Relative)) return (null, "");
                // In reported speech a verb with no subject of its own is the speaker's («… ولن نتخلى عنها»).
                if (subject is not null && p.ReportVerbs.Count > 0 && p.ReportVerbs[0] < cue.Start && p.Clause[cue.Start] > p.Clause[p.ReportVerbs[0]]
                    && subject.Lead < cue.Start) return (subject, "speaker-of-report");
                if (!ClauseInitial(p, cue)) return (null, "");
                if (ObligedActor(p, groups, cue) is { } obliged) return (obliged, "obliged");
                if (subject is not null && subject.Lead < cue.Start) return (subject, "sentence-subject");
                if (ctx.Speaker.Count > 0 && p.Clause[cue.Start] > 0) return (FromActors(ctx.Speaker, cue.Start), "speaker");
                return (null, "");
            }
        }
    }

    /// <summary>A complementizer (أن، إن) before the token: the actor there is inside reported content, not a clause subject.</summary>
    private bool ReportedBefore(SentenceParse p, int token)
    {
        for (var k = 0; k < token; k++)
            if (parser.Is(p.Readings[k], WordClass.Complementizer)) return true;
        return false;
    }

    /// <summary>The cue's first word is read with the conjunction و («ودعا», «ووقع»).</summary>
    private static bool JoinedByAnd(SentenceParse p, CueMatch cue) =>
        p.Readings[cue.Start].Any(r => r.Prefix.StartsWith('و') && r.Stem == cue.Form.Words[0]);

    private bool IsPassiveMasdar(SentenceParse p, CueMatch cue) =>
        cue.Start > 0 && parser.Is(p.Readings[cue.Start - 1], WordClass.PassiveAux)
        && p.Tokens[cue.Start].Norm.StartsWith(cue.Form.Words[0], StringComparison.Ordinal)
        && cue.Form.Words[0][0] != 'ب'; // «تم إبلاغ», not «تم برعاية» (a prepositional masdar is an adverbial)

    /// <summary>Aid masdars take their pronoun suffix as the beneficiary («حمايتها»), others as the actor («نزاعها», «دعمها لـ»).</summary>
    private static bool BeneficiarySuffix(CueMatch cue) => cue.Form.Type is "AIDS";

    /// <summary>
    /// «ستواصل بلاده دعم أوكرانيا»: a support/aid masdar whose genitive follows a nearby actor subject and no receiving
    /// word («على دعم تركيا») names the one supported; returns that subject, or null when the genitive is the giver.
    /// </summary>
    private MentionGroup? GenitiveIsObject(SentenceParse p, List<MentionGroup> groups, CueMatch cue)
    {
        if (cue.Form.Type is not ("SUPPORTS" or "AIDS") || cue.Suffix.Length > 0) return null;
        if (cue.Start > 0 && parser.Is(p.Readings[cue.Start - 1], WordClass.Receives)) return null;
        if (HasPrepTarget(p, groups, cue)) return null;
        var genitive = groups.FirstOrDefault(g => g.Lead == cue.End && g.Prep.Length == 0 && !g.AllNisba);
        if (genitive is null) return null;
        var clause = p.Clause[cue.Start];
        var doer = groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
        return doer is not null && WordsBetween(p, doer.End, cue.Start) <= 4 && doer.Actors.Any(a => genitive.Actors.All(b => b.Code != a.Code)) ? doer : null;
    }

    /// <summary>«دعمها للسلطات التونسية»: an actor right after the cue marked by one of its prepositions.</summary>
    private static bool HasPrepTarget(SentenceParse p, List<MentionGroup> groups, CueMatch cue) =>
        groups.Any(g => g.Lead >= cue.End && g.Lead <= cue.End + 2 && g.Prep.Length > 0 && cue.Form.ObjectPreps.Any(x => PrepMatches(g.Prep, x)));

    private static int WordsBetween(SentenceParse p, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++) if (!p.Tokens[i].IsPunct) n++;
        return n;
    }

    /// <summary>A verb opening its clause («كما دعت», «وأضاف») takes the sentence's subject; one inside a clause does not.</summary>
    private static bool ClauseInitial(SentenceParse p, CueMatch cue)
    {
        var start = cue.Start;
        while (start > 0 && p.Clause[start - 1] == p.Clause[cue.Start]) start--;
        return WordsBetween(p, start, cue.Start) <= 2 || Conjoined(p, cue);
    }

    /// <summary>«… ودعت كل الأطراف»: a verb joined by و/ف to the previous predicate shares its subject.</summary>
    private static bool Conjoined(SentenceParse p, CueMatch cue) =>
        p.Tokens[cue.Start].Norm[0] is 'و' or 'ف' && cue.Form.Words[0][0] is not ('و' or 'ف');

    /// <summary>«ويتعين على البلدين الجارين أن يقدما …»: the actor after على in an obligation is the verb's subject.</summary>
    private MentionGroup? ObligedActor(SentenceParse p, List<MentionGroup> groups, CueMatch cue)
    {
        var clauseStart = cue.Start;
        while (clauseStart > 0 && p.Clause[clauseStart - 1] == p.Clause[cue.Start]) clauseStart--;
        if (clauseStart == 0) return null;
        var obliged = groups.LastOrDefault(g => g.End <= clauseStart && g.Prep == "علي" && g.Clause == p.Clause[clauseStart - 1]);
        if (obliged is null) return null;
        for (var i = obliged.Lead - 1; i >= 0 && obliged.Lead - i <= 3; i--)
            if (parser.Is(p.Readings[i], WordClass.Obligation)) return obliged;
        return null;
    }

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
        if (cue.Form.Kind == CueKind.Noun && GenitiveIsObject(p, groups, cue) is not null)
        {
            rule = "genitive-object";
            return AttachedAgent(p, groups, cue)!.Actors.ToList();
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
        // Targets may sit inside a gapped cue («ستقدم لإسرائيل مساعدات»); a subject after the verb comes first.
        var searchFrom = agent is not null && agent.Lead > cue.Start ? agent.End : cue.Start + 1;
        // Actors after the next cue belong to it — always for a verb, and for «بين» pairs after any cue; a prepositional
        // object may follow a noun cue inside the object phrase («يقدما لوائح بأسرى الحرب إلى الصليب الأحمر»).
        var nextCue = p.Cues.FirstOrDefault(c => c.Start >= cue.End && c.Form.Kind != CueKind.Predicate)?.Start ?? int.MaxValue;
        var nextVerb = p.Cues.FirstOrDefault(c => c.Start >= cue.End && c.Form.Kind is CueKind.Verb or CueKind.Participle)?.Start ?? int.MaxValue;
        foreach (var g in groups)
        {
            if (g.Lead < searchFrom || g == agent) continue;
            if (g.Lead >= nextVerb || (g.Lead >= nextCue && (g.Prep == "بين" || cue.Form.Kind != CueKind.Verb))
                || (g.Lead - searchFrom > MaxObjectDistance && !AllowAcrossClause(cue))) break;
            if (type == "CONTROLS" && g.Ref == RefKind.Antecedent) continue;
            if (p.Clause[g.Lead] != clause && !(p.Tokens.Length > 0 && AllowAcrossClause(cue))) break;
            if (g.Prep == "بين" && g.IsPlace) continue; // «الشريط الحدودي بين قطاع غزة ومصر» is a place
            if (g.Prep == "بين" && (schema.IsSymmetric(type) || type is "MEDIATES" or "ACCUSES")
                && (cue.Form.Kind == CueKind.Noun || cue.Form.ObjectPreps.Contains("بين")))
            {
                rule = "between";
                if (g.Actors.Count >= 2) return g.Actors.ToList();
                continue;
            }
            foreach (var prep in cue.Form.ObjectPreps)
            {
                if (type == "CONTROLS" && !IsTerritory(g)) continue;
                // «رفضت حماس المقترح الإسرائيلي»: a nationality right after the verb's subject marks whose act is rejected;
                // «استهدف موقعا إسرائيليا»: whose position is attacked.
                // «حملت حماس في بيان الاحتلال الإسرائيلي المسؤولية»: an object inside a gapped cue is close enough.
                var insideCue = g.Lead > cue.Start && g.End <= cue.End;
                var weakOk = (type is "REJECTS" or "CRITICIZES" or "ACCUSES" or "FIGHTS" && g.Lead - searchFrom <= (type == "FIGHTS" ? 3 : 2)) || insideCue;
                // The direct object follows the verb and its subject closely; a farther actor is inside another phrase.
                if (prep.Length == 0 && WordsBetween(p, searchFrom, g.Lead) > 3 && !AllowAcrossClause(cue) && !insideCue) continue;
                if (prep.Length == 0 ? (g.Prep.Length == 0 && !g.IsPlace && (!g.IsWeakNisba || weakOk)) : PrepMatches(g.Prep, prep) && (!g.IsPlace || type is "CONTROLS" or "FIGHTS"))
                {
                    rule = prep.Length == 0 ? "object" : $"prep:{prep}";
                    return g.Actors.ToList();
                }
            }
        }
        // «أدانت الغارات الإسرائيلية», «نفت الاتهامات الهندية», «إدانتها للهجمات الإسرائيلية»: the object is an act; its actor is the target.
        if (type is "CRITICIZES" or "REJECTS" or "ACCUSES" && (cue.Form.Kind is CueKind.Verb or CueKind.Participle || (cue.Form.Kind == CueKind.Noun && type == "CRITICIZES")))
        {
            var act = p.Cues.FirstOrDefault(c => c.Start >= cue.End && c.Start <= Math.Max(cue.End, searchFrom) + 2 && c.Form.Kind == CueKind.Noun);
            if (act is not null && AttachedAgent(p, groups, act) is { } actor && (agent is null || actor.Actors.Any(a => agent.Actors.All(b => b.Code != a.Code))))
            {
                rule = "actor-of-object-act";
                return actor.Actors.ToList();
            }
        }
        if (cue.Suffix is "ها" or "ه" or "هم" && cue.Form.Kind == CueKind.Verb && type is "AIDS" or "SUPPORTS")
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
        // «… وهو ما نفته أبوظبي»: a denial whose object is a pronoun denies what the sentence's subject said.
        if (type == "REJECTS" && cue.Suffix is "ه" or "ها" && cue.Form.Kind == CueKind.Verb && subject is not null && agent is not null
            && subject.Lead < cue.Start && subject.Actors.Any(a => agent.Actors.All(b => b.Code != a.Code)))
        {
            rule = "denied-statement";
            return subject.Actors.ToList();
        }
        if (type == "CALLS_ON" && ctx.Parties is { } parties && HasCeasefireWord(p, searchFrom, clause)
            && (agent is null || agent.Actors.All(a => a.Code != parties.A.Code && a.Code != parties.B.Code)))
        {
            rule = "ceasefire-parties";
            return [parties.A, parties.B];
        }
        if (type is "SUPPORTS" or "AIDS" && cue.Form.Kind == CueKind.Noun && agent is not null && subject is not null && subject != agent
            && AttachedAgent(p, groups, cue) is not null && cue.Start > 0 && parser.Is(p.Readings[cue.Start - 1], WordClass.Receives)
            && subject.Clause == clause)
        {
            rule = "beneficiary-subject";
            return subject.Actors.ToList();
        }
        // «أدانت باكستان الضربات الهندية على أراضيها»: an attack on the subject's own territory targets the subject.
        if (type == "FIGHTS" && subject is not null && agent is not null && agent != subject && OwnTerritoryAfter(p, cue.End)
            && subject.Actors.Any(v => agent.Actors.All(a => a.Code != v.Code)))
        {
            rule = "own-territory";
            return subject.Actors.ToList();
        }
        if (type == "FIGHTS" && cue.Form.Kind == CueKind.Noun && AttachedAgent(p, groups, cue) is { } attacker && Victim(p, groups, cue) is { } victim
            && victim.Actors.Any(v => attacker.Actors.All(a => a.Code != v.Code)))
        {
            rule = "suffered";
            return victim.Actors.ToList();
        }
        if (type == "CONTROLS" && TerritoryByNisba(p, groups, searchFrom, Math.Min(nextCue, p.Tokens.Length)) is { } owner)
        {
            rule = "territory-nisba";
            return owner.Actors.ToList();
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

    /// <summary>«على أراضيها» within three words after a cue: a territory word with a possessive pronoun after «على».</summary>
    private bool OwnTerritoryAfter(SentenceParse p, int from)
    {
        for (var k = from; k < p.Tokens.Length - 1 && k < from + 3 && !p.Tokens[k].IsPunct; k++)
        {
            if (p.Tokens[k].Norm != "علي") continue;
            foreach (var r in p.Readings[k + 1])
                if (r.Suffix is "ها" or "ه" && parser.Is([r], WordClass.Territory, allowSuffix: true)) return true;
            return false;
        }
        return false;
    }

    /// <summary>«تعرضت مدينة خاركيف الأوكرانية لقصف روسي»: the actor between a «suffers» verb and the attack masdar.</summary>
    private MentionGroup? Victim(SentenceParse p, List<MentionGroup> groups, CueMatch cue)
    {
        for (var k = cue.Start - 1; k >= 0 && cue.Start - k <= 6 && !p.Tokens[k].IsPunct; k--)
        {
            if (!parser.Is(p.Readings[k], WordClass.Suffers)) continue;
            return groups.LastOrDefault(g => g.Lead > k && g.End <= cue.Start && g.Ref == RefKind.None);
        }
        return null;
    }

    /// <summary>
    /// «سيطرت على بلدة أفدييفكا في منطقة دونيتسك الأوكرانية»: a place taken is held from the state whose nationality
    /// adjective closes the place phrase after «على» (up to six words, no punctuation, no other actor before it).
    /// </summary>
    private MentionGroup? TerritoryByNisba(SentenceParse p, List<MentionGroup> groups, int from, int until)
    {
        var on = -1;
        for (var k = from; k < until && k < from + 2; k++)
            if (p.Tokens[k].Norm == "علي") { on = k; break; }
        if (on < 0) return null;
        foreach (var g in groups)
        {
            if (g.Lead <= on) continue;
            if (g.Lead >= until || g.Lead - on > 7 || g.Ref != RefKind.None || !g.AllNisba || g.Prep.Length > 0) return null;
            for (var k = on + 1; k < g.Lead; k++)
                if (p.Tokens[k].IsPunct) return null;
            return g;
        }
        return null;
    }

    private static int PrevWordIndex(SentenceParse p, int i)
    {
        var j = i - 1;
        while (j >= 0 && p.Tokens[j].IsPunct) j--;
        return j;
    }

    /// <summary>Words between a cue (or its subject) and its object; farther actors belong to something else.</summary>
    private const int MaxObjectDistance = 8;

    /// <summary>A threat names its target inside the quoted threat («هدد … قائلا: "إذا خدعتنا (أرمينيا) …"»).</summary>
    private static bool AllowAcrossClause(CueMatch cue) => cue.Form.Type is "THREATENS";

    private static bool PrepMatches(string groupPrep, string cuePrep) =>
        groupPrep == cuePrep || (cuePrep == "الي" && groupPrep is "الي" or "ل") || (cuePrep == "ل" && groupPrep == "الي") || (cuePrep == "علي" && groupPrep == "علي");

    /// <summary>What can be held or taken: a region, or a place named by a place noun («أراضي أوكرانيا»).</summary>
    private static bool IsTerritory(MentionGroup g) => g.IsPlace || g.Actors.All(a => a.Kind == ActorKind.Region);

    private bool HasCeasefireWord(SentenceParse p, int from, int clause)
    {
        for (var i = from; i < p.Tokens.Length && i < from + 12 && p.Clause[i] == clause; i++)
            if (parser.Is(p.Readings[i], WordClass.Ceasefire)) return true;
        return false;
    }

    private bool HasTerritoryWord(SentenceParse p, int from)
    {
        for (var i = from; i < p.Tokens.Length && i < from + 3; i++)
            if (parser.Is(p.Readings[i], WordClass.Territory, allowSuffix: true)) return true;
        return false;
    }

    /// <summary>The nearest «بين X و Y» group of the sentence, before or after the cue.</summary>
    private static List<ActorEntry>? PairAround(SentenceParse p, List<MentionGroup> groups, CueMatch cue) =>
        groups.Where(g => g.Prep == "بين" && g.Actors.Count >= 2)
            .OrderBy(g => Math.Abs(g.Lead - cue.Start)).FirstOrDefault()?.Actors.ToList();

    private static List<ActorEntry>? PartiesIn(List<MentionGroup> groups) =>
        groups.FirstOrDefault(g => g.Ref == RefKind.Parties && g.Actors.Count == 2)?.Actors.ToList();

    /// <summary>«حليفها الروسي»: the ally supports the possessor (the sentence subject).</summary>
    private void AllyRule(SentenceParse p, List<MentionGroup> groups, MentionGroup? subject, List<RawRelation> output, List<string>? trace)
    {
        if (subject is null) return;
        foreach (var g in groups)
        {
            if (g.Lead >= g.Start || parser.ReadingIn(p.Readings[g.Lead], WordClass.Ally, allowSuffix: true) is not { } ally) continue;
            // «حليفها الروسي», «الحليف الروسي»: the nationality is the ally and supports the subject. «حليفة إسرائيل»,
            // «حليف للشعب السوري»: the complement is the one allied with, and the subject is the ally.
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
