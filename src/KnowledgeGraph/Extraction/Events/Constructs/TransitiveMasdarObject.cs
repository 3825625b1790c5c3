using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «ستواصل القوات الجوية الروسية قصف تنظيم الدولة», «توحدوا للتصدي لإرهاب داعش»: a transitive masdar whose agent is named
/// elsewhere acts on its genitive (or, for «التصدي», the actor after ل); so does a masdar of aid or support on a people
/// named after it («لمساعدة الفلسطينيين»).
/// </summary>
public sealed class TransitiveMasdarObject : ISlotConstruct
{
    public string Name => "masdar-object";
    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        (e.Cue.Form.GenitiveIsTarget || s.Groups.Any(g => Attachment.PeopleActedOn(s.P, e.Cue, g))) && e.Slot(SlotRole.Agent) is not null && Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)!.Group;
        var after = e.Cue.End;
        while (after < s.P.Tokens.Length && (s.P.Tokens[after].OpensQuote || s.P.Tokens[after].Norm == "(")) after++;
        // One noun may stand between: «لإرهاب داعش», «مواقع التنظيم»; «طرد داعش من مدينة»: or the genitive is in the cue's gap.
        // «تدريب خفر السواحل الليبي»: a cue that ends in its object noun has the nationality right after it name the one acted on.
        var objectInCue = e.Cue.Form.Words.Length > 1;
        return s.Groups.FirstOrDefault(g => g != agent && g.SharesNoCodeWith(agent)
                                            && (!g.IsWeakNisba || (objectInCue && g.AllNisba && g.Lead == e.Cue.End && g.Prep.Length == 0) || Attachment.PeopleActedOn(s.P, e.Cue, g))
                                            && ((g.Lead == after || g.Lead == after + 1 && !s.P.Tokens[after].IsPunct)
                                                && (g.Prep.Length == 0 || e.Cue.Form.ObjectPreps.Contains(g.Prep))
                                                || Attachment.InGapBeforePrep(s.P, e.Cue, g)));
    }
}
