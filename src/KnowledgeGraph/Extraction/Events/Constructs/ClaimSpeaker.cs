using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… وهو ادعاء تنفيه أذربيجان»: a denial right after a claim noun rejects the one who made the claim, the sentence's speaker.</summary>
public sealed class ClaimSpeaker : ISlotConstruct
{
    public string Name => "claim-speaker";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "REJECTS" && e.Cue.Start > 0 && s.P.Is(e.Cue.Start - 1, WordClass.Accusation);

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var speaker = s.Subject?.Actors ?? s.Doc.Speaker;
        return speaker.Length > 0 ? SlotFill.From(SlotRole.Target, s.Subject ?? ResolvedGroup.Of(speaker, e.Cue.Start, "(speaker)"), Name) : null;
    }
}
