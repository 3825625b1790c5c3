using KnowledgeGraph.Analysis;
using KnowledgeGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>The views are QuikGraph graphs: they answer as QuikGraph's own graphs do, and the project's algorithms read them — or any other QuikGraph graph — with the same results as the arrays.</summary>
[TestClass]
public sealed class RelationViewTests
{
    [TestMethod]
    public void Directed_view_answers_like_a_bidirectional_graph_holding_the_same_edges()
    {
        var graph = SyntheticGraphs.Awkward();
        var view = RelationView.Directed(graph);
        var copy = view.ToBidirectionalGraph();
        var arrays = GraphView.Default.Build(graph);
        Assert.AreEqual(arrays.NodeCount, view.VertexCount);
        Assert.AreEqual(arrays.EdgeCount, view.EdgeCount);
        Assert.AreEqual(copy.EdgeCount, view.EdgeCount);
        CollectionAssert.AreEqual(arrays.Ids.ToArray(), view.Vertices.Select(v => v.Id).ToArray());
        foreach (var v in view.Vertices)
        {
            Assert.IsTrue(copy.ContainsVertex(v), "the copy holds the same vertex objects");
            CollectionAssert.AreEquivalent(copy.OutEdges(v).ToArray(), view.OutEdges(v).ToArray(), $"out-edges of {v}");
            CollectionAssert.AreEquivalent(copy.InEdges(v).ToArray(), view.InEdges(v).ToArray(), $"in-edges of {v}");
            Assert.AreEqual(copy.Degree(v), view.Degree(v), $"degree of {v}");
            Assert.AreEqual(copy.IsOutEdgesEmpty(v), view.IsOutEdgesEmpty(v));
            for (var i = 0; i < view.OutDegree(v); i++) Assert.AreEqual(v, view.OutEdge(v, i).Source);
            for (var i = 0; i < view.InDegree(v); i++) Assert.AreEqual(v, view.InEdge(v, i).Target);
            foreach (var w in view.Vertices)
            {
                Assert.AreEqual(copy.ContainsEdge(v, w), view.ContainsEdge(v, w), $"{v} → {w}");
                Assert.IsTrue(view.TryGetEdges(v, w, out var between));
                Assert.IsTrue(copy.TryGetEdges(v, w, out var expected));
                CollectionAssert.AreEquivalent(expected.ToArray(), between.ToArray(), $"edges {v} → {w}");
            }
        }
        Assert.IsTrue(view.Edges.All(view.ContainsEdge));
    }

    [TestMethod]
    public void Relation_edges_carry_the_relation_and_symmetric_types_run_both_ways()
    {
        var graph = SampleGraphs.Caucasus();
        var view = RelationView.Directed(graph);
        var fights = view.Edges.Where(e => e.Type == "FIGHTS").ToArray();
        Assert.HasCount(2, fights, "FIGHTS is symmetric: one edge each way");
        Assert.AreEqual(1, fights.Count(e => e.IsMirror));
        Assert.IsTrue(fights.All(e => e.Count == 5 && e.Weight == 5 && e.Tone == -10 && e.FirstDate == "2020-09-27" && e.Symmetric));
        Assert.AreEqual("اشتباكات بين أرمينيا وأذربيجان", fights[0].Evidence[0].Text);
        CollectionAssert.AreEquivalent(new[] { "ARM", "AZE" }, fights.Select(e => e.Source.Id).ToArray());
        Assert.AreSame(graph.Edges.Single(e => e.Type == "FIGHTS"), fights[1].Relation);

        var october = RelationView.Directed(graph, GraphView.Default.Between("2020-10-01", "2020-10-31"));
        Assert.IsTrue(october.Edges.All(e => e.Type == "MEDIATES" && e.Count == 3));
        var intensity = RelationView.Directed(graph, GraphView.Default with { Weighting = EdgeWeighting.Intensity });
        Assert.AreEqual(50.0, intensity.Edges.First(e => e.Type == "FIGHTS").Weight, "5 sentences × |−10|");
        var person = view.Vertex("person:putin");
        Assert.AreEqual("Vladimir Putin", person.Node!.NameEn);
        var state = RelationView.Undirected(graph, GraphView.Default.AtStateLevel());
        Assert.IsFalse(state.TryGetVertex("person:putin", out _));
        Assert.AreEqual("RUS", state.Vertex("RUS").Node!.Code);
    }

