using KnowledgeGraph.Analysis;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Analysis;

[TestClass]
public sealed class AnalysisTests
{
    [TestMethod]
    public void Views_filter_by_polarity_type_time_and_fold_persons()
    {
        var g = SampleGraphs.Caucasus();
        Assert.AreEqual(6, GraphView.Default.Undirected().Build(g).EdgeCount);
        Assert.AreEqual(8, GraphView.Default.Build(g).EdgeCount, "FIGHTS and CONSULTS are symmetric: one edge each way");
        Assert.AreEqual(6, GraphView.Default.Build(g).NodeCount);
        Assert.AreEqual(3, GraphView.Default.OfPolarity(Polarity.Conflict).Build(g).EdgeCount);
        Assert.AreEqual(2, GraphView.Default.OfTypes("MEDIATES").Build(g).EdgeCount);
        var october = GraphView.Default.Between("2020-10-01", "2020-10-31").Build(g);
        Assert.AreEqual(2, october.EdgeCount);
        var state = GraphView.Default.AtStateLevel().Undirected().Build(g);
        Assert.AreEqual(5, state.NodeCount);
        CollectionAssert.DoesNotContain(state.Ids.ToArray(), "person:putin");
        var ids = Paths.IndexOf(state);
        Assert.AreEqual(4, Centrality.Degree(state).Total[ids["ARM"]], "ARM: accuses, fights, consults (folded to RUS), mediated by RUS → 4 edges");
    }

    [TestMethod]
    public void Degree_counts_parallel_edges_and_self_loops_like_networkx()
    {
        var g = CompactGraph.Create(["a", "b"], [new(0, 1, 2, -1), new(0, 1, 3, -1), new(1, 1, 1, -1)], directed: true);
        var d = Centrality.Degree(g);
        CollectionAssert.AreEqual(new[] { 2, 1 }, d.Out);
        CollectionAssert.AreEqual(new[] { 0, 3 }, d.In);
        CollectionAssert.AreEqual(new[] { 2, 4 }, d.Total);
        CollectionAssert.AreEqual(new[] { 5.0, 1.0 }, d.OutStrength);
        var u = Centrality.Degree(g.AsUndirected());
        CollectionAssert.AreEqual(new[] { 2, 4 }, u.Total);
    }

    [TestMethod]
    public void Pagerank_of_a_directed_cycle_is_uniform_and_a_sink_collects_more()
    {
        var cycle = CompactGraph.Create(["a", "b", "c"], [new(0, 1, 1, -1), new(1, 2, 1, -1), new(2, 0, 1, -1)], true);
        foreach (var x in Centrality.PageRank(cycle)) Assert.AreEqual(1.0 / 3, x, 1e-12);
        var star = CompactGraph.Create(["a", "b", "c"], [new(0, 2, 1, -1), new(1, 2, 1, -1)], true);
        var pr = Centrality.PageRank(star);
        Assert.AreEqual(1.0, pr.Sum(), 1e-12);
        Assert.IsGreaterThan(pr[0], pr[2]);
    }

    [TestMethod]
    public void Betweenness_of_a_path_middle_is_one()
    {
        var path = CompactGraph.Create(["a", "b", "c"], [new(0, 1, 1, -1), new(1, 2, 1, -1)], false);
        var b = Centrality.Betweenness(path);
        CollectionAssert.AreEqual(new[] { 0.0, 1.0, 0.0 }, b);
        var directed = CompactGraph.Create(["a", "b", "c"], [new(0, 1, 1, -1), new(1, 2, 1, -1)], true);
        CollectionAssert.AreEqual(new[] { 0.0, 0.5, 0.0 }, Centrality.Betweenness(directed));
    }

    [TestMethod]
    public void Strong_components_of_a_deep_chain_do_not_overflow_the_stack()
    {
        const int n = 200_000;
        var edges = Enumerable.Range(0, n - 1).Select(i => new CompactEdge(i, i + 1, 1, -1)).Append(new CompactEdge(n - 1, 0, 1, -1)).ToArray();
        var g = CompactGraph.Create(Enumerable.Range(0, n).Select(i => i.ToString()).ToArray(), edges, true);
        Assert.AreEqual(1, Components.Strong(g).Count);
        var broken = CompactGraph.Create(g.Ids, edges[..^1], true);
        Assert.AreEqual(n, Components.Strong(broken).Count);
        Assert.AreEqual(1, Components.Weak(broken).Count);
    }

