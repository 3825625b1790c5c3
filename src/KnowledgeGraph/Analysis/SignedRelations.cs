using KnowledgeGraph.Graph;
using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>An actor's tie to another: intensity Σ count × |type weight|, sentences, and the relation types behind it.</summary>
public sealed record Tie(string Actor, double Score, int Sentences, IReadOnlyList<string> Types);

/// <summary>An unordered pair of actors and the intensity of one polarity of relations between them.</summary>
public sealed record Dyad(string A, string B, double Score, int Sentences, IReadOnlyList<string> Types);

/// <summary>An actor's neighbourhood: allies (cooperation ties), adversaries (conflict ties) and every edge at the actor.</summary>
public sealed record EgoNetwork(string Actor, IReadOnlyList<Tie> Allies, IReadOnlyList<Tie> Adversaries, IReadOnlyList<GraphEdge> Edges);

/// <summary>A triangle of the signed graph; signs are +1 (cooperation) or −1 (conflict).</summary>
public sealed record SignedTriad(string A, string B, string C, int SignAB, int SignBC, int SignAC)
{
    public bool Balanced => SignAB * SignBC * SignAC > 0;
}

/// <summary>Structural balance figures of the signed view.</summary>
public sealed record BalanceReport(int PositivePairs, int NegativePairs, int Triads, int BalancedTriads, IReadOnlyList<SignedTriad> Unbalanced)
{
    /// <summary>Share of triads that are balanced; 1 when there are none.</summary>
    public double BalancedShare => Triads == 0 ? 1.0 : (double)BalancedTriads / Triads;
}

/// <summary>
/// Analyses of the cooperation/conflict (signed) reading of the graph, using the schema's type weights: on a
/// <see cref="RelationGraph"/> and a <see cref="GraphView"/>, or on any QuikGraph graph of <see cref="RelationEdge"/>s
/// (a view's arrays are read directly; a relation that a directed view holds once each way counts once).
/// </summary>
public static class SignedRelations
{
    /// <summary>
    /// The ego network of <paramref name="actor"/> (a node id of the view): for every neighbour, the cooperation
    /// intensity (allies) and the conflict intensity (adversaries) over edges in either direction, each list by
    /// decreasing intensity; a neighbour can be both. Reference: Wasserman &amp; Faust, <i>Social Network Analysis</i>
    /// (1994), §4.3 (ego-centred networks). Complexity O(N + M) to build the view, then O(deg · log deg).
    /// </summary>
    public static EgoNetwork Ego(RelationGraph graph, string actor, GraphView? view = null, GraphSchema? schema = null)
    {
        var g = RelationView.Undirected(graph, view, schema);
        if (!g.TryGetVertex(actor, out var a)) throw new ArgumentException($"'{actor}' is not a node of the graph");
        return Ego(g, a, schema);
    }

