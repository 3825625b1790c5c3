using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «أجرت كولومبيا اتصالات مع فنزويلا»: a noun cue with nothing attached takes the subject of its clause before it; failing
/// that, a one-sided cue takes the sentence subject before it.
/// </summary>
public sealed class ClauseSubjectOfNoun : ISlotConstruct
{
    public string Name => "clause-subject";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Noun;

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var clause = s.P.Clause[e.Cue.Start];
        // Not the subject of a relative clause on another noun («الاتفاق … الذي وقعه لبنان وقبرص … أساس المفاوضات»).
        var svo = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba
                                              && !(g.Lead >= 2 && (s.P.Is(g.Lead - 2, WordClass.Relative) || s.P.Is(g.Lead - 1, WordClass.Relative))));
        if (svo is not null) return AnswersThreatenedAct(s, e, svo) ? null : SlotFill.From(SlotRole.Agent, svo, Name);
        if (s.Subject is not null && s.Subject.End <= e.Cue.Start && e.Type is not ("FIGHTS" or "AGREES" or "CONSULTS" or "COOPERATES")
            && !Attachment.EmbeddedNonActorSubject(s.P, s.Groups, s.Subject.End, e.Cue.Start))
            return SlotFill.From(SlotRole.Agent, s.Subject, "sentence-subject");
        return null;
    }

    /// <summary>
    /// «توعدت حركة حماس بالرد على اغتيال قائدها»: a party that threatens to answer an act, or to commit one, is not
    /// thereby its doer; the act after its threat takes no agent from the threatener.
    /// </summary>
    private static bool AnswersThreatenedAct(SentenceContext s, RelationEvent e, ResolvedGroup svo) =>
        s.Earlier.Any(t => t.Type == "THREATENS" && svo.End <= t.Cue.End && t.Cue.End <= e.Cue.Start && SpeechActContent.InScopeOf(s.P, t.Cue, e.Cue));
}
