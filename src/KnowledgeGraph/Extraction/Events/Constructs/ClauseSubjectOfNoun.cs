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
        var svo = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
        if (svo is not null) return SlotFill.From(SlotRole.Agent, svo, Name);
        if (s.Subject is not null && s.Subject.End <= e.Cue.Start && e.Type is not ("FIGHTS" or "AGREES" or "CONSULTS" or "COOPERATES"))
            return SlotFill.From(SlotRole.Agent, s.Subject, "sentence-subject");
        return null;
    }
}
