using System.Collections.Immutable;
using KnowledgeGraph.Extraction.Document;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Extraction.Learned;

/// <summary>A (source, type, target) that a cue of a sentence could state, with the features the pair model reads.</summary>
public sealed record PairCandidate(ActorEntry Source, string Type, ActorEntry Target, float[] Features, bool ByRules, string Cue);

/// <summary>
/// The candidate pairs of a sentence: for each asserted event, each ordered pair of actors of two different mention
/// groups (and the two actors of one coordinated group, for symmetric types), with features of where each stands
/// relative to the cue — side, distance, preposition, clause, kind of mention, the slot the constructs gave it — and
/// whether the rules stated the pair. Symmetric types give each unordered pair once. O(events × groups²).
/// </summary>
public static class PairCandidates
{
    private static readonly string[] Types = Graph.GraphSchema.Default.RelationTypes.Select(t => t.Name).ToArray();
    private static readonly string[] Kinds = Enum.GetNames<CueKind>();
    private static readonly string[] Preps = ["", "من", "مع", "ل", "الي", "علي", "عن", "في", "بين", "ب", "ضد"];
    private static readonly string[] Refs = Enum.GetNames<RefKind>();
    private static readonly string[] ActorKinds = ["Country", "Organization", "Person", "NonState", "Region"];
    private const int MaxGroupActors = 6;

    /// <summary>The names of the features, in order: the contract between the training command and the model file.</summary>
    public static ImmutableArray<string> FeatureNames { get; } = Names();

    private static ImmutableArray<string> Names()
    {
        var n = new List<string>();
        n.AddRange(Types.Select(t => "type=" + t));
        n.AddRange(Kinds.Select(k => "kind=" + k));
        n.AddRange(["cue.dual", "cue.suffix", "cue.first_person", "cue.words", "sentence.title", "sentence.groups", "sentence.report_before_cue", "rules.pair", "rules.cue_any", "pair.same_group", "pair.source_first"]);
        foreach (var side in new[] { "s", "t" })
        {
            n.AddRange([$"{side}.after_cue", $"{side}.words_to_cue", $"{side}.same_clause", $"{side}.subject_like", $"{side}.nisba", $"{side}.weak_nisba",
                $"{side}.place", $"{side}.examples", $"{side}.actors", $"{side}.cues_between", $"{side}.slot_agent", $"{side}.slot_target",
                $"{side}.slot_parties", $"{side}.sentence_subject", $"{side}.synthetic"]);
            n.AddRange(Preps.Select(p => $"{side}.prep={(p.Length == 0 ? "none" : p)}"));
            n.Add($"{side}.prep=other");
            n.AddRange(Refs.Select(r => $"{side}.ref={r}"));
            n.AddRange(ActorKinds.Select(k => $"{side}.actor={k}"));
        }
        return [.. n];
    }

    public static List<PairCandidate> Of(SentenceReading reading, SentenceParse p, int index)
    {
        var output = new List<PairCandidate>();
        var byRules = reading.Relations.Select(r => Key(r.Source.Code, r.Type, r.Target.Code)).ToHashSet();
        foreach (var e in reading.Events)
        {
            if (e.Polarity != EventPolarity.Asserted) continue;
            var groups = reading.Groups.Where(g => g.Actors.Length is > 0 and <= MaxGroupActors).ToList();
            foreach (var slot in e.Slots)
                if (slot.Group is { } g && !groups.Contains(g) && g.Actors.Length is > 0 and <= MaxGroupActors) groups.Add(g);
            var symmetric = TypeTraits.IsSymmetric(e.Type);
            var cueAny = reading.Relations.Any(r => r.Cue == e.Cue.Form.Display);
            var seen = new HashSet<(string, string)>();
            foreach (var a in groups)
            foreach (var b in groups)
            {
                if (a == b && (!symmetric || a.Actors.Length < 2)) continue;
                foreach (var x in a.Actors)
                foreach (var y in b.Actors)
                {
                    if (x.Code == y.Code) continue;
                    var key = symmetric && string.CompareOrdinal(y.Code, x.Code) < 0 ? (y.Code, x.Code) : (x.Code, y.Code);
                    if (!seen.Add(key)) continue;
                    var f = Features(e, a, b, reading, p, index, byRules.Contains(Key(x.Code, e.Type, y.Code)), cueAny);
                    output.Add(new PairCandidate(x, e.Type, y, f, byRules.Contains(Key(x.Code, e.Type, y.Code)), e.Cue.Form.Display));
                }
            }
        }
        return output;
    }