    [TestMethod]
    public void A_vertex_belongs_to_its_view_and_unknown_vertices_fail_as_in_quikgraph()
    {
        var graph = SampleGraphs.Caucasus();
        var (a, b) = (RelationView.Directed(graph), RelationView.Directed(graph));
        var arm = a.Vertex("ARM");
        Assert.AreNotEqual(arm, b.Vertex("ARM"), "a vertex is equal only to itself");
        Assert.IsFalse(b.ContainsVertex(arm));
        Assert.ThrowsExactly<VertexNotFoundException>(() => b.OutEdges(arm));
        Assert.IsFalse(b.TryGetOutEdges(arm, out _));
        Assert.IsFalse(b.ContainsEdge(a.OutEdges(arm).First()), "an edge of another view");
        Assert.ThrowsExactly<VertexNotFoundException>(() => b.Vertex("XYZ"));
        // metrics live beside vertices: a dictionary keyed by vertex survives copies of the graph
        var pagerank = Centrality.PageRank(a);
        var copy = a.ToBidirectionalGraph();
        Assert.IsTrue(copy.Vertices.All(pagerank.ContainsKey));
        Assert.AreEqual(pagerank[arm], pagerank.ByIndex[arm.Index]);
    }

    [TestMethod]
    public void Undirected_view_lists_each_edge_at_both_ends_and_a_self_loop_once()
    {
        var graph = SyntheticGraphs.Awkward();
        var view = RelationView.Undirected(graph);
        var copy = view.ToUndirectedGraph();
        Assert.AreEqual(graph.RelationEdges.Count(), view.EdgeCount);
        Assert.IsTrue(view.Edges.Any(e => e.Source == e.Target), "the awkward graph has self-loops");
        foreach (var v in view.Vertices)
        {
            CollectionAssert.AreEquivalent(copy.AdjacentEdges(v).ToArray(), view.AdjacentEdges(v).ToArray(), $"adjacent edges of {v}");
            Assert.AreEqual(copy.AdjacentDegree(v), view.AdjacentDegree(v), $"degree of {v} (a self-loop counts twice)");
            foreach (var w in view.Vertices) Assert.AreEqual(copy.ContainsEdge(v, w), view.ContainsEdge(v, w), $"{v} – {w}");
        }
        Assert.IsFalse(view.IsDirected);
    }

    [TestMethod]
    public void Our_algorithms_give_the_same_results_on_the_view_the_arrays_and_a_foreign_quikgraph_graph()
    {
        var graph = SyntheticGraphs.RandomDirected(400, 1500, seed: 21);
        var view = RelationView.Directed(graph);
        var undirected = RelationView.Undirected(graph);
        var (g, u) = (GraphView.Default.Build(graph), GraphView.Default.Undirected().Build(graph));
        // a graph a user built with QuikGraph alone: string vertices, tagged edges weighing the sentence count
        var foreign = new BidirectionalGraph<string, TaggedEdge<string, double>>();
        foreign.AddVertexRange(view.Vertices.Select(v => v.Id).Reverse());
        foreign.AddEdgeRange(view.Edges.Select(e => new TaggedEdge<string, double>(e.Source.Id, e.Target.Id, e.Count)));
        var foreignUndirected = new UndirectedGraph<string, TaggedEdge<string, double>>();
        foreignUndirected.AddVertexRange(undirected.Vertices.Select(v => v.Id));
        foreignUndirected.AddEdgeRange(undirected.Edges.Select(e => new TaggedEdge<string, double>(e.Source.Id, e.Target.Id, e.Count)));

        var pagerank = Centrality.PageRank(g);
        var betweenness = Centrality.Betweenness(g);
        var foreignPagerank = Centrality.PageRank(foreign, e => e.Tag);
        var foreignBetweenness = Centrality.Betweenness(foreign);
        var degree = Centrality.Degree(u);
        var foreignDegree = Centrality.Degree(foreignUndirected, e => e.Tag);
        CollectionAssert.AreEqual(pagerank, Centrality.PageRank(view).ByIndex.ToArray());
        CollectionAssert.AreEqual(betweenness, Centrality.Betweenness(view).ByIndex.ToArray());
        foreach (var v in view.Vertices)
        {
            Assert.AreEqual(pagerank[v.Index], foreignPagerank[v.Id], 1e-12, $"pagerank of {v}");
            Assert.AreEqual(betweenness[v.Index], foreignBetweenness[v.Id], 1e-12, $"betweenness of {v}");
            Assert.AreEqual(degree.Total[v.Index], foreignDegree.Total(v.Id));
            Assert.AreEqual(degree.Strength[v.Index], foreignDegree.Strength(v.Id), 1e-12);
        }
        Assert.AreEqual(Communities.Louvain(u, seed: 3).Modularity, Communities.Louvain(undirected, seed: 3).Modularity);
        CollectionAssert.AreEqual(Communities.Louvain(u, seed: 3).Partition.Membership, Communities.Louvain(undirected, seed: 3).Communities.Partition.Membership);
        var (louvain, foreignLouvain) = (Communities.Louvain(u, seed: 3), Communities.Louvain(foreignUndirected, e => e.Tag, seed: 3));
        Assert.AreEqual(louvain.Modularity, foreignLouvain.Modularity, 1e-12);
        foreach (var v in undirected.Vertices) Assert.AreEqual(louvain.Partition.Membership[v.Index], foreignLouvain.Communities[v.Id]);
        Assert.AreEqual(Components.Weak(g).Count, Components.Weak(foreign).Count);
        Assert.AreEqual(Components.Strong(g).Count, Components.Strong(foreign).Count);
        var strong = Components.Strong(view);
        var foreignStrong = Components.Strong(foreign);
        foreach (var v in view.Vertices)
        foreach (var w in view.Vertices.Take(40))
            Assert.AreEqual(strong[v] == strong[w], foreignStrong[v.Id] == foreignStrong[w.Id]);

        var root = view.VertexAt(0);
        var dijkstra = Paths.Dijkstra(g, 0, e => 1.0 / g.Weights[e]);
        var viaView = Paths.Dijkstra(view, root);
        var viaForeign = Paths.Dijkstra(foreign, root.Id, e => 1.0 / e.Tag);
        var bfs = Paths.BreadthFirst(foreign, root.Id);
        foreach (var v in view.Vertices)
        {
            Assert.AreEqual(dijkstra.Distance[v.Index], viaView.Distance(v));
            Assert.AreEqual(dijkstra.Distance[v.Index], viaForeign.Distance(v.Id), 1e-12);
            Assert.AreEqual(Paths.BreadthFirst(g, 0).Distance[v.Index], bfs.Distance(v.Id));
            if (viaView.TryGetPath(v, out var path))
            {
                Assert.AreEqual(viaView.Distance(v), path.Sum(e => 1.0 / e.Weight), 1e-12);
                if (path.Count > 0) Assert.AreEqual(v, path[^1].Target);
            }
        }
    }

