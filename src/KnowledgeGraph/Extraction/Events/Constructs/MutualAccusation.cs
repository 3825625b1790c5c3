using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«تبادلت … الاتهامات», «اتهامات متبادلة بين X و Y»: an accusation said to be mutual holds both ways between the pair.</summary>
public sealed class MutualAccusation : ISlotConstruct
{
    public string Name => "mutual";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "ACCUSES" && e.Cue.Form.Words.Length > 1 && s.P.Is(e.Cue.End - 1, WordClass.Mutual);

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var pair = Attachment.PairAround(s.Groups, e.Cue)
                   ?? (s.Doc.Parties is { } dp ? ResolvedGroup.Of([dp.A, dp.B], e.Cue.Start, "(parties)", RefKind.Parties) : null);
        return pair is null ? null : SlotFill.From(SlotRole.Parties, pair, Name);
    }
}
