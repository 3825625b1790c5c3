using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… لكن تونس نفت أن يكون أحد رعاياها»: a denial of a reported clause rejects the claim of the document's last speaker.</summary>
public sealed class DeniedClaim : ISlotConstruct
{
    public string Name => "denied-claim-of-speaker";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type == "REJECTS" && e.Cue.Form.Kind == CueKind.Verb && e.Cue.End < s.P.Tokens.Length && s.P.Is(e.Cue.End, WordClass.Complementizer, allowSuffix: true)
        && s.Doc.Speaker.Length > 0 && e.Slot(SlotRole.Agent)?.Group is { } agent && s.Doc.Speaker.All(a => agent.Actors.All(b => b.Code != a.Code));

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.End, "(speaker)", RefKind.Speaker), Name);
}
