using System.Collections.Frozen;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>What extraction reads of each relation type from graph-schema/relation-types.json.</summary>
public static class TypeTraits
{
    private static readonly FrozenSet<string> Symmetric =
        GraphSchema.Default.RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsSymmetric(string type) => Symmetric.Contains(type);
}
