using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «كما تقدما بالشكر …», «واتفقا على …»: a dual verb opening its clause with no subject of its own has the last pair named
/// as subject (one inside a clause has its own dual noun subject, «وكان الصحفيان … اختطفا»).
/// </summary>
public sealed class DualSubject : ISlotConstruct
{
    public string Name => "dual-subject";
    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Verb && e.Cue.IsDual && s.P.ClauseInitial(e.Cue) && Pair(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Pair(s, e)!, Name);

    /// <summary>The last two actors named together before the cue in the sentence, else the document's last pair.</summary>
    internal static ResolvedGroup? Pair(SentenceContext s, RelationEvent e) =>
        s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Actors.Length == 2 && g.Ref == RefKind.None)
        ?? (s.Doc.LastPair is { } lp ? ResolvedGroup.Of([lp.A, lp.B], e.Cue.Start, "(last pair)", RefKind.Pair) : null);
}
