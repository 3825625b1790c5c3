using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«قال الوزير إن بلاده … ولن نتخلى عنها»: in reported speech a verb with no subject of its own is the speaker's.</summary>
public sealed class ReportedSpeechSpeaker : ISlotConstruct
{
    public string Name => "speaker-of-report";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Verb && s.Subject is not null && s.P.ReportVerbs.Count > 0 && s.P.ReportVerbs[0] < e.Cue.Start
        && s.P.Clause[e.Cue.Start] > s.P.Clause[s.P.ReportVerbs[0]] && s.Subject.Lead < e.Cue.Start
        && !Attachment.EmbeddedNonActorSubject(s.P, s.Groups, s.P.ReportVerbs[0], e.Cue.Start);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, s.Subject!, Name);
}
