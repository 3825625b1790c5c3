using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Events.Constructs;

/// <summary>
/// «طلبت حكومة الوفاق الليبية مساعدة الاتحاد الأوروبي», «يطلب دعم الأمم المتحدة»: a request whose object is aid or
/// support with an actor in its genitive asks that actor.
/// </summary>
public sealed class GiverOfRequestedAid : ISlotConstruct
{
    public string Name => "giver-of-requested-aid";
    public bool AppliesTo(SentenceContext s, RelationEvent e) => Find(s, e) is not null;
    public SlotFill? Fill(SentenceContext s, RelationEvent e) => SlotFill.From(SlotRole.Target, Find(s, e)!, Name);

    private static Document.ResolvedGroup? Find(SentenceContext s, RelationEvent e)
    {
        if (e.Type != "REQUESTS" || e.Cue.Form.Kind != CueKind.Verb || e.Cue.Suffix.Length > 0) return null;
        var agent = e.Slot(SlotRole.Agent)?.Group;
        // The object follows a subject that stands right after the verb.
        var noun = agent is not null && agent.Start == e.Cue.End ? agent.End : e.Cue.End;
        if (noun >= s.P.Tokens.Length || !s.P.Is(noun, WordClass.AidNoun) || s.P.Readings[noun].All(r => r.Prefix.TrimStart('و', 'ف').Length > 0)) return null;
        return s.Groups.FirstOrDefault(g => g.Lead == noun + 1 && g.Prep.Length == 0 && g.SharesNoCodeWith(agent));
    }
}
