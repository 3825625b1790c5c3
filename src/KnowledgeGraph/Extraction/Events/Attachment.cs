using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Where a cue's participants attach, asked by several constructs: the actor attached to a masdar, a passive masdar,
/// a support masdar whose genitive is its object, the preposition of a target, «بين» pairs, territory words. Each is
/// O(groups) or O(window).
/// </summary>
public static class Attachment
{
    /// <summary>Words between a cue (or its subject) and its object; farther actors belong to something else.</summary>
    public const int MaxObjectDistance = 8;

    /// <summary>Words between a noun cue and its «بين X و Y» pair; a farther pair belongs to something else.</summary>
    public const int MaxBetweenDistance = 14;

    /// <summary>
    /// The actor attached to a noun cue: in a relative clause on it («المفاوضات التي أجراها وزير الدفاع الروسي»), the
    /// phrase it heads («الوسطاء الفرنسيون»), its genitive or «من X» («وساطة من وزير الدفاع الروسي»), or its nationality
    /// adjective after one word («الهجوم الإرهابي الأرمني»).
    /// </summary>
    public static ResolvedGroup? AttachedAgent(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue)
    {
        // «دعمها للمبادرة التي أطلقتها الجزائر»: with a pronoun on the masdar, a relative clause on the noun after it
        // names the actor of that noun, not of the masdar.
        if (RelativeAfter(p, groups, cue.End, 6) is { } rel && !(cue.Suffix.Length > 0 && rel > cue.End))
        {
            // «التفجيرات التي شهدها العراق», «الهجمات التي تعرضت لها فرنسا»: a relative clause naming where the act took
            // place or who suffered it names no actor of the act.
            if (p.Is(rel + 1, WordClass.Suffers, allowSuffix: true)) return null;
            var inRelative = groups.FirstOrDefault(g => g.Lead > rel && g.Lead <= rel + 3 && g.IsSubjectLike);
            if (inRelative is not null && RelativeVerbTakesNoun(p, rel, inRelative)) return inRelative;
        }
        if (ByAgentPhrase(p, groups, cue.End) is { } by) return by;
        if (AsyndeticRelativeSubject(p, groups, cue) is { } doer) return doer;
        // «رفضها للعقوبات الأمريكية»: a possessive pronoun on the masdar is its genitive; no actor after it is attached.
        if (cue.Suffix.Length > 0) return null;
        // «اجتياح "داعش"»: quotes between a masdar and its genitive are skipped.
        var after = cue.End;
        while (after < p.Tokens.Length && (p.Tokens[after].OpensQuote || p.Tokens[after].Norm == "(")) after++;
        // «إسقاط طائرة تجسس إسرائيلية»: a cue that ends in its object noun has the nationality after it agree with that noun.
        var objectInCue = cue.Form.GenitiveIsTarget && cue.Form.Words.Length > 1;
        foreach (var g in groups)
        {
            if (g.IsPlace) continue; // «في موسكو», «هجوم باريس»: a venue does not act
            if (objectInCue && g.AllNisba) continue;
            if (cue.Form.GenitiveIsTarget && NationalityOfMasdar(p, cue, g)) return g;
            if (cue.Form.GenitiveIsTarget && g.Lead == after && AccusativeObjectAfterGenitive(p, groups, cue, g) is not null) return g;
            // «وقوف تركيا إلى جانب قطر», «اتصال ترامب مع بوتين»: the actor in a noun cue's gap right after the masdar and
            // before a preposition of the cue is its genitive (before an object noun, «دعم ليبيا بمعدات», it may be the one acted on).
            if (InGapBeforePrep(p, cue, g) && !(cue.Form.GenitiveIsTarget && HasClauseSubject(p, groups, cue))) return g;
            if (g.Lead == cue.Start && g.Start >= cue.End) return g;
            // «ستواصل القوات الجوية الروسية قصف تنظيم الدولة»: the genitive of a transitive masdar is what it acts on when
            // its clause has a subject of its own.
            if ((g.Lead == cue.End || (g.Lead == after && after > cue.End)) && g.Prep.Length == 0 && !(cue.Form.GenitiveIsTarget && HasClauseSubject(p, groups, cue))
                && !(!g.AllNisba && IsPurposeMasdar(p, groups, cue)) && !PeopleActedOn(p, cue, g)) return g;
            if (g.Lead == cue.End + 1 && g.Prep.Length == 0 && p.Is(cue.End, WordClass.RoleNoun)) return g;
            if (g.Lead == cue.End + 1 && g.Prep == "من" && !p.Tokens[cue.End].IsPunct) return g;
            // «دعم عسكري إضافي من روسيا»: one adjective may stand between the noun and «من X»; it agrees with the noun in
            // definiteness («تحرير مدينة الفلوجة من داعش»: a name, not an adjective).
            if (g.Lead == cue.End + 2 && g.Prep == "من" && !p.Tokens[cue.End + 1].IsPunct && IsAdjectiveAfter(p, groups, cue)) return g;
            if (g.Lead == cue.End && g.Prep == "من") return g;
            // «في هجوم لتنظيم داعش»: ل after an attack noun that takes no object with ل names the attacker.
            // «في غارة جوية للتحالف»: one adjective may come between.
            if ((g.Lead == cue.End || (g.Lead == cue.End + 1 && IsAdjectiveAfter(p, groups, cue))) && g.Prep == "ل" && cue.Form.Type == "FIGHTS"
                && !g.IsPlace && !cue.Form.ObjectPreps.Any(x => PrepMatches(g.Prep, x))) return g;
            // «الهجوم الإرهابي الأرمني»; not when the word between is a cue of its own («إدانتها للهجمات الإسرائيلية»).
            if (g.Lead == cue.End + 1 && g.AllNisba && g.Prep.Length == 0 && !p.Tokens[cue.End].IsPunct && p.Cues.All(c => c.Start != cue.End)) return g;
        }
        return null;
    }

