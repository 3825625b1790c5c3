using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Document;

/// <summary>
/// The principal parties of an article's conflict and its disputed region, from all of its sentences: the parties are
/// the pair most often named together («بين X و Y», «X و Y») among countries and non-state parties (named together at
/// least twice, or once in an article about fighting); failing that, in an article about fighting, the two most
/// mentioned. The region is the most mentioned Region actor. O(groups).
/// </summary>
public static class PartyModel
{
    public static ((ActorEntry A, ActorEntry B)? Parties, ActorEntry? Region) Read(IReadOnlyList<SentenceParse> sentences)
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
                entries.TryAdd(a.Code, a);
                mentionCounts[a.Code] = mentionCounts.GetValueOrDefault(a.Code) + 1;
            }
            var codes = parties.Select(a => a.Code).Distinct().Order(StringComparer.Ordinal).ToList();
            if (codes.Count == 2 && g.Actors.Count == 2)
                pairCounts[(codes[0], codes[1])] = pairCounts.GetValueOrDefault((codes[0], codes[1])) + (g.Prep == "بين" ? 2 : 1);
        }
        var regionKey = mentionCounts.Where(kv => entries[kv.Key].Kind == ActorKind.Region)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();
        var region = regionKey is null ? null : entries[regionKey];
        var hasFighting = sentences.Any(s => s.Cues.Any(c => c.Form.Type == "FIGHTS"));
        if (pairCounts.Count > 0 && (pairCounts.Values.Max() >= 2 || hasFighting))
        {
            var best = pairCounts.OrderByDescending(kv => kv.Value)
                .ThenByDescending(kv => mentionCounts[kv.Key.Item1] + mentionCounts[kv.Key.Item2])
                .ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).First().Key;
            return ((entries[best.Item1], entries[best.Item2]), region);
        }
        if (hasFighting)
        {
            var top = mentionCounts.Where(kv => entries[kv.Key].Kind != ActorKind.Region)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
            if (top.Count == 2 && top[1].Value >= 2) return ((entries[top[0].Key], entries[top[1].Key]), region);
        }
        return (null, region);
    }

    private static bool IsParty(ActorEntry a) => a.Kind is ActorKind.Country or ActorKind.NonState or ActorKind.Region;
}