    [TestMethod]
    public void Louvain_is_deterministic_for_a_seed_and_finds_two_communities()
    {
        var graph = SyntheticGraphs.TwoCommunities(sizeEach: 20, insideProbability: 0.4, betweenProbability: 0.01);
        var g = GraphView.Default.Undirected().Build(graph);
        var a = Communities.Louvain(g, seed: 5);
        var b = Communities.Louvain(g, seed: 5);
        CollectionAssert.AreEqual(a.Partition.Membership, b.Partition.Membership);
        Assert.AreEqual(a.Modularity, b.Modularity);
        // the planted halves are never mixed in one community
        for (var v = 0; v < 40; v++)
        for (var u = 0; u < 40; u++)
            if (a.Partition.Membership[u] == a.Partition.Membership[v]) Assert.AreEqual(u / 20, v / 20, $"{u} and {v}");
        Assert.IsGreaterThan(0.3, a.Modularity);
    }

    [TestMethod]
    public void Connection_from_turkey_to_russia_runs_through_azerbaijan_with_evidence()
    {
        var c = Paths.Connect(SampleGraphs.Caucasus(), "TUR", "RUS")!;
        Assert.AreEqual(2, c.Hops);
        Assert.HasCount(3, c.Nodes);
        Assert.AreEqual("TUR", c.Nodes[0]);
        Assert.AreEqual("RUS", c.Nodes[2]);
        Assert.IsTrue(c.Steps.All(s => s.Edges.Count > 0 && s.Edges.All(e => e.Evidence.Count > 0)));
        Assert.IsNull(Paths.Connect(SampleGraphs.Caucasus(), "FRA", "RUS"));
        var strongest = Paths.Connect(SampleGraphs.Caucasus(), "TUR", "RUS", strongest: true)!;
        Assert.AreEqual("AZE", strongest.Nodes[1], "TUR–AZE (4) and AZE–RUS (3) are stronger than TUR–ARM (2)");
    }

    [TestMethod]
    public void Ego_network_of_armenia_lists_allies_and_adversaries()
    {
        var ego = SignedRelations.Ego(SampleGraphs.Caucasus(), "ARM");
        CollectionAssert.AreEqual(new[] { "AZE", "TUR" }, ego.Adversaries.Select(t => t.Actor).ToArray());
        Assert.AreEqual(50.0, ego.Adversaries[0].Score);
        CollectionAssert.AreEquivalent(new[] { "RUS", "person:putin" }, ego.Allies.Select(t => t.Actor).ToArray());
        var state = SignedRelations.Ego(SampleGraphs.Caucasus(), "ARM", GraphView.Default.AtStateLevel());
        Assert.AreEqual("RUS", state.Allies.Single().Actor);
        Assert.AreEqual(16.0, state.Allies.Single().Score, "MEDIATES 3×5 + CONSULTS 1×1");
    }

    [TestMethod]
    public void Top_dyads_put_the_war_first()
    {
        var conflict = SignedRelations.TopDyads(SampleGraphs.Caucasus(), Polarity.Conflict, 10);
        Assert.AreEqual(("ARM", "AZE"), (conflict[0].A, conflict[0].B));
        Assert.AreEqual(5, conflict[0].Sentences);
        var cooperation = SignedRelations.TopDyads(SampleGraphs.Caucasus(), Polarity.Cooperation, 1);
        Assert.HasCount(1, cooperation);
    }

    [TestMethod]
    public void Balance_flags_the_friend_of_my_enemy()
    {
        // ARM–AZE conflict, TUR–AZE cooperation, ARM–TUR conflict: balanced (enemy's friend is my enemy).
        // RUS cooperates with both ARM and AZE, which fight: unbalanced.
        var report = SignedRelations.Balance(SampleGraphs.Caucasus());
        Assert.AreEqual(2, report.Triads);
        Assert.AreEqual(1, report.BalancedTriads);
        var triad = report.Unbalanced.Single();
        Assert.AreEqual(("ARM", "AZE", "RUS"), (triad.A, triad.B, triad.C));
        Assert.AreEqual((-1, 1, 1), (triad.SignAB, triad.SignBC, triad.SignAC));
        Assert.AreEqual(0.5, report.BalancedShare);
    }

