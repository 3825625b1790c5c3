using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The type a complement decides: «طالبت الحكومة الليبية الاتحاد الأوروبي بمساعدات عاجلة» (GUIDELINES §6) — a call whose
/// complement is aid, support or protection for the caller asks for something for itself, a request; «وصفها بالناجحة» —
/// a description in words of praise is support, not criticism; an attack on words or a policy, or a named person's attack
/// amid speech («هاجم أردوغان ألمانيا واتهمها …»), is criticism;
/// «استعادت القوات العراقية المدن من التنظيم» — taking territory back from an actor is fighting that actor. O(window).
/// </summary>
public static class TypeByComplement
{
    public static RelationEvent Rewrite(SentenceContext s, RelationEvent e)
    {
        // «وصفها بالناجحة»: a description in words of praise is support.
        if (e.Cue.Form.Judges && e.Slot(SlotRole.Target)?.Group is { } described)
            for (var k = described.End; k < s.P.Tokens.Length && k < described.End + 5; k++)
                if (s.P.Is(k, WordClass.PraiseWord) || s.P.Readings[k].Any(r => Syntax.Is([r], WordClass.PraiseWord)))
                    return e with { Type = "SUPPORTS", Why = "a description in words of praise" };
        // «وصفت روسيا الاتهامات الأمريكية بأنها لا أساس لها»: a description as baseless is the rejection the predicate states.
        if (e.Cue.Form.Judges && e.Type != "REJECTS" && e.Slot(SlotRole.Target)?.Group is { } judged
            && CueWithin(s.P, Math.Max(e.Cue.End, judged.End), 3, "REJECTS", CueKind.Predicate))
            return e with { Type = "REJECTS", Why = "a description as baseless" };
        // «استعاد الجيش السوري مدينة تدمر من تنظيم داعش»: the actor territory is taken from is fought, not held.
        if (e.Type == "CONTROLS" && e.Slot(SlotRole.Target)?.Construct == "taken-from")
            return e with { Type = "FIGHTS", Why = "territory taken from an actor" };
        // «هاجمت الخارجية المصرية تصريحات الرئيس التركي»: an attack on an actor's words, policy or decision is criticism.
        if (e.Type == "FIGHTS" && e.Cue.Form.Kind == CueKind.Verb && e.Slot(SlotRole.Target)?.Group is { } attacked && ProposalOf(s.P, e.Cue, attacked))
            return e with { Type = "CRITICIZES", Why = "an attack on words, a policy or a decision" };
        // «وشن الرئيس هجوما على تنظيم الإخوان قائلا …», «هاجم أردوغان ألمانيا واتهمها …»: a named person's attack, with
        // speech in the sentence, is made in words.
        if (e.Type == "FIGHTS" && e.Cue.Form.InWords && e.Slot(SlotRole.Agent)?.Group is { Ref: RefKind.None } person
            && person.Actors.Length > 0 && person.Actors.All(a => a.Kind == ActorKind.Person) && SpeechBeside(s.P, e.Cue))
            return e with { Type = "CRITICIZES", Why = "an attack in words by a person" };
        // «سيطر الجيش على المدينة بدعم من التحالف»: backing given to a military act is military aid.
        if (e.Type == "SUPPORTS" && e.Slot(SlotRole.Target)?.Construct == "agent-of-supported-act"
            && Constructs.SupportOfAct.Find(s, e) is { Military: true })
            return e with { Type = "AIDS", Why = "backing of a military act" };
        // «ويدعم صندوق النقد الدولي تونس ببرنامج بقيمة 1.7 مليار دولار», «ملتزمة بدعم تونس عسكريا وأمنيا»: support in
        // money, arms or security is aid.
        if (e.Type == "SUPPORTS" && e.Cue.Form.Kind is CueKind.Verb or CueKind.Noun && e.Slot(SlotRole.Target)?.Group is { } helped
            && WordWithin(s.P, Math.Max(e.Cue.End, helped.End), 6, WordClass.MaterialAid))
            return e with { Type = "AIDS", Why = "support in money, arms or security" };
        // «دعاه لزيارة واشنطن», «دعوة لحضور القمة»: a call to visit or attend is an invitation.
        if (e.Type == "CALLS_ON" && e.Slot(SlotRole.Target)?.Group is { } invited
            && Marked(s.P, Math.Max(e.Cue.End, invited.End), 3, WordClass.VisitNoun, 'ل', "الي"))
            return e with { Type = "CONSULTS", Why = "an invitation to visit or attend" };
        // «طالبت … الاتحاد الأوروبي بمساعدات عاجلة»: a call for aid is a request.
        // «طالب العراق الولايات المتحدة بتقديم المزيد من المساعدات العسكرية»: so is a call for the provision of aid.
        if (e.Type == "CALLS_ON" && e.Slot(SlotRole.Target)?.Group is { } target
            && (Marked(s.P, target.End, 3, WordClass.AidNoun, 'ب', "الي", "ب") || CueWithin(s.P, target.End, 2, "AIDS", CueKind.Noun)))
            return e with { Type = "REQUESTS", Why = "a call for aid is a request" };
        return e;
    }

    /// <summary>A proposal, policy or words noun («تصريحات», «سياسة») in the two words before the actor, after the cue.</summary>
    private static bool ProposalOf(SentenceParse p, CueMatch cue, Document.ResolvedGroup g)
    {
        var from = Math.Max(cue.End, g.Start - 2);
        return WordWithin(p, from, g.Lead - from, WordClass.ProposalNoun);
    }

    /// <summary>A word of saying (قال، قائلا، مضيفا …), or a cue of accusing or criticizing, elsewhere in the sentence than the cue.</summary>
    private static bool SpeechBeside(SentenceParse p, CueMatch cue)
    {
        for (var k = 0; k < p.Tokens.Length; k++)
            if ((k < cue.Start || k >= cue.End) && p.Is(k, WordClass.Report)) return true;
        return p.Cues.Any(c => c != cue && c.Form.Type is "ACCUSES" or "CRITICIZES");
    }

    /// <summary>A cue of the type and kind starting in the <paramref name="span"/> words from <paramref name="from"/>.</summary>
    private static bool CueWithin(SentenceParse p, int from, int span, string type, CueKind kind) =>
        p.Cues.Any(c => c.Form.Type == type && c.Form.Kind == kind && c.Start >= from && c.Start < from + span);

    /// <summary>A word of the class in the <paramref name="span"/> words from <paramref name="from"/>, within the clause (no punctuation between).</summary>
    private static bool WordWithin(SentenceParse p, int from, int span, WordClass c)
    {
        for (var k = from; k < p.Tokens.Length && k < from + span && !p.Tokens[k].IsPunct; k++)
            if (p.Is(k, c)) return true;
        return false;
    }

    /// <summary>
    /// A word of the class within <paramref name="span"/> words from <paramref name="from"/> (no punctuation between),
    /// governed by the clitic <paramref name="clitic"/> or by one of the <paramref name="prepositions"/> written before it.
    /// </summary>
    private static bool Marked(SentenceParse p, int from, int span, WordClass c, char clitic, params string[] prepositions)
    {
        for (var k = from; k < p.Tokens.Length && k < from + span && !p.Tokens[k].IsPunct; k++)
            if (p.Readings[k].Any(r => r.Prefix.EndsWith(clitic) && Syntax.Is([r], c))
                || (k > from && prepositions.Contains(p.Tokens[k - 1].Norm) && p.Is(k, c))) return true;
        return false;
    }
}
