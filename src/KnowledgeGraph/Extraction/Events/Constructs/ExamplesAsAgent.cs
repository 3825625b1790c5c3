using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «وأعلنت دول عدة تضامنها مع المغرب، مثل فرنسا وإسبانيا», «وسارعت أطراف إقليمية إلى عرض الوساطة …، مثل ماليزيا
/// وإندونيسيا»: when the subject is a plural noun phrase that names no actor, the examples given for it later in the
/// sentence are the agents.
/// </summary>
public sealed class ExamplesAsAgent : ISlotConstruct
{
    public string Name => "examples";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind is CueKind.Verb or CueKind.Noun && Examples(s, e) is not null
        && !s.Groups.Any(g => g.Lead < e.Cue.Start && g.Clause == s.P.Clause[e.Cue.Start] && g.IsSubjectLike && !g.Group.IsExamples)
        && !HasSubjectAfter(s, e);

    /// <summary>«أدانت الجامعة العربية الهجمات على الدول العربية، بما في ذلك السعودية»: a verb with its subject right after it has its agent.</summary>
    private static bool HasSubjectAfter(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Verb
        && s.Groups.Any(g => g.Lead >= e.Cue.End && s.P.WordsBetween(e.Cue.End, g.Lead) == 0 && g.Prep.Length == 0 && !g.Group.IsExamples && g.IsSubjectLike);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Examples(s, e)!, Name);

    private static Document.ResolvedGroup? Examples(SentenceContext s, RelationEvent e) =>
        s.Groups.FirstOrDefault(g => g.Group.IsExamples && g.Lead > e.Cue.Start && g.Prep.Length == 0 && !g.AllNisba && s.P.WordsBetween(e.Cue.End, g.Lead) <= 10
                                     && !InPrepositionalPhrase(s.P, e.Cue.End, g.Lead));

    /// <summary>
    /// «تقوم بجولات في عديد البلدان على غرار الجزائر وفرنسا»: examples with no comma before them, after a preposition
    /// that follows the cue, exemplify that preposition's noun, not the subject.
    /// </summary>
    private static bool InPrepositionalPhrase(SentenceParse p, int from, int lead)
    {
        var prep = false;
        for (var k = from; k < lead; k++)
        {
            if (p.Tokens[k].IsPunct) return false;
            prep |= p.Is(k, WordClass.Prep);
        }
        return prep;
    }
}
