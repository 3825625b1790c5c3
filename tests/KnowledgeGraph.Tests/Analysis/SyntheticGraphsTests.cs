using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Analysis;

[TestClass]
public sealed class SyntheticGraphsTests
{
    [TestMethod]
    public void Random_directed_has_the_requested_size_and_is_reproducible()
    {
        var a = SyntheticGraphs.RandomDirected(1000, 5000, seed: 7);
        var b = SyntheticGraphs.RandomDirected(1000, 5000, seed: 7);
        Assert.HasCount(1000, a.Nodes);
        Assert.HasCount(5000, a.Edges);
        CollectionAssert.AreEqual(a.Edges.Select(e => (e.Source, e.Type, e.Target, e.Count)).ToArray(),
            b.Edges.Select(e => (e.Source, e.Type, e.Target, e.Count)).ToArray());
        Assert.IsFalse(a.Edges.Any(e => e.Source == e.Target));
        Assert.AreEqual(5000, a.Edges.Select(e => (e.Source, e.Type, e.Target)).Distinct().Count());
    }

    [TestMethod]
    public void Symmetric_types_are_stored_source_before_target_and_edges_are_sorted()
    {
        var g = SyntheticGraphs.RandomDirected(50, 400, seed: 3);
        Assert.IsTrue(g.Edges.Where(e => e.Symmetric).All(e => string.CompareOrdinal(e.Source, e.Target) <= 0));
        var sorted = g.Edges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(sorted, g.Edges.ToArray());
    }

    [TestMethod]
    public void Two_communities_are_cooperative_inside_and_conflictual_between()
    {
        var g = SyntheticGraphs.TwoCommunities(sizeEach: 10);
        static int Side(string id) => int.Parse(id[1..]) / 10;
        Assert.IsTrue(g.Edges.All(e => (Side(e.Source) == Side(e.Target)) == (e.Weight > 0)));
        Assert.IsTrue(g.Edges.Any(e => e.Weight < 0));
    }

    [TestMethod]
    public void Awkward_graph_has_self_loops_parallel_edges_isolated_nodes_and_a_person()
    {
        var g = SyntheticGraphs.Awkward(connected: 30, isolated: 5);
        Assert.IsTrue(g.Edges.Any(e => e.Source == e.Target));
        Assert.IsTrue(g.Edges.GroupBy(e => (e.Source, e.Target)).Any(x => x.Count() > 1));
        var touched = g.Edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet();
        Assert.AreEqual(5, g.Nodes.Count(n => !touched.Contains(n.Id)));
        Assert.IsTrue(g.Nodes.Any(n => n.Kind == KnowledgeGraph.Lexicon.ActorKind.Person));
    }
}
