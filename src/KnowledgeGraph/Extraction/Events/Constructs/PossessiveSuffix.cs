using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… دعمها لتونس», «لقاؤهما»: a noun cue with a pronoun suffix belongs to the last actor (or pair) named before it.</summary>
public sealed class PossessiveSuffix : ISlotConstruct
{
    public string Name => "possessive";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && e.Cue.Suffix is "ها" or "ه" or "هم" or "هما" && Prior(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Prior(s, e)!, Name);

    /// <summary>
    /// The last actor named before the cue; for a dual pronoun («لقاؤهما») the last pair. Not the actor the cue is about
    /// right after it: «أدانت الرباط الهجوم على برشلونة الإسبانية، مؤكدة وقوفها إلى جانب إسبانيا» — «ها» is not Spain;
    /// the clause subject is then the one it stands for.
    /// </summary>
    private static Document.ResolvedGroup? Prior(SentenceContext s, RelationEvent e)
    {
        if (e.Cue.Suffix == "هما") return DualSubject.Pair(s, e);
        var after = s.Groups.FirstOrDefault(g => g.Start >= e.Cue.Start && g.End >= e.Cue.End && s.P.WordsBetween(e.Cue.End, g.Start) <= 2);
        var prior = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g.Actors.Length > 0 && !g.IsPlace);
        // «وأشارت خلال الندوة … عقب اجتماعها برئيس الجمهورية»: a sentence opened by a reporting verb whose subject is
        // left out (a preposition follows it) goes on with the document's speaker, whom the pronoun stands for.
        if ((prior is null || !prior.SharesNoCodeWith(after)) && s.P.ReportVerbs.Contains(0) && s.P.Tokens.Length > 1
            && (s.P.Is(1, WordClass.Prep) || s.P.Is(1, WordClass.TimePrep)) && s.Doc.Speaker.Length > 0
            && !s.Groups.Any(g => g.End <= e.Cue.Start && g.Prep.Length == 0))
            prior = Document.ResolvedGroup.Of(s.Doc.Speaker, e.Cue.Start, "(speaker)");
        return prior is not null && prior.SharesNoCodeWith(after) ? prior : null;
    }
}
