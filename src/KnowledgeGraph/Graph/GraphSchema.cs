using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KnowledgeGraph.Graph;

/// <summary>One relation type of graph-schema/relation-types.json.</summary>
public sealed record RelationType(
    string Name,
    string Definition,
    string? Cameo,
    [property: JsonPropertyName("cameo_root")] string? CameoRoot,
    string? Plover,
    double Weight,
    bool Symmetric)
{
    public Polarity Polarity => Weight > 0 ? Polarity.Cooperation : Weight < 0 ? Polarity.Conflict : Polarity.Neutral;
}

public enum Polarity { Conflict = -1, Neutral = 0, Cooperation = 1 }

/// <summary>One attribute of graph-schema/attributes.json.</summary>
public sealed record AttributeDefinition(string Name, string Type, string Definition);

/// <summary>One node kind of graph-schema/actor-kinds.json.</summary>
public sealed record NodeKindDefinition(string Name, string Label, bool Actor, string Definition);

/// <summary>
/// The graph's contract, read from the embedded copy of graph-schema/. Code takes relation types,
/// node kinds and attribute names from here rather than from lists of its own.
/// </summary>
public sealed class GraphSchema
{
    public const string Mentions = "MENTIONS";

    public IReadOnlyList<RelationType> RelationTypes { get; }
    public IReadOnlyList<RelationType> StructuralTypes { get; }
    public IReadOnlyList<NodeKindDefinition> NodeKinds { get; }
    public IReadOnlyList<AttributeDefinition> NodeAttributes { get; }
    public IReadOnlyList<AttributeDefinition> EdgeAttributes { get; }

    private readonly FrozenDictionary<string, RelationType> _byName;

    private GraphSchema(RelationTypesFile relations, ActorKindsFile kinds, AttributesFile attributes)
    {
        RelationTypes = relations.Types;
        StructuralTypes = relations.Structural;
        NodeKinds = kinds.Kinds;
        NodeAttributes = attributes.Node;
        EdgeAttributes = attributes.Edge;
        _byName = relations.Types.Concat(relations.Structural).ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public static GraphSchema Default { get; } = Load();

    /// <summary>The relation type with this name (a relation type or MENTIONS), or null.</summary>
    public RelationType? Find(string name) => _byName.GetValueOrDefault(name);

    public RelationType Get(string name) =>
        Find(name) ?? throw new ArgumentException($"'{name}' is not a relation type of graph-schema/relation-types.json");

    public bool IsRelationType(string name) => _byName.TryGetValue(name, out var t) && RelationTypes.Contains(t);

    private static GraphSchema Load()
    {
        T Read<T>(string file, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(EmbeddedData.ReadText("graph-schema/" + file), type)
            ?? throw new InvalidOperationException($"graph-schema/{file} is empty");
        var json = GraphSchemaJson.Default;
        return new GraphSchema(
            Read("relation-types.json", json.RelationTypesFile),
            Read("actor-kinds.json", json.ActorKindsFile),
            Read("attributes.json", json.AttributesFile));
    }
}

internal sealed record RelationTypesFile(IReadOnlyList<RelationType> Types, IReadOnlyList<RelationType> Structural);
internal sealed record ActorKindsFile(IReadOnlyList<NodeKindDefinition> Kinds);
internal sealed record AttributesFile(IReadOnlyList<AttributeDefinition> Node, IReadOnlyList<AttributeDefinition> Edge);

/// <summary>Source-generated readers of the graph-schema files (no reflection, so the schema loads in a Native AOT build).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(RelationTypesFile))]
[JsonSerializable(typeof(ActorKindsFile))]
[JsonSerializable(typeof(AttributesFile))]
internal sealed partial class GraphSchemaJson : JsonSerializerContext;
