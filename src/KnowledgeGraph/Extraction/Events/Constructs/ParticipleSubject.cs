using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… معربا عن تضامن بلاده»: an adverbial participle's subject is the sentence subject before it, else the document's speaker.</summary>
public sealed class ParticipleSubject : ISlotConstruct
{
    public string Name => "sentence-subject";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Participle;

    /// <summary>
    /// «وقفات إحتجاجية منددة بـ…»: a feminine participle right after a feminine or plural noun agrees with it as its
    /// adjective; it is not an adverbial of the sentence's subject.
    /// </summary>
    private static bool Adjectival(SentenceContext s, RelationEvent e)
    {
        var k = e.Cue.Start - 1;
        if (k < 0 || s.P.Tokens[k].IsPunct || !s.P.Tokens[e.Cue.Start].Norm.EndsWith('ه')) return false;
        if (s.Groups.Any(g => g.Lead <= k && k < g.End)) return false;
        var w = s.P.Tokens[k].Norm;
        return w.EndsWith('ه') || w.EndsWith("ات", StringComparison.Ordinal);
    }

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        Adjectival(s, e) ? null
        : s.Subject is not null && s.Subject.Lead < e.Cue.Start ? SlotFill.From(SlotRole.Agent, s.Subject, Name)
        : s.Doc.Speaker.Length > 0 ? SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)"), "speaker")
        : null;
}