    /// <summary>
    /// «أدانت مصر استهداف الحوثيين مطار أبها السعودي», «قصف إسرائيل قطاع غزة»: a transitive masdar with two noun phrases
    /// after it acts like its verb: the genitive right after it is the doer and the next phrase, bare or with ل,
    /// the one acted on (an actor right after the genitive, or a place phrase closed by a nationality up to three words on),
    /// even when the clause has a subject of its own. Returns that object.
    /// </summary>
    public static ResolvedGroup? AccusativeObjectAfterGenitive(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue, ResolvedGroup genitive)
    {
        if (cue.Suffix.Length > 0 || genitive.Prep.Length > 0 || genitive.IsPlace || genitive.Actors.Length == 0) return null;
        // «قصف الإسرائيليين غزة»: a plural people is a noun and may be the genitive; a lone singular nationality is not.
        if (genitive.IsWeakNisba && !IsPluralPeople(p, genitive)) return null;
        foreach (var g in groups)
        {
            if (g == genitive || g.Lead < genitive.End || g.Actors.Length == 0 || !g.SharesNoCodeWith(genitive)) continue;
            if (g.IsPlace && !g.IsWeakNisba) continue; // «مدينة جازان»: a named place is passed over to the nationality closing it
            if (g.Prep.Length > 0 && g.Prep != "ل") return null;
            if (g.Lead == genitive.End) return g.IsWeakNisba || g.AllNisba ? null : g;
            // «منشآت النفط السعودية»: «السعودية» is also a name, read here as the adjective closing the phrase.
            var closing = g.IsWeakNisba || (g.Lead == g.Start && g.End - g.Start == 1 && p.Tokens[g.Start].Norm.StartsWith("ال", StringComparison.Ordinal)
                                                && NisbaForms.HasSingularEnding(p.Tokens[g.Start].Norm));
            if (!closing || g.Lead - genitive.End > 3) return null;
            // «لمطار أبها السعودي»: the ل of a place phrase is on its first word.
            if (g.Prep == "ل" && !p.Readings[genitive.End].Any(r => r.Prefix.TrimStart('و').EndsWith('ل'))) return null;
            for (var k = genitive.End; k < g.Lead; k++)
                if (p.Tokens[k].IsPunct || p.Is(k, WordClass.Prep) || p.Cues.Any(c => c.Start == k)) return null;
            return g;
        }
        return null;
    }

