using System.Text.Json;

namespace KnowledgeGraph.Extraction;

/// <summary>One scored triple: document, source code, type, target code (symmetric types ordered source &lt; target).</summary>
public readonly record struct TripleKey(string Doc, string S, string R, string O)
{
    public override string ToString() => $"{Doc} {S} {R} {O}";
}

public sealed record TypeScore(string Type, int Tp, int Fp, int Fn)
{
    public double P => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
    public double R => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
    public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);
}

public sealed record ScoreReport(int Docs, int Gold, int Pred, TypeScore Overall, IReadOnlyList<TypeScore> PerType,
    IReadOnlyList<TripleKey> Missed, IReadOnlyList<TripleKey> Spurious);

/// <summary>
/// Micro precision/recall/F1 over distinct (doc, s, r, o) exactly as gold/score.py computes it
/// (GUIDELINES §5): codes trimmed and upper-cased, symmetric types as unordered pairs, same-code triples dropped,
/// only the named documents scored (by default the gold documents, as score.py without --docs). O(n log n) in the
/// number of triples.
/// </summary>
public static class TripleScorer
{
    public static TripleKey Key(string doc, string s, string r, string o, Func<string, bool> isSymmetric)
    {
        s = s.Trim().ToUpperInvariant(); r = r.Trim().ToUpperInvariant(); o = o.Trim().ToUpperInvariant();
        if (isSymmetric(r) && string.CompareOrdinal(o, s) < 0) (s, o) = (o, s);
        return new TripleKey(doc.Trim(), s, r, o);
    }

    /// <summary>Reads gold-format JSONL (doc, s, r, o per line); a malformed line is an error naming file and line.</summary>
    public static HashSet<TripleKey> ReadJsonl(string path, Func<string, bool> isSymmetric)
    {
        var set = new HashSet<TripleKey>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Trim().Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                var k = Key(e.GetProperty("doc").GetString()!, e.GetProperty("s").GetString()!, e.GetProperty("r").GetString()!, e.GetProperty("o").GetString()!, isSymmetric);
                if (k.S != k.O) set.Add(k);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or NullReferenceException)
            {
                throw new FormatException($"{path}:{n}: not a triple: {ex.Message}");
            }
        }
        return set;
    }

    /// <summary>Scores the documents <paramref name="docs"/> (null: those with a gold triple). A named document with no
    /// gold triple counts: every triple predicted there is spurious.</summary>
    public static ScoreReport Score(IReadOnlySet<TripleKey> gold, IEnumerable<TripleKey> predicted, IReadOnlySet<string>? docs = null)
    {
        docs ??= gold.Select(k => k.Doc).ToHashSet(StringComparer.Ordinal);
        gold = gold.Where(k => docs.Contains(k.Doc)).ToHashSet();
        var pred = predicted.Where(k => docs.Contains(k.Doc) && k.S != k.O).ToHashSet();
        var tp = gold.Where(pred.Contains).ToList();
        var fp = pred.Where(k => !gold.Contains(k)).Order(Comparer).ToList();
        var fn = gold.Where(k => !pred.Contains(k)).Order(Comparer).ToList();
        var types = gold.Concat(pred).Select(k => k.R).Distinct().Order(StringComparer.Ordinal);
        var perType = types.Select(t => new TypeScore(t, tp.Count(k => k.R == t), fp.Count(k => k.R == t), fn.Count(k => k.R == t))).ToList();
        return new ScoreReport(docs.Count, gold.Count, pred.Count, new TypeScore("ALL", tp.Count, fp.Count, fn.Count), perType, fn, fp);
    }

    private static readonly Comparer<TripleKey> Comparer = Comparer<TripleKey>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Doc, b.Doc);
        if (c == 0) c = string.CompareOrdinal(a.S, b.S);
        if (c == 0) c = string.CompareOrdinal(a.R, b.R);
        return c != 0 ? c : string.CompareOrdinal(a.O, b.O);
    });
}
