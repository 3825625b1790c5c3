using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// The Event part of the Neo4j model, read from the embedded graph-schema/neo4j/events.json: the Event label, the
/// REPORTS type (article → event), the role types (event → actor) and the event properties with their types.
/// </summary>
public sealed record Neo4jEventModel(
    string Label, string Reports, string Agent, string Target, string Party, IReadOnlyList<AttributeDefinition> Properties)
{
    public static Neo4jEventModel Default { get; } = Load();

    /// <summary>The relationship types that link events: REPORTS and the roles.</summary>
    public IReadOnlyList<string> LinkTypes => [Reports, Agent, Target, Party];

    private static Neo4jEventModel Load()
    {
        using var doc = JsonDocument.Parse(EmbeddedData.ReadText("graph-schema/neo4j/events.json"));
        var root = doc.RootElement;
        var roles = root.GetProperty("roles").EnumerateArray()
            .ToDictionary(r => r.GetProperty("role").GetString()!, r => r.GetProperty("name").GetString()!, StringComparer.Ordinal);
        var properties = root.GetProperty("properties").EnumerateArray()
            .Select(p => new AttributeDefinition(p.GetProperty("name").GetString()!, p.GetProperty("type").GetString()!, p.GetProperty("definition").GetString()!))
            .ToArray();
        return new Neo4jEventModel(
            root.GetProperty("label").GetString()!, root.GetProperty("reports").GetProperty("name").GetString()!,
            roles["agent"], roles["target"], roles["party"], properties);
    }
}
