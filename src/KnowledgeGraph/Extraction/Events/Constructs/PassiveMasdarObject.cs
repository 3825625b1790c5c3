using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «تم إبلاغ قوات حفظ السلام»: the genitive of a passive masdar is its target. A masdar whose genitive is always its object
/// («إنه تم استهداف مواقع لتنظيم داعش») is left to <see cref="TransitiveMasdarObject"/>.
/// </summary>
public sealed class PassiveMasdarObject : ISlotConstruct
{
    public string Name => "passive-object";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Noun && !e.Cue.Form.GenitiveIsTarget && Attachment.IsPassiveMasdar(s.P, e.Cue)
                                                                 && !PartiesFollow(s, e);

    /// <summary>«تم التوقيع على اتفاق بين الحكومة الأفغانية وحركة طالبان»: the parties named with «بين» right after the cue are its parties.</summary>
    private static bool PartiesFollow(SentenceContext s, RelationEvent e) =>
        s.Groups.Any(g => g.Prep == "بين" && g.Lead >= e.Cue.End && g.Lead <= e.Cue.End + 1 && g.Actors.Length >= 2);

    public SlotFill? Fill(SentenceContext s, RelationEvent e) =>
        Attachment.AttachedAgent(s.P, s.Groups, e.Cue) is { } g ? SlotFill.From(SlotRole.Target, g, Name) : null;
}
