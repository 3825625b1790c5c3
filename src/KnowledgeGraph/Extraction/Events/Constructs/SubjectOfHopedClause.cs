using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«أعرب عن أمله في أن يتحلى الإسرائيليون والفلسطينيون بالشجاعة»: a hope or call that an actor act is addressed to the subject of the clause after أن.</summary>
public sealed class SubjectOfHopedClause : ISlotConstruct
{
    public string Name => "subject-of-clause";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "CALLS_ON" && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        for (var k = e.Cue.End; k < p.Tokens.Length && k <= e.Cue.End + 2; k++)
        {
            if (!p.Is(k, WordClass.Complementizer)) continue;
            var agent = e.Slot(SlotRole.Agent)?.Group;
            // A people named by a nisba is the subject only right after the verb («أن يتحلى الإسرائيليون»), not as the
            // adjective of another noun («بأن تشاهد النساء السعوديات»).
            return s.Groups.FirstOrDefault(g => g.Lead > k && p.WordsBetween(k + 1, g.Lead) <= 2 && g.Prep.Length == 0 && !g.IsPlace && g.SharesNoCodeWith(agent)
                                                && (!g.IsWeakNisba || g.Lead <= k + 2));
        }
        return null;
    }
}
