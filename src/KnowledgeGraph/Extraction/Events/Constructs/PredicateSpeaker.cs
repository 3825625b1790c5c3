using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«قالت باكو إن يريفان مسؤولة عن …»: an adjective said of a reported clause's subject is the speaker's judgement.</summary>
public sealed class PredicateSpeaker : ISlotConstruct
{
    public string Name => "speaker";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Predicate;

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        // The speaker is the sentence subject in another clause («قالت باكو إن …»), or in its own clause when the judged actor
        // is the cue's genitive («كشف المتحدث عن وثائق تثبت تورط قطر»).
        var genitive = s.Groups.Any(g => g.Lead == e.Cue.End && g.Prep.Length == 0);
        if (s.Subject is not null && s.Subject.End <= e.Cue.Start && (s.P.Clause[s.Subject.Lead] != s.P.Clause[e.Cue.Start] || genitive || JudgesBefore(s.P, s.Subject)))
            return SlotFill.From(SlotRole.Agent, s.Subject, Name);
        return s.Doc.Speaker.Length > 0 ? SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)"), Name) : null;
    }

    /// <summary>«اعتبرت قطر الاتهامات السعودية لا أساس لها»: a verb of saying or deeming right before the subject makes the predicate its judgement.</summary>
    private static bool JudgesBefore(SentenceParse p, ResolvedGroup subject) => subject.Start > 0 && p.Is(subject.Start - 1, WordClass.Report);
}
