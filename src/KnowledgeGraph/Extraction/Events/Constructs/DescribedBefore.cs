using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>«منطقة ناغورني قرة باغ المدعومة من يريفان»: a passive construction's target is the actor it describes, before it.</summary>
public sealed class DescribedBefore : ISlotConstruct
{
    public string Name => "described-before";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => e.Cue.Form.Kind == CueKind.Passive;

    /// <summary>«بقيادة الولايات المتحدة»: the genitive of a noun after a preposition is not what is held.</summary>
    private static bool InPrepositionalPhrase(SentenceParse p, Document.ResolvedGroup g) =>
        g.Lead > 0 && !Attachment.IsTerritory(g) && p.Readings[g.Lead - 1].Any(r => r.Prefix.TrimStart('و', 'ف') is "ب" or "ل");

    public SlotFill? Fill(SentenceContext s, RelationEvent e)
    {
        var agent = e.Slot(SlotRole.Agent)?.Group;
        // What is held is named, not a pronoun («بما فيها عاصمتها … لسيطرة تنظيم داعش»).
        var before = s.Groups.LastOrDefault(g => g.End <= e.Cue.Start && g != agent && g.Actors.Length > 0 && g.HasActorOtherThan(agent)
                                                 && !(e.Type == "CONTROLS" && (g.Actors.Any(a => a.Kind is ActorKind.Organization or ActorKind.Person or ActorKind.NonState) && !g.IsPlace)) && !(e.Type == "CONTROLS" && ((g.Ref != RefKind.None && !s.P.Is(g.Start, WordClass.Complementizer, allowSuffix: true)) || InPrepositionalPhrase(s.P, g)))
                                                 && s.P.WordsBetween(g.End, e.Cue.Start) <= Attachment.MaxBetweenDistance);
        return before is null ? null : SlotFill.From(SlotRole.Target, before, Name);
    }
}