    /// <summary>A one-word definite plural nationality («الفلسطينيين», «الإسرائيليون»): a people, which may stand as a noun.</summary>
    private static bool IsPluralPeople(SentenceParse p, ResolvedGroup g) =>
        g.End - g.Start == 1 && p.Tokens[g.Start].Norm is var word && word.StartsWith("ال", StringComparison.Ordinal) && NisbaForms.HasPluralEnding(word);

    /// <summary>
    /// «لمساعدة الفلسطينيين», «بدعم السوريين»: a definite plural nationality right after a masdar of aid or support (or
    /// one that acts on its genitive) is a noun, the people acted on, unless the one supported follows it with a
    /// preposition («دعم الأمريكيين لإسرائيل»).
    /// </summary>
    public static bool PeopleActedOn(SentenceParse p, CueMatch cue, ResolvedGroup g)
    {
        if (!(cue.Form.GenitiveIsTarget || cue.Form.Type is "AIDS" or "SUPPORTS") || cue.Form.Kind != CueKind.Noun || cue.Suffix.Length > 0) return false;
        if (!g.AllNisba || g.Lead != g.Start || g.Prep.Length > 0 || g.Lead != cue.End || !IsPluralPeople(p, g)) return false;
        return g.End >= p.Tokens.Length || !p.Readings[g.End].Any(r => r.Prefix.TrimStart('و', 'ف') is "ل" or "لل" || r.Stem is "الي" or "مع");
    }

    /// <summary>
    /// «وقوف تركيا إلى جانب قطر», «طرد داعش من مدينة», «تحذير كوريا الشمالية بالرد»: an actor in a noun cue's gap right
    /// after the masdar and before a preposition, a word or one joined to the cue's next word (ب، ل), quotes between
    /// («تحذير كوريا الشمالية "بالرد …"»).
    /// </summary>
    public static bool InGapBeforePrep(SentenceParse p, CueMatch cue, ResolvedGroup g)
    {
        if (!(cue.Form.Words.Length > 2 && cue.Form.Words[1] == "*" && g.Lead == cue.Start + 1 && g.End < cue.End && g.Prep.Length == 0)) return false;
        if (p.Is(g.End, WordClass.Prep)) return true;
        var next = g.End;
        while (next < cue.End - 1 && p.Tokens[next].OpensQuote) next++;
        return p.Tokens[next].Norm == cue.Form.Words[2] && p.Readings[next].Any(r => r.Prefix.Length > 0 && r.Prefix[^1] is 'ب' or 'ل');
    }

    /// <summary>
    /// «القصف الإسرائيلي لقطاع غزة», «قصف روسي»: a nationality adjective right after a masdar, agreeing with it in
    /// definiteness and singular («قصف الإسرائيليين» is a plural noun: the ones shelled), names its doer even when the
    /// clause has a subject of its own.
    /// </summary>
    private static bool NationalityOfMasdar(SentenceParse p, CueMatch cue, ResolvedGroup g)
    {
        if (!(g.AllNisba && g.Lead == cue.End && g.End == g.Lead + 1 && g.Prep.Length == 0 && cue.Suffix.Length == 0)) return false;
        var masdar = p.Tokens[cue.End - 1].Norm;
        var nisba = p.Tokens[g.Lead].Norm;
        return IsDefinite(masdar) == IsDefinite(nisba) && NisbaForms.HasSingularEnding(nisba);
    }

    /// <summary>
    /// The word right after a noun cue may be its adjective: no punctuation, no actor, no cue of its own, and as definite
    /// as the noun («تحرير مدينة الفلوجة»: a definite name after an indefinite noun is a genitive, not an adjective).
    /// </summary>
    private static bool IsAdjectiveAfter(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue) =>
        cue.End < p.Tokens.Length && !p.Tokens[cue.End].IsPunct && p.Cues.All(c => c.Start != cue.End) && !groups.InGroup(cue.End)
        && IsDefinite(p.Tokens[cue.End].Norm) == IsDefinite(p.Tokens[cue.End - 1].Norm);

