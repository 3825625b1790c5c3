namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>
/// The saved queries of graph-schema/neo4j/queries.cypher, each with the question of its "// name:" line and the
/// view of its "// view:" line (graph: it returns paths to draw; table: rows).
/// </summary>
internal sealed record SavedQueries(string Name, string View, string Text)
{
    public static string File => Path.Combine(TestPaths.RepoRoot, "graph-schema", "neo4j", "queries.cypher");

    public bool Draws => View == "graph";

    public static IReadOnlyList<SavedQueries> Load() =>
        CypherScripts.Split(System.IO.File.ReadAllText(File))
            .Select(statement => new SavedQueries(Comment(statement, "name"), Comment(statement, "view"), statement))
            .ToList();

    private static string Comment(string statement, string key)
    {
        var prefix = $"// {key}:";
        return statement.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Trim();
    }
}
