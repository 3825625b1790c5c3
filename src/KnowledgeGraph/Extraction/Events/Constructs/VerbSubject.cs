using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// The subject of a verb cue in its clause: before it (SVO, «روسيا تدعم أوكرانيا») when it is close and no noun cue or
/// reporting verb stands between, else after it (VSO, «أدانت مصر الهجوم»); a verb joined by و to an earlier clause keeps
/// that clause's subject when the actor after it is its direct object («… ودعا بلغراد وبريشتينا إلى ضبط النفس»).
/// </summary>
public sealed class VerbSubject : ISlotConstruct
{
    public string Name => "svo";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Verb && Find(s, e.Cue) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e.Cue);

    private const int MaxWordsToSubject = 4;

    /// <summary>
    /// A relative pronoun in [from, to) whose clause is still open at <paramref name="to"/>: «المنظمة التي مقرها لندن دعت»
    /// closes its verbless clause with the actor phrase after the pronoun, so the verb after it is the main clause's.
    /// </summary>
    private static bool RelativeBetween(SentenceContext s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (s.P.Is(k, WordClass.Relative)) return !ClosedRelative(s, k, to);
        return false;
    }

    /// <summary>A relative pronoun at <paramref name="rel"/> followed only by actor phrases up to <paramref name="to"/>.</summary>
    private static bool ClosedRelative(SentenceContext s, int rel, int to)
    {
        if (rel + 1 >= to || !s.P.Is(rel, WordClass.Relative)) return false;
        for (var j = rel + 1; j < to; j++)
            if (!s.Groups.Any(g => g.Lead <= j && j < g.End)) return false;
        return true;
    }

    private static bool InTimePhrase(SentenceParse p, Document.ResolvedGroup g)
    {
        for (var k = g.Start - 1; k >= 0 && g.Start - k <= 2 && !p.Tokens[k].IsPunct; k--)
            if (p.Is(k, WordClass.TimePrep)) return true;
        return false;
    }

    private static SlotFill? Find(SentenceContext s, CueMatch cue)
    {
        var p = s.P;
        var clause = p.Clause[cue.Start];
        var svo = s.Groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
        // A subject after the verb comes within a few words (adverbs of time, a pronoun object); a farther actor is an object.
        // «يدرب مستشارون أمريكيون القوات العراقية»: a group headed by the object noun that closes a gapped cue is its object.
        // With an object pronoun on the verb, that noun is the subject («قتلهم عناصر تنظيم داعش»).
        var objectInCue = cue.End - cue.Start > 1 && cue.Suffix.Length == 0 && Array.IndexOf(cue.Form.Words, "*") >= 0 ? cue.End - 1 : -1;
        // «استهدفت غارة إسرائيلية مواقع لحزب الله»: an attack noun right after an attack verb is its subject, and its
        // nationality names the attacker.
        var attackNoun = cue.Form.Type == "FIGHTS" && p.Cues.Any(c => c.Start == cue.End && c.Form.Type == "FIGHTS" && c.Form.Kind == CueKind.Noun);
        var vso = s.Groups.FirstOrDefault(g => g.Lead > cue.Start && g.Lead != objectInCue && g.Clause == clause && g.IsSubjectLike && !p.Is(g.Lead, WordClass.Counterpart)
                                               && (!g.IsWeakNisba || (attackNoun && g.Lead == cue.End + 1))
                                               && (p.WordsBetween(cue.End, g.Lead) <= MaxWordsToSubject || (g.Group.IsMembers && p.WordsBetween(cue.End, g.Lead) <= 8)));
        // «شن انتحاريون من تنظيم داعش هجمات»: members of a group right after the verb («N من X») stand for the group.
        if (p.Is(cue.Start + 1, WordClass.MemberNoun)
            && s.Groups.FirstOrDefault(g => g.Prep == "من" && g.Lead == cue.Start + 3 && !g.IsPlace && Attachment.MembersBefore(p, s.Groups, g)) is { } members)
            vso = members;
        // «وقبل تولي ترامب الرئاسة استعادت القوات العراقية …»: an actor inside a phrase of time is no subject when one
        // follows the verb.
        if (svo is not null && vso is not null && vso.Lead <= cue.End + 1 && InTimePhrase(p, svo)) svo = null;
        // «المرة الأولى التي تتهم فيها جهة …»: a verb inside a relative clause does not take an actor before the relative pronoun.
        if (svo is not null && RelativeBetween(s, svo.End, cue.Start)) svo = null;
        // A noun cue between a distant subject and the verb is the verb's own subject («هجمات … قد تستهدف»);
        // so is any noun when the actor is more than three words away («مشروع قرار يدعو»).
        if (svo is not null && p.Cues.Any(c => c != cue && c.Start >= svo.End && c.Start < cue.Start && c.Form.Kind == CueKind.Noun)) svo = null;
        if (svo is not null && p.WordsBetween(svo.End, cue.Start) > 3 && !p.Conjoined(cue)) svo = null;
        // «أعلن الوسطاء توصل إسرائيل وحماس إلى اتفاق»: the subject of a reporting verb right before it is not the cue's.
        if (svo is not null && vso is not null && vso.Lead == cue.End && p.ReportVerbs.Contains(p.PrevWordIndex(svo.Lead))) svo = null;
        // «بوساطة تركية، وقعت روسيا وأوكرانيا»: the genitive of an adverbial masdar is not the verb's subject.
        if (svo is not null && p.Cues.Any(c => c != cue && c.End <= svo.Lead && c.Form.Kind == CueKind.Noun
                && SentenceParser.PrepositionalCue(p.Readings[c.Start]) && Attachment.AttachedAgent(p, s.Groups, c) == svo)) svo = null;
        // «الذي ساندته قطر», «ووصفتها الولايات المتحدة», «التي تعتبرها واشنطن منظمة إرهابية»: a verb carrying an object
        // pronoun and followed at once by an actor has that actor as subject; the pronoun is its object.
        if (svo is not null && vso is not null && cue.Suffix.Length > 0 && (vso.Lead == cue.End || vso.Lead == cue.Start + 1)) svo = null;
        // «انتقد حزب الله الأمم المتحدة ووصفها بالضعف»: a verb joined by و that carries an object pronoun continues the first
        // verb: its subject is the sentence's, and the actor right before it is the earlier verb's object.
        if (svo is not null && cue.Suffix.Length > 0 && p.JoinedByAnd(cue) && s.Subject is { } first && first != svo
            && first.End <= svo.Lead && first.SharesNoCodeWith(svo) && !p.ReportedBefore(first.Lead) && (vso is null || vso.Lead > cue.Start + 1))
            return SlotFill.From(SlotRole.Agent, first, "shared-subject");
        if (svo is not null && (cue.Start - svo.End <= 2 || ClosedRelative(s, svo.End, cue.Start) || vso is null || (vso.Lead != cue.End && vso.Lead != cue.Start + 1))) return SlotFill.From(SlotRole.Agent, svo, "svo");
        var subject = s.Subject;
        if (vso is not null && vso.Lead == cue.End && subject is not null && subject != vso && subject.End <= cue.Start
            && p.JoinedByAnd(cue) && cue.Form.ObjectPreps.Contains("") && p.WordsBetween(subject.End, cue.Start) > 2 && !p.ReportedBefore(subject.Lead))
            return SlotFill.From(SlotRole.Agent, subject, "shared-subject");
        // «دعت الطرفين»: an accusative or genitive dual reference after a verb that takes a direct object is its object;
        // a nominative one («ناقش الطرفان») is its subject.
        var callsParties = vso is not null && vso.Ref == RefKind.Parties && cue.Form.ObjectPreps.Contains("")
                           && !p.Tokens[vso.Start].Norm.EndsWith("ان", StringComparison.Ordinal);
        return vso is not null && !callsParties ? SlotFill.From(SlotRole.Agent, vso, "vso") : null;
    }
}