    /// <summary>
    /// «المفاوضات التي أجراها الوزير», «الجهود التي تقوم بها مصر»: the relative clause names the noun's actor when a
    /// pronoun in it stands for the noun — on its verb or on a preposition before the actor. Without one the relative
    /// pronoun is the verb's subject and the actor after it its object («الهجوم الذي استهدف مصر»).
    /// </summary>
    private static bool RelativeVerbTakesNoun(SentenceParse p, int rel, ResolvedGroup actor)
    {
        // «التي تقوم بها الكويت»: a preposition joined to the pronoun reads as ب with the pronoun for stem.
        for (var k = rel + 1; k < actor.Lead; k++)
            if (p.Readings[k].Any(r => ThirdPersonPronoun(r.Suffix) || (r.Prefix.Length > 0 && r.Suffix.Length == 0 && ThirdPersonPronoun(r.Stem)))) return true;
        return false;
    }

    private static bool ThirdPersonPronoun(string s) => s is "ه" or "ها" or "هم" or "هما";

    /// <summary>A word written with the article ال (longer than the article and one letter).</summary>
    internal static bool IsDefinite(string norm) => norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3;

    /// <summary>
    /// «هجوما شنه الحوثيون», «اتفاق وقعته الحكومة»: an indefinite noun cue followed by a verb whose object pronoun stands for
    /// it opens a relative clause; the verb's subject right after it is the cue's agent.
    /// </summary>
    private static ResolvedGroup? AsyndeticRelativeSubject(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue)
    {
        bool PronounForNoun(int k) => p.Readings[k].Any(r => r.Prefix.Length == 0 && r.Suffix is "ه" or "ها");
        var v = cue.End;
        // «بقصف جوي نفذه الجيش الأمريكي»: one adjective may come first.
        // «هجوم بسيارة مفخخة نفذه حزب العمال الكردستاني»: or a phrase of means (ب, a noun, one word after it).
        if (v < p.Tokens.Length - 3 && p.Readings[v].Any(r => r.Prefix == "ب") && !groups.InGroup(v) && !PronounForNoun(v))
            v += PronounForNoun(v + 1) || p.Tokens[v + 1].IsPunct ? 1 : 2;
        else if (v < p.Tokens.Length - 2 && IsAdjectiveAfter(p, groups, cue) && !PronounForNoun(v)) v++;
        if (v >= p.Tokens.Length - 1 || p.Tokens[v].IsPunct || cue.Suffix.Length > 0 || p.Is(v, WordClass.Demonstrative)) return null;
        if (!PronounForNoun(v) || groups.InGroup(v)) return null;
        return groups.FirstOrDefault(g => g.Lead == v + 1 && g.IsSubjectLike && !g.IsWeakNisba);
    }

