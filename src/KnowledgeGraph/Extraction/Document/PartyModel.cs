using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Document;

/// <summary>
/// The principal parties of an article's conflict and its disputed region, read from conflict evidence in all of its
/// sentences: a pair of countries or non-state parties named together («بين X و Y», «X و Y») counts when its clause
/// holds a fighting cue (twice for «بين»); the pair counted most is the parties. Mediators — actors attached to a
/// mediation cue or its subject — are never parties. With no pair in a clause of fighting, an article about fighting
/// takes its two most mentioned non-mediators; an article with no fighting has no parties (its «الطرفين» are the last
/// pair named, <see cref="References"/>). The region is the most mentioned Region actor. O(groups × cues).
/// </summary>
public static class PartyModel
{
    public static ((ActorEntry A, ActorEntry B)? Parties, ActorEntry? Region) Read(IReadOnlyList<SentenceParse> sentences)
    {
        var pairCounts = new Dictionary<(string, string), int>();
        var mentionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        var mediators = new HashSet<string>(StringComparer.Ordinal);
        var hasFighting = false;
        foreach (var s in sentences)
        {
            // Read for every sentence of every article: no set unless the sentence has a fighting cue, no lists per group.
            HashSet<int>? fightingClauses = null;
            foreach (var c in s.Cues)
                if (c.Form.Type == "FIGHTS" && !c.Negated) (fightingClauses ??= []).Add(s.Clause[c.Start]);
            hasFighting |= fightingClauses is not null;
            foreach (var c in s.Cues)
                if (c.Form.Type == "MEDIATES")
                    foreach (var g in s.Groups)
                        if (g.Ref == RefKind.None && (g.Lead == c.End || (g.Lead == c.End + 1 && g.AllNisba) || (g.End <= c.Start && g.End >= c.Start - 1 && g.Prep.Length == 0)))
                            foreach (var a in g.Actors) mediators.Add(a.Code);
            foreach (var g in s.Groups)
            {
                if (g.Ref != RefKind.None || g.IsPlace) continue;
                foreach (var a in g.Actors)
                {
                    if (!IsParty(a)) continue;
                    entries.TryAdd(a.Code, a);
                    mentionCounts[a.Code] = mentionCounts.GetValueOrDefault(a.Code) + 1;
                }
                // A group of exactly two parties of different codes in a clause of fighting, as an ordinal-ordered pair.
                if (g.Actors.Count == 2 && fightingClauses is not null && fightingClauses.Contains(g.Clause)
                    && IsParty(g.Actors[0]) && IsParty(g.Actors[1]) && g.Actors[0].Code != g.Actors[1].Code)
                {
                    var pair = string.CompareOrdinal(g.Actors[0].Code, g.Actors[1].Code) < 0
                        ? (g.Actors[0].Code, g.Actors[1].Code) : (g.Actors[1].Code, g.Actors[0].Code);
                    pairCounts[pair] = pairCounts.GetValueOrDefault(pair) + (g.Prep == "بين" ? 2 : 1);
                }
            }
        }
        var regionKey = mentionCounts.Where(kv => entries[kv.Key].Kind == ActorKind.Region)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();
        var region = regionKey is null ? null : entries[regionKey];
        if (!hasFighting) return (null, region);
        var candidates = pairCounts.Where(kv => !mediators.Contains(kv.Key.Item1) && !mediators.Contains(kv.Key.Item2)).ToList();
        if (candidates.Count > 0)
        {
            var best = candidates.OrderByDescending(kv => kv.Value)
                .ThenByDescending(kv => mentionCounts[kv.Key.Item1] + mentionCounts[kv.Key.Item2])
                .ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).First().Key;
            return ((entries[best.Item1], entries[best.Item2]), region);
        }
        var top = mentionCounts.Where(kv => entries[kv.Key].Kind != ActorKind.Region && !mediators.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
        return top.Count == 2 && top[1].Value >= 2 ? ((entries[top[0].Key], entries[top[1].Key]), region) : (null, region);
    }

    private static bool IsParty(ActorEntry a) => a.Kind is ActorKind.Country or ActorKind.NonState or ActorKind.Region;
}
