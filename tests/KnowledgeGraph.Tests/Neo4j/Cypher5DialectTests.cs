using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Every statement meant for Neo4j 5 goes through Neo4j's own Cypher parser (tools/cypher-lint.mjs).</summary>
[TestClass]
public sealed class Cypher5DialectTests
{
    [TestMethod]
    public void ExporterStatementsForNeo4j5Parse()
    {
        var statements = new List<string>(Neo4jStatements.Schema(Neo4jDialect.Neo4j5));
        var rows = Neo4jRows.From(Neo4jTestGraphs.Seeds(), GraphSchema.Default);
        Assert.IsTrue(rows.NodeGroups().Any(g => g.Key.Label == Neo4jEventModel.Default.Label), "the seeds have events");
        foreach (var tag in new[] { null, Neo4jExporter.TagParameter })
        {
            foreach (var kind in GraphSchema.Default.NodeKinds)
                statements.Add(Neo4jStatements.MergeNodes(kind.Label, kind.Actor, tag: tag));
            statements.Add(Neo4jStatements.MergeNodes(Neo4jEventModel.Default.Label, false, tag: tag));
            foreach (var group in rows.RelationshipGroups())
                statements.Add(Neo4jStatements.MergeRelationships(group.Key.SourceLabel, group.Key.Type, group.Key.TargetLabel, tag: tag));
        }
        statements.Add(Neo4jStatements.CountExisting());
        statements.AddRange(Neo4jStatements.Clear());
        CypherScripts.AssertValidCypher5(statements);
    }

    [TestMethod]
    public void Neo4j5ScriptParsesWithHostileNames()
    {
        var writer = new StringWriter();
        CypherScriptWriter.Write(Neo4jTestGraphs.Hostile(), writer, Neo4jDialect.Neo4j5, batchSize: 4);
        CypherScripts.AssertValidCypher5(CypherScripts.Split(writer.ToString()));
    }

    [TestMethod]
    public void Neo4j5ScriptOfTheSeedsParses()
    {
        var writer = new StringWriter();
        CypherScriptWriter.Write(Neo4jTestGraphs.Seeds(), writer, Neo4jDialect.Neo4j5, tag: "seeds 'v1'");
        CypherScripts.AssertValidCypher5(CypherScripts.Split(writer.ToString()));
    }

    [TestMethod]
    public void LoadCsvScriptForNeo4j5Parses()
    {
        var rows = Neo4jRows.From(Neo4jTestGraphs.Hostile(), GraphSchema.Default);
        CypherScripts.AssertValidCypher5(CypherScripts.Split(Neo4jCsvWriter.LoadCsvScript(rows, Neo4jDialect.Neo4j5)));
    }

    [TestMethod]
    public void SavedQueriesParse() => CypherScripts.AssertValidCypher5(SavedQueries.Load().Select(q => q.Text).ToList());

    [TestMethod]
    public void TheParserRejectsThe3xSchemaSyntax()
    {
        var results = CypherScripts.Lint([Neo4jStatements.Schema(Neo4jDialect.Neo4j3)[0], "MATCH (n RETURN n"]);
        Assert.IsTrue(results.All(r => r.Errors.Length > 0), "the check must be able to fail");
    }
}
