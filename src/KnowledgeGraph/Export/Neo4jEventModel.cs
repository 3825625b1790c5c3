using System.Text.Json;
using System.Text.Json.Serialization;
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
        const string file = "graph-schema/neo4j/events.json";
        var events = JsonSerializer.Deserialize(EmbeddedData.ReadText(file), Neo4jEventsJson.Default.EventsFile)
            ?? throw new InvalidOperationException($"{file} is empty");
        var roles = events.Roles.ToDictionary(r => r.Role, r => r.Name, StringComparer.Ordinal);
        string Role(string role) => roles.GetValueOrDefault(role) ?? throw new InvalidOperationException($"{file} has no role '{role}'");
        return new Neo4jEventModel(events.Label, events.Reports.Name, Role("agent"), Role("target"), Role("party"), events.Properties);
    }
}

internal sealed record EventsFile(string Label, EventsFile.NamedType Reports, IReadOnlyList<EventsFile.EventRole> Roles,
    IReadOnlyList<AttributeDefinition> Properties)
{
    internal sealed record NamedType(string Name, string Definition);

    internal sealed record EventRole(string Role, string Name, string Definition);
}

/// <summary>Source-generated reader of events.json (no reflection, so the model loads in a Native AOT build).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(EventsFile))]
internal sealed partial class Neo4jEventsJson : JsonSerializerContext;
