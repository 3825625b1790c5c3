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
        // Read once per article: the most counted entries are picked in one pass each, not by sorting.
        KeyValuePair<string, int>? regionCount = null;
        foreach (var kv in mentionCounts)
            if (entries[kv.Key].Kind == ActorKind.Region && MentionedMore(kv, regionCount)) regionCount = kv;
        var region = regionCount is { } r ? entries[r.Key] : null;
        if (!hasFighting) return (null, region);
        // The pair counted most, then the pair mentioned most, then by the first code; the first of equal pairs wins.
        KeyValuePair<(string, string), int>? best = null;
        var bestMentions = 0;
        foreach (var kv in pairCounts)
        {
            if (mediators.Contains(kv.Key.Item1) || mediators.Contains(kv.Key.Item2)) continue;
            var mentions = mentionCounts[kv.Key.Item1] + mentionCounts[kv.Key.Item2];
            if (best is { } b && (kv.Value < b.Value || (kv.Value == b.Value && (mentions < bestMentions
                || (mentions == bestMentions && string.CompareOrdinal(kv.Key.Item1, b.Key.Item1) >= 0))))) continue;
            (best, bestMentions) = (kv, mentions);
        }
        if (best is { Key: var (codeA, codeB) }) return ((entries[codeA], entries[codeB]), region);
        KeyValuePair<string, int>? most = null, next = null;
        foreach (var kv in mentionCounts)
        {
            if (entries[kv.Key].Kind == ActorKind.Region || mediators.Contains(kv.Key)) continue;
            if (MentionedMore(kv, most)) (most, next) = (kv, most);
            else if (MentionedMore(kv, next)) next = kv;
        }
        return most is { } top && next is { Value: >= 2 } second ? ((entries[top.Key], entries[second.Key]), region) : (null, region);
    }

    /// <summary>Whether an actor comes before <paramref name="other"/> by mention count, then by code (none: it does).</summary>
    private static bool MentionedMore(KeyValuePair<string, int> actor, KeyValuePair<string, int>? other) =>
        other is not { } o || actor.Value > o.Value || (actor.Value == o.Value && string.CompareOrdinal(actor.Key, o.Key) < 0);

    private static bool IsParty(ActorEntry a) => a.Kind is ActorKind.Country or ActorKind.NonState or ActorKind.Region;
}
