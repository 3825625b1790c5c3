using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Graph;

[TestClass]
public sealed class GraphSchemaTests
{
    [TestMethod]
    public void Has_the_fifteen_relation_types_of_the_guidelines()
    {
        var names = GraphSchema.Default.RelationTypes.Select(t => t.Name).ToArray();
        CollectionAssert.AreEquivalent(
            new[] { "MEDIATES", "SUPPORTS", "AIDS", "REQUESTS", "CALLS_ON", "CONSULTS", "AGREES", "ACCUSES",
                    "REJECTS", "CRITICIZES", "THREATENS", "FIGHTS", "COOPERATES", "INFORMS", "CONTROLS" },
            names);
    }

    [TestMethod]
    public void Symmetric_types_are_those_the_scorer_compares_unordered()
    {
        var symmetric = GraphSchema.Default.RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).ToArray();
        CollectionAssert.AreEquivalent(new[] { "CONSULTS", "AGREES", "FIGHTS", "COOPERATES" }, symmetric);
    }

    [TestMethod]
    public void Weights_are_within_the_scale_and_every_type_is_defined()
    {
        foreach (var t in GraphSchema.Default.RelationTypes)
        {
            Assert.IsTrue(t.Weight is >= -10 and <= 10, t.Name);
            Assert.IsFalse(string.IsNullOrWhiteSpace(t.Definition), t.Name);
            Assert.IsFalse(string.IsNullOrWhiteSpace(t.CameoRoot), t.Name);
            Assert.IsFalse(string.IsNullOrWhiteSpace(t.Plover), t.Name);
        }
        Assert.AreEqual(Polarity.Conflict, GraphSchema.Default.Get("FIGHTS").Polarity);
        Assert.AreEqual(Polarity.Cooperation, GraphSchema.Default.Get("MEDIATES").Polarity);
    }
}
