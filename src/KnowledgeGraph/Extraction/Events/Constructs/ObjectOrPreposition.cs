using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// The target after the cue (and after a subject that follows it) in its clause: the first actor marked by one of the
/// cue's prepositions, or its direct object — an unmarked actor within three words —, or for symmetric and mediation
/// cues a «بين X و Y» pair (then the parties). The search stops at the next verb cue, at the next cue for «بين»
/// pairs and for noun cues, and eight words away. A gapped cue may hold its object («حملت حماس … الاحتلال المسؤولية»).
/// </summary>
public sealed class ObjectOrPreposition : ISlotConstruct
{
    public string Name => "object";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e);

    private static SlotFill? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        var type = e.Type;
        var clause = p.Clause[cue.Start];
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var across = Attachment.AllowAcrossClause(cue);
        // Targets follow a subject that stands right after the cue (VSO); a later agent (examples) leaves them before it.
        var searchFrom = agent is not null && agent.Lead > cue.Start && p.WordsBetween(cue.End, agent.Lead) <= 4 ? agent.End : cue.Start + 1;
        var nextCue = Attachment.NextCueStart(p, cue.End);
        var nextVerb = Attachment.NextCueStart(p, cue.End, CueKind.Verb, CueKind.Participle);
        foreach (var g in s.Groups)
        {
            if (g.Lead < searchFrom || g == agent) continue;
            if (g.Lead >= nextVerb || (g.Lead >= nextCue && (g.Prep == "بين" || cue.Form.Kind != CueKind.Verb))
                || (g.Lead - searchFrom > Attachment.MaxObjectDistance && !across)) break;
            if (type == "CONTROLS" && g.Ref == RefKind.Antecedent) continue;
            if (p.Clause[g.Lead] != clause && !across) break;
            if (g.Prep == "بين" && g.IsPlace) continue; // «الشريط الحدودي بين قطاع غزة ومصر» is a place
            if (g.Prep == "بين" && (TypeTraits.IsSymmetric(type) || type is "MEDIATES" or "ACCUSES")
                && (cue.Form.Kind == CueKind.Noun || cue.Form.ObjectPreps.Contains("بين")))
            {
                if (g.Actors.Length >= 2) return SlotFill.From(SlotRole.Parties, g, "between");
                continue;
            }
            foreach (var prep in cue.Form.ObjectPreps)
            {
                if (type == "CONTROLS" && !Attachment.IsTerritory(g)) continue;
                // «رفضت حماس المقترح الإسرائيلي»: a nationality right after the verb's subject marks whose act is rejected;
                // «استهدف موقعا إسرائيليا»: whose position is attacked.
                var insideCue = g.Lead > cue.Start && g.End <= cue.End;
                var weakOk = (type is "REJECTS" or "CRITICIZES" or "ACCUSES" or "FIGHTS" && g.Lead - searchFrom <= (type == "FIGHTS" ? 3 : 2)) || insideCue;
                if (prep.Length == 0 && p.WordsBetween(searchFrom, g.Lead) > 3 && !across && !insideCue) continue;
                // What is attacked or held may be a place («هاجمت مقرات لداعش», «استهدفت مواقع تابعة لحماس»).
                var matches = prep.Length == 0
                    ? g.Prep.Length == 0 && (!g.IsPlace || type is "FIGHTS" or "CONTROLS") && (!g.IsWeakNisba || weakOk)
                    : Attachment.PrepMatches(g.Prep, prep) && (!g.IsPlace || type is "CONTROLS" or "FIGHTS");
                if (matches) return SlotFill.From(SlotRole.Target, g, prep.Length == 0 ? "object" : $"prep:{prep}");
            }
        }
        return null;
    }
}
