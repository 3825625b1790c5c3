using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«ستستعيد أراضيها»: retaking one's territory takes the document's disputed region.</summary>
public sealed class TerritoryRegion : ISlotConstruct
{
    public string Name => "territory-region";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Type == "CONTROLS" && s.Doc.Region is not null && e.Cue.Form.Kind == CueKind.Verb && Attachment.HasWordOf(s.P, e.Cue.End, 3, WordClass.Territory, allowSuffix: true);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, ResolvedGroup.Of([s.Doc.Region!], e.Cue.End, "(region)", RefKind.Region), Name);
}