    private static string Key(string s, string type, string o) =>
        TypeTraits.IsSymmetric(type) && string.CompareOrdinal(o, s) < 0 ? $"{o} {type} {s}" : $"{s} {type} {o}";

    private static float[] Features(RelationEvent e, ResolvedGroup a, ResolvedGroup b, SentenceReading reading, SentenceParse p, int index, bool ruled, bool cueAny)
    {
        var f = new float[FeatureNames.Length];
        var i = 0;
        foreach (var t in Types) f[i++] = e.Type == t ? 1 : 0;
        foreach (var k in Kinds) f[i++] = e.Cue.Form.Kind.ToString() == k ? 1 : 0;
        f[i++] = e.Cue.IsDual ? 1 : 0;
        f[i++] = e.Cue.Suffix.Length > 0 ? 1 : 0;
        f[i++] = e.Cue.Form.FirstPerson ? 1 : 0;
        f[i++] = e.Cue.Form.Words.Length;
        f[i++] = index == 0 ? 1 : 0;
        f[i++] = reading.Groups.Length;
        f[i++] = p.ReportVerbs.Any(v => v < e.Cue.Start) ? 1 : 0;
        f[i++] = ruled ? 1 : 0;
        f[i++] = cueAny ? 1 : 0;
        f[i++] = a == b ? 1 : 0;
        f[i++] = a.Lead <= b.Lead ? 1 : 0;
        foreach (var g in new[] { a, b })
        {
            var synthetic = g.Group.End <= g.Group.Start;
            var after = g.Lead >= e.Cue.End;
            f[i++] = synthetic ? 0 : after ? 1 : -1;
            f[i++] = synthetic ? 30 : Math.Min(30, after ? p.WordsBetween(e.Cue.End, g.Lead) : p.WordsBetween(g.End, e.Cue.Start));
            f[i++] = !synthetic && g.Lead < p.Clause.Length && p.Clause[g.Lead] == p.Clause[e.Cue.Start] ? 1 : 0;
            f[i++] = g.IsSubjectLike ? 1 : 0;
            f[i++] = g.AllNisba ? 1 : 0;
            f[i++] = g.IsWeakNisba ? 1 : 0;
            f[i++] = g.IsPlace ? 1 : 0;
            f[i++] = g.Group.IsExamples ? 1 : 0;
            f[i++] = g.Actors.Length;
            f[i++] = synthetic ? 0 : p.Cues.Count(c => c != e.Cue && (after ? c.Start >= e.Cue.End && c.Start < g.Lead : c.Start >= g.End && c.Start < e.Cue.Start));
            f[i++] = e.Slot(SlotRole.Agent)?.Group == g || (e.Slot(SlotRole.Agent)?.Actors.Any(x => g.Actors.Any(y => y.Code == x.Code)) ?? false) ? 1 : 0;
            f[i++] = e.Slot(SlotRole.Target)?.Group == g || (e.Slot(SlotRole.Target)?.Actors.Any(x => g.Actors.Any(y => y.Code == x.Code)) ?? false) ? 1 : 0;
            f[i++] = e.Slot(SlotRole.Parties)?.Actors.Any(x => g.Actors.Any(y => y.Code == x.Code)) ?? false ? 1 : 0;
            f[i++] = reading.Subject == g ? 1 : 0;
            f[i++] = synthetic ? 1 : 0;
            var prep = Array.IndexOf(Preps, g.Prep);
            for (var k = 0; k < Preps.Length; k++) f[i++] = prep == k ? 1 : 0;
            f[i++] = prep < 0 ? 1 : 0;
            foreach (var r in Refs) f[i++] = g.Ref.ToString() == r ? 1 : 0;
            var kind = g.Actors[0].Kind.ToString();
            foreach (var k in ActorKinds) f[i++] = kind == k ? 1 : 0;
        }
        return f;
    }
}
