using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Finds the actor a user names on the command line (--actor, --connect): by node id, actor code, English or Arabic
/// name (Arabic compared in its normal form, so «روسيا» and «روسيّا» agree), then by a unique part of a name
/// («Lavrov», «لافروف»). A name that matches nothing gets the nearest names as suggestions; a part that matches
/// several gets them listed.
/// </summary>
internal static class ActorLookup
{
    public static GraphNode Find(RelationGraph graph, string name, string path)
    {
        var actors = graph.ActorNodes.ToArray();
        var query = name.Trim();
        var folded = Fold(query);
        var exact = actors.FirstOrDefault(n => n.Id == query)
            ?? actors.FirstOrDefault(n => n.Code == query && n.Kind != ActorKind.Person)
            ?? actors.FirstOrDefault(n => string.Equals(n.Id, query, StringComparison.OrdinalIgnoreCase))
            ?? actors.FirstOrDefault(n => n.Code.Equals(query, StringComparison.OrdinalIgnoreCase) && n.Kind != ActorKind.Person)
            ?? actors.FirstOrDefault(n => Fold(n.NameEn) == folded || Fold(n.NameAr) == folded);
        if (exact is not null) return exact;
        if (folded.Length == 0) throw new UserError($"{path}: give an actor's id, code or name");

        var partial = actors.Where(n => Fold(n.NameEn).Contains(folded, StringComparison.Ordinal) || Fold(n.NameAr).Contains(folded, StringComparison.Ordinal))
            .OrderByDescending(n => n.Metrics?.PageRank ?? 0).ThenBy(n => n.Id, StringComparer.Ordinal).ToArray();
        if (partial.Length == 1) return partial[0];
        if (partial.Length > 1)
            throw new UserError($"{path}: '{name}' names {partial.Length} actors: {Listing(partial.Take(8))}{(partial.Length > 8 ? ", …" : "")}; give one of these ids");

        var near = actors
            .Select(n => (Node: n, Distance: Spellings(n).Min(form => EditDistance(folded, form))))
            .Where(x => x.Distance <= Math.Max(2, folded.Length / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Node.Id, StringComparer.Ordinal)
            .Take(5).Select(x => x.Node).ToArray();
        var suggestion = near.Length > 0 ? $"; did you mean {Listing(near)}?" : " (give a node id such as RUS, an actor code, or an English or Arabic name)";
        throw new UserError($"{path}: no actor '{name}'{suggestion}");
    }

    /// <summary>The forms a misspelt name is compared with: both names whole and each of their words («Lavrow» → «lavrov»).</summary>
    private static IEnumerable<string> Spellings(GraphNode n) =>
        new[] { Fold(n.NameEn), Fold(n.NameAr) }.SelectMany(name => name.Split(' ').Prepend(name)).Where(f => f.Length > 0);

    private static string Listing(IEnumerable<GraphNode> nodes) => string.Join(", ", nodes.Select(n => $"{n.NameEn} ({n.Id})"));

    /// <summary>A name's comparable form: Arabic normalised, Latin lower case, spaces collapsed.</summary>
    private static string Fold(string text) =>
        string.Join(' ', ArabicNormalizer.Normalize(text).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Levenshtein distance (insertions, deletions and substitutions of one character each cost 1) by the
    /// Wagner–Fischer dynamic programme with one row (Wagner and Fischer 1974). O(|a|·|b|) time, O(|b|) memory.
    /// </summary>
    internal static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
