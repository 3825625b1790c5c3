using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«طرفي النزاع», «طرفا الصراع»: a conflict noun after a reference to the two parties is a fight between them.</summary>
public sealed class PartiesOfConflict : ISlotConstruct
{
    public string Name => "parties-of-conflict";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Type == "FIGHTS" && e.Cue.Form.Kind == CueKind.Noun && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Parties, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e) =>
        s.Groups.FirstOrDefault(g => g.Ref is RefKind.Parties && g.End == e.Cue.Start && g.Actors.Length == 2);
}
