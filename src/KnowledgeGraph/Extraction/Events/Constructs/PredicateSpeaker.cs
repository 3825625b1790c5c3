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
        if (s.Subject is not null && s.Subject.End <= e.Cue.Start && s.P.Clause[s.Subject.Lead] != s.P.Clause[e.Cue.Start])
            return SlotFill.From(SlotRole.Agent, s.Subject, Name);
        return s.Doc.Speaker.Length > 0 ? SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)"), Name) : null;
    }
}