    [TestMethod]
    public void Annotate_sets_metrics_on_actors_and_reports_the_mediator_and_the_war()
    {
        var (graph, report) = GraphAnalysis.Annotate(SampleGraphs.Caucasus());
        Assert.IsTrue(graph.Nodes.All(n => n.Metrics is { Degree: not null, PageRank: not null, Betweenness: not null }));
        Assert.IsTrue(graph.Nodes.All(n => n.Metrics!.Community is null == (n.Id == "FRA")), "France has no relation, so no community");
        Assert.AreEqual(1, report.IsolatedActors);
        CollectionAssert.AreEqual(Enumerable.Range(0, report.Communities.Count).ToArray(), report.Communities.Select(c => c.Index).ToArray());
        CollectionAssert.AreEquivalent(graph.Nodes.Where(n => n.Id != "FRA").Select(n => n.Id).ToArray(),
            report.Communities.SelectMany(c => c.Members).ToArray(), "every actor with relations in one community");
        // ARM → TUR → AZE ⇄ ARM is one bloc; RUS acts on it and is not acted on: it comes first
        Assert.AreEqual("RUS", report.Blocs[0].Members.Single());
        CollectionAssert.AreEquivalent(new[] { "ARM", "AZE", "TUR", "person:putin" }, report.Blocs.Single(b => b.Members.Count > 1).Members.ToArray());
        Assert.AreEqual("RUS", report.Mediators[0].Id);
        Assert.AreEqual(("ARM", "AZE"), (report.ConflictDyads[0].A, report.ConflictDyads[0].B));
        Assert.AreEqual(4, graph.Nodes.Single(n => n.Id == "ARM").Metrics!.Degree);
        Assert.AreEqual(1.0, graph.Nodes.Sum(n => n.Metrics!.PageRank!.Value), 1e-9);
    }

    [TestMethod]
    public void Seeds_show_russia_as_the_mediator_and_armenia_azerbaijan_as_the_top_conflict()
    {
        var (_, report) = GraphAnalysis.Annotate(SeedsGraph.Build());
        Assert.AreEqual("RUS", report.Mediators[0].Id);
        Assert.AreEqual(("ARM", "AZE"), (report.ConflictDyads[0].A, report.ConflictDyads[0].B));
        Assert.AreEqual("RUS", report.Degree[2].Id, "after the two parties");
    }

    [TestMethod]
    public void Empty_and_single_node_graphs_analyse_without_error()
    {
        var (empty, report) = GraphAnalysis.Annotate(RelationGraph.Empty);
        Assert.IsEmpty(empty.Nodes);
        Assert.AreEqual(0, report.Modularity);
        var one = new RelationGraph([new GraphNode("RUS", ActorKind.Country, "Russia", "روسيا", "RUS")], []);
        var (annotated, _) = GraphAnalysis.Annotate(one);
        Assert.AreEqual(1.0, annotated.Nodes[0].Metrics!.PageRank);
        Assert.AreEqual(0.0, annotated.Nodes[0].Metrics!.Betweenness);
        Assert.AreEqual(1.0, SignedRelations.Balance(one).BalancedShare);
    }

    [TestMethod]
    public void Time_window_counts_dated_evidence_and_falls_back_to_the_date_range()
    {
        Evidence Sentence(int i, string date) => new("d" + i, i, "s", "c", date);
        var fully = new GraphEdge("ARM", "AZE", "FIGHTS", 3, -10, true, 3, ["d0", "d1", "d2"], "2020-09-27", "2020-11-01",
            [Sentence(0, "2020-09-27"), Sentence(1, "2020-10-05"), Sentence(2, "2020-11-01")]);
        var capped = fully with { Count = 10 };
        var undated = fully with { Evidence = [], FirstDate = null, LastDate = null };
        var october = GraphView.Default.Between("2020-10-01", "2020-10-31");
        Assert.AreEqual(1, october.SentencesInWindow(fully));
        Assert.AreEqual(10, october.SentencesInWindow(capped), "evidence capped: the whole count when the date range overlaps");
        Assert.AreEqual(0, october.SentencesInWindow(undated));
        Assert.AreEqual(0, GraphView.Default.Between("2021-01-01", null).SentencesInWindow(capped));
        Assert.AreEqual(3, GraphView.Default.SentencesInWindow(undated));
    }

    [TestMethod]
    public void Annotated_graph_json_is_byte_identical_across_runs()
    {
        static byte[] Run()
        {
            var (graph, _) = GraphAnalysis.Annotate(SyntheticGraphs.RandomDirected(600, 4000, seed: 9));
            using var stream = new MemoryStream();
            KnowledgeGraph.Export.GraphJson.Write(graph, stream);
            return stream.ToArray();
        }
        CollectionAssert.AreEqual(Run(), Run());
    }
}
