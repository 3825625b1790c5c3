using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «يعقد وزير الخارجية الهندي اجتماعا مع نظيره الياباني. وسيشارك في الاجتماع وزيرا خارجية أستراليا والولايات
/// المتحدة»: a definite meeting noun after «شارك/حضر/انضم في» continues the last meeting of the document; the subject of
/// the participation verb joins it and meets each of its participants. Fills the agent with all of them;
/// <see cref="TripleExpansion"/> pairs them.
/// </summary>
public sealed class JoinsEarlierMeeting : ISlotConstruct
{
    public string Name => "joins-meeting";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => Find(s, e);

    private static SlotFill? Find(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var cue = e.Cue;
        if (e.Type != "CONSULTS" || cue.Form.Kind != CueKind.Noun || !p.Tokens[cue.Start].Norm.StartsWith("ال", StringComparison.Ordinal)
            && !p.Readings[cue.Start].Any(r => r.Stem.StartsWith("ال", StringComparison.Ordinal))) return null;
        var verb = -1;
        for (var k = cue.Start - 1; k >= 0 && cue.Start - k <= 3; k--)
            if (p.Is(k, WordClass.Participates)) { verb = k; break; }
        if (verb < 0) return null;
        var earlier = s.Doc.Events.LastOrDefault(x => x.Type == "CONSULTS" && x.Sentence < s.Index && x.Polarity == EventPolarity.Asserted
                                                      && x.Slots.Sum(slot => slot.Actors.Length) >= 2);
        var newcomers = s.Groups.FirstOrDefault(g => g.Lead > verb && g.Prep.Length == 0 && g.Ref == RefKind.None && p.Clause[g.Lead] == p.Clause[verb]);
        if (earlier is null || newcomers is null) return null;
        var everyone = earlier.Slots.SelectMany(slot => slot.Actors).Concat(newcomers.Actors).DistinctBy(a => a.Code).ToList();
        return SlotFill.From(SlotRole.Agent, ResolvedGroup.Of(everyone, newcomers.Lead, newcomers.Surface), "joins-meeting");
    }
}
