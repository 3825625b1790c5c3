using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «سيطر الجيش العراقي على الموصل بدعم من التحالف الدولي», «حررت القوات المدينة بمساندة طيران التحالف»: a support or aid
/// masdar governed by «ب» after an act states how that act was done — the actor attached to the masdar backs the act's
/// agent (aid when the act is military, see <see cref="TypeByComplement"/>), and nobody in the masdar's genitive is
/// backed by the act's agent.
/// </summary>
public sealed class SupportOfAct : ISlotConstruct
{
    public string Name => "support-of-act";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Agent, Find(s, e)!.Value.Backer, Name);

    /// <summary>Words an act may stand from the support phrase that tells how it was done.</summary>
    private const int MaxWordsFromAct = 10;

    /// <summary>«بدعم», «بمساندة», «بمساعدة»: a support or aid masdar governed by «ب», without a pronoun on it.</summary>
    internal static bool IsPhrase(SentenceParse p, CueMatch c) =>
        c.Form.Kind == CueKind.Noun && c.Form.Type is "SUPPORTS" or "AIDS" && c.Suffix.Length == 0
        && p.CueHasClitic(c, 'ب');

    /// <summary>
    /// The agent of the act the support phrase is about, whether that act is military, and the actor giving the
    /// support, if <paramref name="e"/> is such a phrase.
    /// </summary>
    internal static (SlotFill Doer, bool Military, ResolvedGroup Backer)? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        if (e.Type is not ("SUPPORTS" or "AIDS") || !IsPhrase(p, cue)) return null;
        // «رحبت مصر بدعم روسيا», «اتهمت إيران بدعم الحوثيين»: a verb whose complement «ب» governs has the masdar as its object.
        var act = s.Earlier.LastOrDefault(x => x.Cue.End <= cue.Start);
        SlotFill? doer;
        bool military;
        if (act is not null)
        {
            // «في إطار هبة سعودية … مستشفيات ستحدث بتمويل فرنسي»: the act backed is a clause's verb, not another noun.
            if (act.Polarity != EventPolarity.Asserted || act.Cue.Form.Kind is not (CueKind.Verb or CueKind.Participle) || act.Cue.Form.ObjectPreps.Contains("ب")) return null;
            doer = act.Slot(SlotRole.Agent);
            if (doer?.Group is null || doer.Group.End > cue.Start || p.WordsBetween(act.Cue.End, cue.Start) > MaxWordsFromAct) return null;
            military = act.Type is "FIGHTS" or "CONTROLS" or "AIDS";
        }
        else
        {
            // «تقدمت القوات العراقية نحو المدينة بدعم من التحالف»: an act with no cue of its own, done by armed forces.
            var clause = p.Clause[cue.Start];
            var armed = s.Groups.LastOrDefault(g => g.End <= cue.Start && g.Clause == clause && g.IsSubjectLike && !g.IsWeakNisba);
            if (armed is null || !(p.Is(armed.Start, WordClass.ArmedHead) || p.Is(armed.Start - 1, WordClass.ArmedHead)) || p.WordsBetween(armed.End, cue.Start) > MaxWordsFromAct || p.ReportVerbs.Any(k => k > armed.End && k < cue.Start)) return null;
            doer = SlotFill.From(SlotRole.Agent, armed, "armed-subject");
            military = true;
        }
        var backer = Attachment.AttachedAgent(p, s.Groups, cue) ?? Attachment.Genitive(p, s.Groups, cue);
        return backer is not null && backer.Lead > cue.Start && doer.Group!.SharesNoCodeWith(backer) ? (doer, military, backer) : null;
    }

    /// <summary>The agent of the act the support phrase is about is the one backed.</summary>
    public sealed class BackedAgent : ISlotConstruct
    {
        public string Name => "agent-of-supported-act";
        public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Slot(SlotRole.Agent)?.Construct == "support-of-act" && Find(s, e) is not null;
        public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e)!.Value.Doer with { Role = SlotRole.Target, Construct = Name };
    }
}
