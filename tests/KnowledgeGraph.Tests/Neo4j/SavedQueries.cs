namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>The saved queries of graph-schema/neo4j/queries.cypher, each with the name of its "// name:" line.</summary>
internal sealed record SavedQueries(string Name, string Text)
{
    public static string File => Path.Combine(TestPaths.RepoRoot, "graph-schema", "neo4j", "queries.cypher");

    public static IReadOnlyList<SavedQueries> Load() =>
        CypherScripts.Split(System.IO.File.ReadAllText(File))
            .Select(statement => new SavedQueries(
                statement.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("// name:", StringComparison.Ordinal))["// name:".Length..].Trim(),
                statement))
            .ToList();
}