    /// <summary><see cref="Ego(RelationGraph, string, GraphView?, GraphSchema?)"/> of a vertex of an undirected view. O(deg · log deg).</summary>
    public static EgoNetwork Ego(UndirectedRelationView view, ActorVertex actor, GraphSchema? schema = null)
    {
        schema ??= GraphSchema.Default;
        var allies = new Dictionary<ActorVertex, List<RelationEdge>>();
        var adversaries = new Dictionary<ActorVertex, List<RelationEdge>>();
        var edges = new List<GraphEdge>();
        foreach (var edge in view.AdjacentEdges(actor))
        {
            edges.Add(edge.Relation!);
            var other = edge.GetOtherVertex(actor);
            var into = PolarityOf(edge, schema) switch { Polarity.Cooperation => allies, Polarity.Conflict => adversaries, _ => null };
            if (into is null || other == actor) continue;
            if (!into.TryGetValue(other, out var list)) into[other] = list = [];
            list.Add(edge);
        }
        IReadOnlyList<Tie> Ties(Dictionary<ActorVertex, List<RelationEdge>> by) => by
            .Select(p => ToTie(p.Key.Id, p.Value))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Actor, StringComparer.Ordinal).ToArray();
        return new EgoNetwork(actor.Id, Ties(allies), Ties(adversaries), edges);
    }

    /// <summary>
    /// The <paramref name="top"/> unordered pairs with the most intense relations of one polarity
    /// (Σ count × |type weight| over edges of that polarity in both directions; counts within the view's time
    /// window), strongest first.
    /// Complexity O(N + M + P log P) for P pairs.
    /// </summary>
    public static IReadOnlyList<Dyad> TopDyads(RelationGraph graph, Polarity polarity, int top, GraphView? view = null, GraphSchema? schema = null) =>
        TopDyads(RelationView.Undirected(graph, (view ?? GraphView.Default).OfPolarity(polarity), schema), polarity, top, schema);

    /// <summary><see cref="TopDyads(RelationGraph, Polarity, int, GraphView?, GraphSchema?)"/> of a QuikGraph graph of relation edges. O(M + P log P).</summary>
    public static IReadOnlyList<Dyad> TopDyads(IEdgeListGraph<ActorVertex, RelationEdge> graph, Polarity polarity, int top, GraphSchema? schema = null)
    {
        schema ??= GraphSchema.Default;
        var g = IndexedGraph<ActorVertex, RelationEdge>.Of(graph);
        var pairs = new Dictionary<(int, int), List<RelationEdge>>();
        foreach (var edge in Relations(g))
        {
            var (s, t) = (g.IndexOf(edge.Source), g.IndexOf(edge.Target));
            if (s == t || PolarityOf(edge, schema) != polarity) continue;
            var key = s < t ? (s, t) : (t, s);
            if (!pairs.TryGetValue(key, out var list)) pairs[key] = list = [];
            list.Add(edge);
        }
        return pairs
            .Select(p => (A: g.VertexAt(p.Key.Item1).Id, B: g.VertexAt(p.Key.Item2).Id, Tie: ToTie("", p.Value)))
            .Select(p => string.CompareOrdinal(p.A, p.B) <= 0 ? p : (A: p.B, B: p.A, p.Tie))
            .OrderByDescending(p => p.Tie.Score).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)
            .Take(top)
            .Select(p => new Dyad(p.A, p.B, p.Tie.Score, p.Tie.Sentences, p.Tie.Types))
            .ToArray();
    }

    /// <summary>
    /// Structural balance of the signed view: each unordered pair gets the sign of Σ count × type weight over all
    /// its cooperation and conflict edges (pairs summing to 0 are left out); a triangle is balanced when the
    /// product of its three signs is positive ("the enemy of my enemy is my friend"). Triangles are listed by
    /// orienting edges from lower to higher (degree, index) rank.
    /// Reference: Cartwright &amp; Harary, "Structural balance: a generalization of Heider's theory", Psychol. Rev.
    /// 63(5), 1956; triangle listing: Chiba &amp; Nishizeki, SIAM J. Comput. 14(1), 1985.
    /// Complexity O(N + M^1.5).
    /// </summary>
    public static BalanceReport Balance(RelationGraph graph, GraphView? view = null, GraphSchema? schema = null, int maxListed = 1000) =>
        Balance(RelationView.Undirected(graph, view, schema), maxListed);

    /// <summary><see cref="Balance(RelationGraph, GraphView?, GraphSchema?, int)"/> of a QuikGraph graph of relation edges. O(N + M^1.5).</summary>
    public static BalanceReport Balance(IEdgeListGraph<ActorVertex, RelationEdge> graph, int maxListed = 1000)
    {
        var g = IndexedGraph<ActorVertex, RelationEdge>.Of(graph);
        var n = g.VertexCount;
        var net = new Dictionary<(int, int), double>();
        foreach (var edge in Relations(g))
        {
            var (s, t) = (g.IndexOf(edge.Source), g.IndexOf(edge.Target));
            if (s == t) continue;
            var key = s < t ? (s, t) : (t, s);
            net[key] = net.GetValueOrDefault(key) + edge.Count * edge.Tone;
        }
        var sign = net.Where(p => p.Value != 0).ToDictionary(p => p.Key, p => Math.Sign(p.Value));
        var degree = new int[n];
        foreach (var (a, b) in sign.Keys) { degree[a]++; degree[b]++; }
        bool Before(int u, int v) => degree[u] < degree[v] || (degree[u] == degree[v] && u < v);
        var forward = new List<int>[n];
        for (var v = 0; v < n; v++) forward[v] = [];
        foreach (var (a, b) in sign.Keys)
            if (Before(a, b)) forward[a].Add(b); else forward[b].Add(a);

        int Sign(int u, int v) => sign[u < v ? (u, v) : (v, u)];
        string Id(int v) => g.VertexAt(v).Id;
        var mark = new bool[n];
        var (triads, balanced) = (0, 0);
        var unbalanced = new List<SignedTriad>();
        for (var u = 0; u < n; u++)
        {
            foreach (var v in forward[u]) mark[v] = true;
            foreach (var v in forward[u])
            foreach (var w in forward[v])
            {
                if (!mark[w]) continue;
                triads++;
                var ids = new[] { u, v, w }.OrderBy(Id, StringComparer.Ordinal).ToArray();
                var triad = new SignedTriad(Id(ids[0]), Id(ids[1]), Id(ids[2]),
                    Sign(ids[0], ids[1]), Sign(ids[1], ids[2]), Sign(ids[0], ids[2]));
                if (triad.Balanced) balanced++;
                else if (unbalanced.Count < maxListed) unbalanced.Add(triad);
            }
            foreach (var v in forward[u]) mark[v] = false;
        }
        var ordered = unbalanced.OrderBy(t => t.A, StringComparer.Ordinal).ThenBy(t => t.B, StringComparer.Ordinal)
            .ThenBy(t => t.C, StringComparer.Ordinal).ToArray();
        return new BalanceReport(sign.Values.Count(s => s > 0), sign.Values.Count(s => s < 0), triads, balanced, ordered);
    }

    /// <summary>Every relation of the graph once: edges in graph order, the reverse copy of a symmetric relation skipped.</summary>
    private static IEnumerable<RelationEdge> Relations(IndexedGraph<ActorVertex, RelationEdge> g)
    {
        for (var e = 0; e < g.Compact.EdgeCount; e++)
        {
            var edge = g.EdgeAt(e);
            if (edge.Relation is not null && !edge.IsMirror) yield return edge;
        }
    }

    private static Polarity PolarityOf(RelationEdge edge, GraphSchema schema) => schema.Find(edge.Type)?.Polarity ?? Polarity.Neutral;

    private static Tie ToTie(string actor, List<RelationEdge> edges) => new(
        actor,
        edges.Sum(e => e.Count * Math.Abs(e.Tone)),
        edges.Sum(e => e.Count),
        edges.Select(e => e.Type).Distinct().Order(StringComparer.Ordinal).ToArray());
}
