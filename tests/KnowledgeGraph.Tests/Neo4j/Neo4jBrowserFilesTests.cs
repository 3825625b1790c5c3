using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Neo4j;

[TestClass]
public sealed class Neo4jBrowserFilesTests
{
    [TestMethod]
    public void StyleCoversEveryLabelAndRelationType()
    {
        var grass = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "graph-schema", "neo4j", "style.grass"));
        var selectors = Regex.Matches(grass, @"^(node|relationship)(?:\.(\w+))?\s*\{", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value + "." + m.Groups[2].Value).ToHashSet();
        foreach (var kind in GraphSchema.Default.NodeKinds) Assert.Contains("node." + kind.Label, selectors);
        Assert.Contains("node.Actor", selectors);
        foreach (var type in GraphSchema.Default.RelationTypes.Concat(GraphSchema.Default.StructuralTypes))
            Assert.Contains("relationship." + type.Name, selectors);
        var outsideQuotes = Regex.Replace(grass, "\"[^\"]*\"", "");
        Assert.AreEqual(outsideQuotes.Count(c => c == '{'), outsideQuotes.Count(c => c == '}'), "unbalanced braces");
    }

    [TestMethod]
    public void TenSavedQueriesWithDistinctNames()
    {
        var queries = SavedQueries.Load();
        Assert.HasCount(10, queries);
        Assert.HasCount(10, queries.Select(q => q.Name).Distinct());
    }
}
