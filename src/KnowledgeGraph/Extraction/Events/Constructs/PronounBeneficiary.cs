using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«… تعهدت بحمايتها»: the pronoun on an aid masdar is the beneficiary, the sentence subject it refers to, or when that subject gives the aid the actor it was sent to.</summary>
public sealed class PronounBeneficiary : ISlotConstruct
{
    public string Name => "pronoun-beneficiary";

    public bool AppliesTo(SentenceContext s, RelationEvent e) =>
        e.Cue.Form.Kind == CueKind.Noun && Attachment.BeneficiarySuffix(e.Cue) && !Attachment.HasPrepTarget(s.Groups, e.Cue);

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)?.Group;
        if (s.Subject is not null && s.Subject.SharesNoCodeWith(agent)) return SlotFill.From(SlotRole.Target, s.Subject, Name);
        // «أرسلت تركيا قوات إلى قطر لحمايتها»: when the subject (or the reporter of its own side) gives the aid, the pronoun
        // stands for the actor the aid was sent to, named with إلى or ل right before the masdar.
        if (agent is null) return null;
        var named = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g != agent && g.Ref == RefKind.None && g.Actors.Length > 0 && !g.IsPlace && !g.IsWeakNisba
                                                && g.Prep is "الي" or "ل" && s.P.WordsBetween(g.End, e.Cue.Start) <= 1 && g.SharesNoCodeWith(agent));
        return named is not null ? SlotFill.From(SlotRole.Target, named, Name) : null;
    }
}
