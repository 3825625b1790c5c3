using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «وتواصل تركيا وساطتها المشتركة مع الأمم المتحدة بين روسيا وأوكرانيا»: an actor after «المشترك(ة) مع» acts with the
/// agent (a co-agent: co-mediators, partners in a joint operation), not on it.
/// </summary>
public sealed class JointCoAgent : ISlotConstruct
{
    public string Name => "joint-with";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.CoAgent, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        for (var k = e.Cue.End; k < p.Tokens.Length && k <= e.Cue.End + 1; k++)
        {
            if (!p.Is(k, WordClass.Joint)) continue;
            var agent = e.Slot(SlotRole.Agent)?.Group;
            return s.Groups.FirstOrDefault(g => g.Lead is var l && (l == k + 1 || l == k + 2) && g.Prep == "مع" && g.SharesNoCodeWith(agent));
        }
        return null;
    }
}