    /// <summary>
    /// «لهجوم من قبل 3 زوارق تابعة للحوثيين», «على يد قوات …», «من طرف X» (Maghrebi news): the agent phrase after a masdar (one word may come between)
    /// names its agent within five words.
    /// </summary>
    public static ResolvedGroup? ByAgentPhrase(SentenceParse p, ImmutableArray<ResolvedGroup> groups, int from)
    {
        for (var k = from; k < p.Tokens.Length - 1 && k <= from + 1 && !p.Tokens[k].IsPunct; k++)
        {
            var (a, b) = (p.Tokens[k].Norm, p.Tokens[k + 1].Norm);
            if (!((a == "من" && b is "قبل" or "جانب" or "طرف") || (a == "علي" && b == "يد"))) continue;
            foreach (var g in groups)
            {
                if (g.Lead <= k + 1) continue;
                if (g.Lead > k + 7 || g.Ref != RefKind.None) return null;
                for (var t = k + 2; t < g.Lead; t++) if (p.Tokens[t].IsPunct && p.Tokens[t].Norm is "،" or "," or ".") return null;
                return g;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The relative pronoun of a relative clause on the phrase ending at <paramref name="from"/>: right there, or after up
    /// to <paramref name="window"/> words of the phrase («الاتفاق بشأن ترسيم الحدود البحرية الذي وقعه لبنان وقبرص») that
    /// hold no punctuation, no actor and no other cue; null when there is none.
    /// </summary>
    public static int? RelativeAfter(SentenceParse p, ImmutableArray<ResolvedGroup> groups, int from, int window)
    {
        for (var k = from; k < p.Tokens.Length && k - from <= window; k++)
        {
            if (p.Is(k, WordClass.Relative)) return k;
            if (p.Tokens[k].IsPunct || InHeadPhraseOrMention(groups, k) || StartsCue(p, k)) return null;
        }
        return null;
    }

    // Asked for every token of RelativeAfter's window: loops, not two closures per token.
    private static bool InHeadPhraseOrMention(ImmutableArray<ResolvedGroup> groups, int token)
    {
        foreach (var g in groups)
            if (g.Lead <= token && token < g.End) return true;
        return false;
    }

    private static bool StartsCue(SentenceParse p, int token)
    {
        foreach (var c in p.Cues)
            if (c.Start == token) return true;
        return false;
    }

    /// <summary>
    /// «قام الجيش التركي بقصف مواقع …», «قالت إنها شاركت في ضربة على داعش», «يخوض الجيش معارك»: an attack noun right
    /// after its subject and a verb of carrying out, going on with or taking part in it (before or after that subject) is
    /// done by that subject;
    /// elsewhere the clause subject may only comment on the attack («أدانت مصر الهجوم على …»).
    /// </summary>
    public static bool DoneBySubject(SentenceParse p, ResolvedGroup? agent, CueMatch cue)
    {
        if (agent is null || agent.End > cue.Start || p.WordsBetween(AfterBackingParticiple(p, agent), cue.Start) > 3) return false;
        var from = Math.Max(0, agent.Lead - 2);
        for (var i = from; i < cue.Start; i++)
            if ((i < agent.Lead || i >= agent.End) && (p.Is(i, WordClass.Aspectual) || p.Is(i, WordClass.Participates))) return true;
        return false;
    }

    /// <summary>
    /// «تقاتل القوات الحكومية المدعومة من التحالف المتمردين», «ويخوض الجيش اليمني مدعوما بقوات التحالف معارك»: a passive
    /// participle right after a subject, with its agent, describes the subject; the subject's phrase ends after that agent.
    /// </summary>
    public static int AfterBackingParticiple(SentenceParse p, ResolvedGroup subject)
    {
        foreach (var c in p.Cues)
        {
            if (c.Start != subject.End || c.Form.Kind != CueKind.Passive) continue;
            foreach (var g in p.Groups)
                if (g.Lead > c.Start && g.Lead <= c.End + 1 && g.Prep is "من" or "ل" or "ب") return g.End;
        }
        return subject.End;
    }

    /// <summary>
    /// «لدعم حملة نتنياهو», «لتمويل داعش», «لمحاربة التنظيم»: a masdar of giving or of acting on someone, with the ل of
    /// purpose, tells what its clause is for; with no object marked by a preposition after it, its genitive noun is the one
    /// acted on («بدعم روسيا», with ب, and a nationality, «لقصف روسي», name the doer).
    /// </summary>
    public static bool IsPurposeMasdar(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue) =>
        cue.Form.Kind == CueKind.Noun && cue.Suffix.Length == 0 && (cue.Form.GenitiveIsTarget || cue.Form.Type is "SUPPORTS" or "AIDS")
        && p.Readings[cue.Start].Any(r => r.Prefix.EndsWith('ل') && r.Stem == cue.Form.Words[0])
        && !(cue.Start > 0 && (p.Is(cue.Start - 1, WordClass.Suffers, allowSuffix: true) || p.Cues.Any(c => c.End == cue.Start)))
        && !HasPrepTarget(groups, cue);

    /// <summary>A subject-like actor before the cue in its clause (not a weak nisba).</summary>
    public static bool HasClauseSubject(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue) => ClauseSubject(p, groups, cue) is not null;

    /// <summary>The first subject-like actor before the cue in its clause (not a weak nisba).</summary>
    public static ResolvedGroup? ClauseSubject(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue) =>
        groups.FirstOrDefault(g => g.End <= cue.Start && g.Clause == p.Clause[cue.Start] && g.IsSubjectLike && !g.IsWeakNisba);

    /// <summary>«تم إبلاغ»: a masdar after a passive auxiliary (not a prepositional masdar «تم برعاية»).</summary>
    public static bool IsPassiveMasdar(SentenceParse p, CueMatch cue) =>
        cue.Start > 0 && p.Is(cue.Start - 1, WordClass.PassiveAux)
        && p.Tokens[cue.Start].Norm.StartsWith(cue.Form.Words[0], StringComparison.Ordinal)
        && cue.Form.Words[0][0] != 'ب';

    /// <summary>Aid masdars take their pronoun suffix as the beneficiary («حمايتها»), others as the actor («نزاعها», «دعمها لـ»).</summary>
    public static bool BeneficiarySuffix(CueMatch cue) => cue.Form.Type is "AIDS" && cue.Suffix.Length > 0;

    /// <summary>
    /// «ستواصل بلاده دعم أوكرانيا», «ستواصل القوات الروسية قصف تنظيم الدولة»: a support or aid masdar, or another masdar
    /// after a verb of going on, whose genitive follows a nearby actor subject and no receiving word («على دعم تركيا»)
    /// names the one acted on; returns that subject, or null when the genitive is the actor.
    /// </summary>
    public static ResolvedGroup? GenitiveIsObject(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue)
    {
        if (cue.Suffix.Length > 0 || cue.Form.Kind != CueKind.Noun) return null;
        // Other masdars take their genitive as object only after a verb of going on with the act («ستواصل قصف تنظيم الدولة»).
        // «أعلن ترامب انسحاب الولايات المتحدة من اتفاقية باريس»: announcing is carrying out only for the act it names.
        if (cue.Form.Type is not ("SUPPORTS" or "AIDS") && !AspectualBefore(p, cue)) return null;
        if (cue.Start > 0 && p.Is(cue.Start - 1, WordClass.Receives)) return null;
        // «واشنطن تنتقد دعم موسكو ترشح السيسي»: after a verb of judging, accusing or calling the masdar is the act judged,
        // and its genitive is that act's doer.
        if (p.Cues.Any(c => c.End == cue.Start && c.Form.Kind == CueKind.Verb && c.Form.Type is "CRITICIZES" or "REJECTS" or "ACCUSES" or "CALLS_ON")) return null;
        if (HasPrepTarget(groups, cue)) return null;
        var genitive = Genitive(p, groups, cue);
        if (genitive is null) return null;
        var clause = p.Clause[cue.Start];
        var doer = groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
        // «تحظى دمشق بدعم روسيا»: a receiving verb before the subject makes the genitive the giver.
        if (doer is not null && ReceivesBefore(p, doer, cue)) return null;
        return doer is not null && p.WordsBetween(doer.End, cue.Start) <= 4 && doer.HasActorOtherThan(genitive) ? doer : null;
    }

    /// <summary>
    /// «قياديا في تنظيم داعش», «قياديا بارزا في حركة الشباب», «عناصر من حزب الله»: a member noun right before the group, or before
    /// its preposition with at most one word (an adjective) between.
    /// </summary>
    public static bool MembersBefore(SentenceParse p, ImmutableArray<ResolvedGroup> groups, ResolvedGroup g)
    {
        if (p.Is(g.Lead - 1, WordClass.MemberNoun)) return true;
        if (p.Tokens[g.Lead - 1].Norm != g.Prep) return false;
        return p.Is(g.Lead - 2, WordClass.MemberNoun)
               || (p.Is(g.Lead - 3, WordClass.MemberNoun) && !p.Tokens[g.Lead - 2].IsPunct && !groups.InGroup(g.Lead - 2));
    }

    /// <summary>
    /// «تحظى دمشق بدعم روسيا», «وتلقى الجيش اللبناني دعما», «وتستفيد تونس من مساعدات أمريكية»: a receiving verb (not
    /// «على») opens the clause before a subject (its head noun included) the cue follows, at once or after a preposition.
    /// </summary>
    public static bool ReceivesBefore(SentenceParse p, ResolvedGroup subject, CueMatch cue) =>
        (subject.End == cue.Start || (subject.End + 1 == cue.Start && p.Is(subject.End, WordClass.Prep))) && Math.Min(subject.Lead, subject.Start) is var first && first > 0 && p.Is(first - 1, WordClass.Receives) && !p.Is(first - 1, WordClass.Prep);

    /// <summary>
    /// The actor in the genitive of a masdar: right after it, or after a role or effort noun («مواصلة دعم دور الأمم المتحدة»).
    /// </summary>
    public static ResolvedGroup? Genitive(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue) =>
        groups.FirstOrDefault(g => (g.Lead == cue.End || (g.Lead == cue.End + 1 && p.Is(cue.End, WordClass.RoleNoun))) && g.Prep.Length == 0 && !g.IsWeakNisba);

    /// <summary>«دعمها للسلطات التونسية»: an actor right after the cue marked by one of its prepositions.</summary>
    public static bool HasPrepTarget(ImmutableArray<ResolvedGroup> groups, CueMatch cue) =>
        groups.Any(g => g.Lead >= cue.End && g.Lead <= cue.End + 2 && g.Prep.Length > 0 && cue.Form.ObjectPreps.Any(x => PrepMatches(g.Prep, x)));

    public static bool PrepMatches(string groupPrep, string cuePrep) =>
        groupPrep == cuePrep || (cuePrep == "الي" && groupPrep is "الي" or "ل") || (cuePrep == "ل" && groupPrep == "الي");

    /// <summary>What can be held or taken: a region, or a place named by a place noun («أراضي أوكرانيا»).</summary>
    /// <summary>
    /// «ويعتقد مكتب المدعي العام أن العامري اتصل بتنظيم داعش», «مشيرا إلى أن شباب المدينة …»: a complementizer between
    /// <paramref name="from"/> and the cue followed by a noun that names no actor opens a clause with a subject of its
    /// own; a cue inside it is not the sentence subject's or the speaker's. O(cue − from).
    /// </summary>
    public static bool EmbeddedNonActorSubject(SentenceParse p, ImmutableArray<ResolvedGroup> groups, int from, int cueStart)
    {
        for (var k = Math.Max(0, from); k + 1 < cueStart; k++)
        {
            if (!p.Is(k, WordClass.Complementizer)) continue;
            var next = k + 1;
            if (p.Tokens[next].IsPunct || groups.InGroup(next)) continue;
            if (p.Tokens[next].Norm.StartsWith("ال", StringComparison.Ordinal) || p.Is(next, WordClass.NonActorHead)) return true;
            // «أكد له أن انفجارا استهدف حفتر»: an indefinite noun in the accusative after «أن» is its clause's subject.
            if (p.Tokens[next].Norm.Length > 3 && p.Tokens[next].Norm.EndsWith('ا') && next + 1 == cueStart) return true;
        }
        return false;
    }

    public static bool IsTerritory(ResolvedGroup g) => g.IsPlace || g.Actors.All(a => a.Kind == ActorKind.Region);

    /// <summary>A threat names its target inside the quoted threat («هدد … قائلا: "إذا خدعتنا (أرمينيا) …"»).</summary>
    public static bool AllowAcrossClause(CueMatch cue) => cue.Form.Type is "THREATENS";

    private static bool AspectualBefore(SentenceParse p, CueMatch cue)
    {
        for (var i = Math.Max(0, cue.Start - 5); i < cue.Start; i++)
            if (p.Is(i, WordClass.Aspectual) && (i == cue.Start - 1 || !p.Is(i, WordClass.Report))) return true;
        return false;
    }

    public static bool HasWordOf(SentenceParse p, int from, int window, WordClass c, int clause = -1, bool allowSuffix = false)
    {
        for (var i = from; i < p.Tokens.Length && i < from + window && (clause < 0 || p.Clause[i] == clause); i++)
            if (p.Is(i, c, allowSuffix)) return true;
        return false;
    }

    /// <summary>The nearest «بين X و Y» group of the sentence, before or after the cue.</summary>
    public static ResolvedGroup? PairAround(ImmutableArray<ResolvedGroup> groups, CueMatch cue) =>
        groups.Where(g => g.Prep == "بين" && g.Actors.Length >= 2).OrderBy(g => Math.Abs(g.Lead - cue.Start)).FirstOrDefault();

    /// <summary>«على أراضيها» within three words after a cue: a territory word with a possessive pronoun after «على».</summary>
    public static bool OwnTerritoryAfter(SentenceParse p, int from)
    {
        for (var k = from; k < p.Tokens.Length - 1 && k < from + 3 && !p.Tokens[k].IsPunct; k++)
        {
            if (p.Tokens[k].Norm != "علي") continue;
            foreach (var r in p.Readings[k + 1])
                if (r.Suffix is "ها" or "ه" && Syntax.Is([r], WordClass.Territory, allowSuffix: true)) return true;
            return false;
        }
        return false;
    }

    /// <summary>«تعرضت مدينة خاركيف الأوكرانية لقصف روسي»: the actor between a «suffers» verb and the attack masdar.</summary>
    public static ResolvedGroup? Victim(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue)
    {
        for (var k = cue.Start - 1; k >= 0 && cue.Start - k <= 12 && !p.Tokens[k].IsPunct; k--)
        {
            if (!p.Is(k, WordClass.Suffers)) continue;
            return groups.LastOrDefault(g => g.Lead > k && g.End <= cue.Start && g.Ref == RefKind.None);
        }
        return null;
    }

    /// <summary>
    /// «سيطرت على بلدة أفدييفكا في منطقة دونيتسك الأوكرانية»: a place taken is held from the state whose nationality
    /// adjective closes the place phrase after «على» (up to six words, no punctuation, no other actor before it).
    /// </summary>
    public static ResolvedGroup? TerritoryByNisba(SentenceParse p, ImmutableArray<ResolvedGroup> groups, int from, int until)
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

    /// <summary>«ويتعين على البلدين الجارين أن يقدما …»: the actor after على in an obligation is the verb's subject.</summary>
    public static ResolvedGroup? ObligedActor(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue)
    {
        var clauseStart = p.ClauseStart(cue.Start);
        if (clauseStart == 0) return null;
        var obliged = groups.LastOrDefault(g => g.End <= clauseStart && g.Prep == "علي" && g.Clause == p.Clause[clauseStart - 1]);
        if (obliged is null) return null;
        for (var i = obliged.Lead - 1; i >= 0 && obliged.Lead - i <= 3; i--)
            if (p.Is(i, WordClass.Obligation)) return obliged;
        return null;
    }

    /// <summary>The first asserted cue at or after a token, of the given kinds (none given: any kind but predicates).</summary>
    public static int NextCueStart(SentenceParse p, int from, params CueKind[] kinds)
    {
        foreach (var c in p.Cues)
            if (c.Start >= from && !c.Negated && (kinds.Length == 0 ? c.Form.Kind != CueKind.Predicate : kinds.Contains(c.Form.Kind))) return c.Start;
        return int.MaxValue;
    }

    /// <summary>
    /// The last mention group before the cue that <paramref name="accept"/> takes, when it stands at most
    /// <paramref name="maxWords"/> words before the cue with no other cue of <paramref name="blocking"/> kinds (any, if
    /// none given) between («قتل 20 مسلحا من تنظيم داعش في اشتباكات مع …», «التحرك التركي دعما لقطر»).
    /// </summary>
    public static ResolvedGroup? LastBefore(SentenceParse p, ImmutableArray<ResolvedGroup> groups, CueMatch cue, int maxWords,
        Func<ResolvedGroup, bool> accept, params CueKind[] blocking)
    {
        var before = groups.LastOrDefault(g => g.End <= cue.Start && accept(g));
        if (before is null || p.WordsBetween(before.End, cue.Start) > maxWords) return null;
        return p.Cues.Any(c => c != cue && c.Start >= before.End && c.Start < cue.Start && (blocking.Length == 0 || blocking.Contains(c.Form.Kind))) ? null : before;
    }
}
