using System.Text.RegularExpressions;
using KnowledgeGraph.Export;
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
        Assert.Contains("node." + Neo4jEventModel.Default.Label, selectors);
        foreach (var type in Neo4jEventModel.Default.LinkTypes) Assert.Contains("relationship." + type, selectors);
        var outsideQuotes = Regex.Replace(grass, "\"[^\"]*\"", "");
        Assert.AreEqual(outsideQuotes.Count(c => c == '{'), outsideQuotes.Count(c => c == '}'), "unbalanced braces");
    }

    [TestMethod]
    public void RelationCaptionsNameTheirTypeLiterally()
    {
        // Neo4j Browser replaces <type> only when it is the whole caption; "<type> {count}" would read "<type> 9".
        var grass = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "graph-schema", "neo4j", "style.grass"));
        foreach (Match rule in Regex.Matches(grass, @"^relationship\.(\w+)\s*\{(?<body>[^}]*?caption:\s*""(?<caption>[^""]*)"")", RegexOptions.Multiline))
        {
            var caption = rule.Groups["caption"].Value;
            Assert.IsTrue(caption == "<type>" || !caption.Contains('<'), $"relationship.{rule.Groups[1].Value}: caption '{caption}'");
            Assert.StartsWith(rule.Groups[1].Value, caption, $"relationship.{rule.Groups[1].Value} is captioned with its type");
        }
    }

    [TestMethod]
    public void EveryQuestionHasAQueryThatDraws()
    {
        var queries = SavedQueries.Load();
        var questions = queries.GroupBy(q => q.Name).ToList();
        Assert.IsGreaterThanOrEqualTo(10, questions.Count);
        foreach (var question in questions)
        {
            Assert.IsTrue(question.Any(q => q.Draws), $"'{question.Key}' has a graph query");
            Assert.HasCount(question.Count(), question.Select(q => q.View).Distinct(), $"'{question.Key}': one query per view");
        }
        foreach (var query in queries)
        {
            Assert.Contains(query.View, new[] { "graph", "table" });
            var returned = Regex.Match(query.Text, @"RETURN\s+(?<columns>[^\n]*?)\s*(LIMIT|ORDER|$)", RegexOptions.RightToLeft).Groups["columns"].Value;
            if (query.Draws)
                Assert.IsTrue(Regex.IsMatch(returned, @"^[pq](\s*,\s*[pq])*$"), $"'{query.Name}' (graph) returns paths, not '{returned}'");
        }
    }
}