    [TestMethod]
    public void Signed_analyses_on_a_view_equal_those_on_the_graph()
    {
        var graph = SyntheticGraphs.TwoCommunities(sizeEach: 15);
        var undirected = RelationView.Undirected(graph);
        var directed = RelationView.Directed(graph);
        var balance = SignedRelations.Balance(graph);
        foreach (var b in new[] { SignedRelations.Balance(undirected), SignedRelations.Balance(directed), SignedRelations.Balance(directed.ToBidirectionalGraph()) })
        {
            Assert.AreEqual((balance.Triads, balance.BalancedTriads, balance.PositivePairs, balance.NegativePairs), (b.Triads, b.BalancedTriads, b.PositivePairs, b.NegativePairs));
            CollectionAssert.AreEqual(balance.Unbalanced.ToArray(), b.Unbalanced.ToArray());
        }
        var dyads = SignedRelations.TopDyads(graph, Polarity.Conflict, 5);
        Assert.IsNotEmpty(dyads);
        foreach (var d in new[] { SignedRelations.TopDyads(undirected, Polarity.Conflict, 5), SignedRelations.TopDyads(directed, Polarity.Conflict, 5) })
            CollectionAssert.AreEqual(dyads.Select(x => (x.A, x.B, x.Score, x.Sentences)).ToArray(), d.Select(x => (x.A, x.B, x.Score, x.Sentences)).ToArray());
    }

    [TestMethod]
    public void The_condensation_orders_blocs_so_that_each_reaches_only_later_ones()
    {
        // a → b ⇄ c → d, e alone
        var g = CompactGraph.Create(["a", "b", "c", "d", "e"], [new(0, 1, 1, -1), new(1, 2, 1, -1), new(2, 1, 1, -1), new(2, 3, 2, -1), new(1, 3, 1, -1)], directed: true);
        var condensation = Condensation.Of(g, Components.Strong(g));
        Assert.AreEqual(4, condensation.Components.Count);
        var bc = condensation.Components.Membership[1];
        Assert.AreEqual(bc, condensation.Components.Membership[2]);
        var position = condensation.Order.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        Assert.IsTrue(condensation.Links.All(l => position[l.From] < position[l.To]));
        var d = condensation.Components.Membership[3];
        Assert.AreEqual(2, condensation.Links.Single(l => l.From == bc && l.To == d).Edges, "two relation edges: b→d and c→d");
        Assert.HasCount(2, condensation.Links);
    }
}
