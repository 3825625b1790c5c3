using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// What the sentences of one article share: the two principal parties of its conflict (for «الطرفين», «البلدين»),
/// its disputed region (for «الإقليم», «أراضيها»), the last speaker and the last pair of actors named together
/// (for «الوزيرين», dual verbs «اتفقا»). Built per article, never shared between threads.
/// </summary>
public sealed class DocumentContext
{
    public (ActorEntry A, ActorEntry B)? Parties { get; private set; }
    public ActorEntry? Region { get; private set; }
    public List<ActorEntry> Speaker { get; set; } = [];
    public (ActorEntry A, ActorEntry B)? LastPair { get; set; }

    /// <summary>
    /// The parties are the pair most often named together («بين X و Y», «X و Y») among countries and non-state
    /// parties (named together at least twice, or once in a document about fighting); failing that, in a document
    /// about fighting, the two most mentioned. The region is the most mentioned Region actor.
    /// </summary>
    public static DocumentContext From(IEnumerable<SentenceParse> sentences)
    {
        var pairCounts = new Dictionary<(string, string), int>();
        var mentionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var s in sentences)
        foreach (var g in s.Groups)
        {
            if (g.Ref != RefKind.None) continue;
            var parties = g.Actors.Where(IsParty).ToList();
            foreach (var a in parties)
            {
                var key = PartyKey(a);
                entries.TryAdd(key, a.Kind == ActorKind.Person ? a : a);
                mentionCounts[key] = mentionCounts.GetValueOrDefault(key) + 1;
            }
            var codes = parties.Select(PartyKey).Distinct().Order(StringComparer.Ordinal).ToList();
            if (codes.Count == 2 && g.Actors.Count == 2)
                pairCounts[(codes[0], codes[1])] = pairCounts.GetValueOrDefault((codes[0], codes[1])) + (g.Prep == "بين" ? 2 : 1);
        }
        var ctx = new DocumentContext();
        var regionKey = mentionCounts.Where(kv => entries[kv.Key].Kind == ActorKind.Region)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();
        if (regionKey is not null) ctx.Region = entries[regionKey];
        var hasFighting = sentences.Any(s => s.Cues.Any(c => c.Form.Type == "FIGHTS"));
        if (pairCounts.Count > 0 && (pairCounts.Values.Max() >= 2 || hasFighting))
        {
            var best = pairCounts.OrderByDescending(kv => kv.Value)
                .ThenByDescending(kv => mentionCounts[kv.Key.Item1] + mentionCounts[kv.Key.Item2])
                .ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).First().Key;
            ctx.Parties = (entries[best.Item1], entries[best.Item2]);
        }
        else if (hasFighting)
        {
            var top = mentionCounts.Where(kv => entries[kv.Key].Kind != ActorKind.Region)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
            if (top.Count == 2 && top[1].Value >= 2) ctx.Parties = (entries[top[0].Key], entries[top[1].Key]);
        }
        return ctx;
    }

    private static bool IsParty(ActorEntry a) => a.Kind is ActorKind.Country or ActorKind.NonState or ActorKind.Region;
    private static string PartyKey(ActorEntry a) => a.Code;
}
