using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// «طلبت أرمينيا من روسيا تقديم المساعدة»: what a request, call, accusation or denial is about is not itself a relation.
/// The content runs from the speech-act cue to the end of its clause or to a relative pronoun; cues of the types that
/// can be such content (aid, support, talks, agreement, fighting, mediation, cooperation, control, condemnation:
/// «دعت الحكومة إلى إدانة العدوان», and a masdar of rejection except after an accusation) inside it are
/// <see cref="EventPolarity.Content"/>. O(tokens).
/// </summary>
public static class SpeechActContent
{
    private static readonly HashSet<string> SpeechActs = ["REQUESTS", "CALLS_ON", "ACCUSES", "REJECTS"];
    private static readonly HashSet<string> ContentTypes = ["AIDS", "SUPPORTS", "CONSULTS", "AGREES", "FIGHTS", "MEDIATES", "COOPERATES", "CONTROLS", "CRITICIZES", "REJECTS"];

    /// <summary>Whether <paramref name="cue"/> lies in the content of an asserted speech act read before it.</summary>
    public static bool IsContent(SentenceParse p, CueMatch cue, IEnumerable<RelationEvent> before)
    {
        if (DescribesCondemnedAct(p, cue, before)) return true;
        if (!ContentTypes.Contains(cue.Form.Type)) return false;
        var speechAct = before.LastOrDefault(e => e.Polarity != EventPolarity.NotAsserted && SpeechActs.Contains(e.Type));
        // «اتهامات لندن لا أساس لها», «نفت إيران …، رافضة الاتهامات»: a rejection after an accusation answers it, and a
        // verb or participle of rejecting is an act of its own; only a masdar of rejecting inside a denial, a request or a
        // call is its content («نفى … أخبار تتعلق برفض …»).
        if (cue.Form.Type == "REJECTS" && (speechAct is { Type: "ACCUSES" } || cue.Form.Kind != CueKind.Noun)) return false;
        return speechAct is not null && InScopeOf(p, speechAct.Cue, cue);
    }

    /// <summary>
    /// Whether <paramref name="cue"/>, read after <paramref name="act"/>, lies in what it is about: in its clause, with no
    /// relative pronoun between.
    /// </summary>
    public static bool InScopeOf(SentenceParse p, CueMatch act, CueMatch cue)
    {
        if (p.Clause[act.Start] != p.Clause[cue.Start]) return false;
        for (var k = act.End; k < cue.Start; k++)
            if (p.Is(k, WordClass.Relative)) return false;
        return true;
    }

    /// <summary>
    /// «ونددت الولايات المتحدة بالفظائع التي ارتكبتها قوات الدعم السريع»: a charge in a relative clause on the object
    /// of a condemnation describes the condemned act; the statement is one condemnation, not also an accusation.
    /// </summary>
    private static bool DescribesCondemnedAct(SentenceParse p, CueMatch cue, IEnumerable<RelationEvent> before)
    {
        if (cue.Form.Type != "ACCUSES" || cue.Form.Kind != CueKind.Predicate) return false;
        var condemnation = before.LastOrDefault(e => e.Polarity == EventPolarity.Asserted && e.Type == "CRITICIZES");
        if (condemnation is null || cue.Start - condemnation.Cue.End > 4) return false;
        for (var k = condemnation.Cue.End; k < cue.Start; k++)
        {
            if (p.Tokens[k].IsPunct) return false;
            if (p.Is(k, WordClass.Relative)) return true;
        }
        return false;
    }
}
