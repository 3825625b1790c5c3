using KnowledgeGraph.Graph;

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

/// <summary>Analyses of the cooperation/conflict (signed) reading of the graph, using the schema's type weights.</summary>
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
        schema ??= GraphSchema.Default;
        view ??= GraphView.Default;
        var g = view.Undirected().Build(graph, schema);
        var index = Paths.IndexOf(g);
        if (!index.TryGetValue(actor, out var a)) throw new ArgumentException($"'{actor}' is not a node of the graph");
        var allies = new Dictionary<int, List<GraphEdge>>();
        var adversaries = new Dictionary<int, List<GraphEdge>>();
        var edges = new List<GraphEdge>();
        var neighbors = g.OutNeighbors(a);
        var incident = g.OutEdges(a);
        for (var i = 0; i < neighbors.Length; i++)
        {
            var edge = graph.Edges[g.Origins[incident[i]]];
            edges.Add(edge);
            var polarity = schema.Find(edge.Type)?.Polarity ?? Polarity.Neutral;
            var into = polarity switch { Polarity.Cooperation => allies, Polarity.Conflict => adversaries, _ => null };
            if (into is null || neighbors[i] == a) continue;
            if (!into.TryGetValue(neighbors[i], out var list)) into[neighbors[i]] = list = [];
            list.Add(edge);
        }
        IReadOnlyList<Tie> Ties(Dictionary<int, List<GraphEdge>> by) => by
            .Select(p => ToTie(g.Ids[p.Key], p.Value, view))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Actor, StringComparer.Ordinal).ToArray();
        return new EgoNetwork(actor, Ties(allies), Ties(adversaries), edges);
    }

    /// <summary>
    /// The <paramref name="top"/> unordered pairs with the most intense relations of one polarity
    /// (Σ count × |type weight| over edges of that polarity in both directions; counts within the view's time
    /// window), strongest first.
    /// Complexity O(N + M + P log P) for P pairs.
    /// </summary>
    public static IReadOnlyList<Dyad> TopDyads(RelationGraph graph, Polarity polarity, int top, GraphView? view = null, GraphSchema? schema = null)
    {
        schema ??= GraphSchema.Default;
        view ??= GraphView.Default;
        var g = view.Undirected().OfPolarity(polarity).Build(graph, schema);
        var pairs = new Dictionary<(int, int), List<GraphEdge>>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var (s, t) = (g.Sources[e], g.Targets[e]);
            if (s == t) continue;
            var key = s < t ? (s, t) : (t, s);
            if (!pairs.TryGetValue(key, out var list)) pairs[key] = list = [];
            list.Add(graph.Edges[g.Origins[e]]);
        }
        return pairs
            .Select(p => (Pair: p.Key, Tie: ToTie("", p.Value, view)))
            .OrderByDescending(p => p.Tie.Score).ThenBy(p => g.Ids[p.Pair.Item1], StringComparer.Ordinal).ThenBy(p => g.Ids[p.Pair.Item2], StringComparer.Ordinal)
            .Take(top)
            .Select(p => new Dyad(g.Ids[p.Pair.Item1], g.Ids[p.Pair.Item2], p.Tie.Score, p.Tie.Sentences, p.Tie.Types))
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
    public static BalanceReport Balance(RelationGraph graph, GraphView? view = null, GraphSchema? schema = null, int maxListed = 1000)
    {
        schema ??= GraphSchema.Default;
        view ??= GraphView.Default;
        var g = view.Undirected().Build(graph, schema);
        var net = new Dictionary<(int, int), double>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var (s, t) = (g.Sources[e], g.Targets[e]);
            if (s == t) continue;
            var edge = graph.Edges[g.Origins[e]];
            var key = s < t ? (s, t) : (t, s);
            net[key] = net.GetValueOrDefault(key) + view.SentencesInWindow(edge) * edge.Weight;
        }
        var sign = net.Where(p => p.Value != 0).ToDictionary(p => p.Key, p => Math.Sign(p.Value));
        var degree = new int[g.NodeCount];
        foreach (var (a, b) in sign.Keys) { degree[a]++; degree[b]++; }
        bool Before(int u, int v) => degree[u] < degree[v] || (degree[u] == degree[v] && u < v);
        var forward = new List<int>[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++) forward[v] = [];
        foreach (var (a, b) in sign.Keys)
            if (Before(a, b)) forward[a].Add(b); else forward[b].Add(a);

        int Sign(int u, int v) => sign[u < v ? (u, v) : (v, u)];
        var mark = new bool[g.NodeCount];
        var (triads, balanced) = (0, 0);
        var unbalanced = new List<SignedTriad>();
        for (var u = 0; u < g.NodeCount; u++)
        {
            foreach (var v in forward[u]) mark[v] = true;
            foreach (var v in forward[u])
            foreach (var w in forward[v])
            {
                if (!mark[w]) continue;
                triads++;
                var ids = new[] { u, v, w }.OrderBy(x => g.Ids[x], StringComparer.Ordinal).ToArray();
                var triad = new SignedTriad(g.Ids[ids[0]], g.Ids[ids[1]], g.Ids[ids[2]],
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

    private static Tie ToTie(string actor, List<GraphEdge> edges, GraphView view) => new(
        actor,
        edges.Sum(e => view.SentencesInWindow(e) * Math.Abs(e.Weight)),
        edges.Sum(view.SentencesInWindow),
        edges.Select(e => e.Type).Distinct().Order(StringComparer.Ordinal).ToArray());
}
