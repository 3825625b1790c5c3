using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «قيام إسرائيل بتقديم الدعم للمجموعات المسلحة في سورية بما في ذلك تنظيم جبهة النصرة», «اشتباكات مع جماعات متشددة، مثل
/// داعش»: when the cue's object is a noun phrase that names no actor, the examples given for it after the cue are the
/// targets. Tried after every other target construct.
/// </summary>
public sealed class ExamplesAsTarget : ISlotConstruct
{
    public string Name => "examples-of-object";

    /// <summary>Words between the cue and the examples at most.</summary>
    private const int MaxWordsBetween = 10;

    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind is CueKind.Verb or CueKind.Noun && Examples(s, e) is not null;

    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Examples(s, e)!, Name);

    private static Document.ResolvedGroup? Examples(SentenceContext s, RelationEvent e)
    {
        var p = s.P;
        var agent = e.Slot(SlotRole.Agent)?.Group;
        var examples = s.Groups.FirstOrDefault(g => g.Lead >= e.Cue.End && g != agent && !g.IsPlace); // «… في سورية بما في ذلك»: a venue is passed over
        if (examples is null || !examples.Group.IsExamples || examples.Prep.Length > 0 || examples.AllNisba
            || p.WordsBetween(e.Cue.End, examples.Lead) > MaxWordsBetween || (agent is not null && !examples.SharesNoCodeWith(agent))) return null;
        var nextCue = Attachment.NextCueStart(p, e.Cue.End);
        return examples.Lead < nextCue ? examples : null;
    }
}
