using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Export;

/// <summary>A node as the Neo4j exports write it: its id, its kind label (Country, Article, ...) and its other properties.</summary>
public sealed record Neo4jNodeRow(string Id, string Label, bool IsActor, IReadOnlyDictionary<string, object> Properties);

/// <summary>A relationship as the Neo4j exports write it: endpoints by node id, the type, and its properties.</summary>
public sealed record Neo4jRelationshipRow(string Source, string SourceLabel, string Type, string Target, IReadOnlyDictionary<string, object> Properties);

/// <summary>
/// The graph in the shape every Neo4j export uses (HTTP, Cypher script, CSV), so the three give the same database.
/// Property names follow graph-schema/attributes.json; absent values, empty strings and empty lists are left out (Neo4j stores no
/// nulls, and 3.x cannot type an empty list). Evidence is the list of sentence texts. Labels and relationship types
/// come only from graph-schema; anything else is rejected before a statement is built.
/// </summary>
public sealed class Neo4jRows
{
    public const string ActorLabel = "Actor";
    public const string IdProperty = "id";

    public IReadOnlyList<Neo4jNodeRow> Nodes { get; }
    public IReadOnlyList<Neo4jRelationshipRow> Relationships { get; }

    private Neo4jRows(IReadOnlyList<Neo4jNodeRow> nodes, IReadOnlyList<Neo4jRelationshipRow> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
    }

    /// <exception cref="GraphFormatException">An edge names a type or node outside the graph's contract.</exception>
    public static Neo4jRows From(RelationGraph graph, GraphSchema schema)
    {
        var labels = schema.NodeKinds.ToDictionary(k => k.Name, k => k, StringComparer.Ordinal);
        var nodes = new List<Neo4jNodeRow>(graph.Nodes.Count);
        var labelById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (!labels.TryGetValue(node.Kind.ToString(), out var kind))
                throw new GraphFormatException($"node '{node.Id}': kind {node.Kind} is not in graph-schema/actor-kinds.json");
            var label = kind.Actor ? ActorLabel : kind.Label;
            if (!labelById.TryAdd(node.Id, label)) throw new GraphFormatException($"node '{node.Id}' appears twice");
            nodes.Add(new Neo4jNodeRow(node.Id, kind.Label, kind.Actor, NodeProperties(node)));
        }
        var relationships = new List<Neo4jRelationshipRow>(graph.Edges.Count);
        foreach (var edge in graph.Edges)
        {
            if (schema.Find(edge.Type) is null)
                throw new GraphFormatException($"edge {edge.Source} -> {edge.Target}: '{edge.Type}' is not a relation type of graph-schema");
            if (!labelById.TryGetValue(edge.Source, out var sourceLabel))
                throw new GraphFormatException($"edge {edge.Source} -{edge.Type}-> {edge.Target}: no node '{edge.Source}'");
            if (!labelById.TryGetValue(edge.Target, out var targetLabel) || targetLabel != ActorLabel)
                throw new GraphFormatException($"edge {edge.Source} -{edge.Type}-> {edge.Target}: no actor node '{edge.Target}'");
            relationships.Add(new Neo4jRelationshipRow(edge.Source, sourceLabel, edge.Type, edge.Target, EdgeProperties(edge)));
        }
        return new Neo4jRows(nodes, relationships);
    }

    /// <summary>The (label of the source node, relationship type) groups in a fixed order: one statement each.</summary>
    public IEnumerable<IGrouping<(string SourceLabel, string Type), Neo4jRelationshipRow>> RelationshipGroups() =>
        Relationships.GroupBy(r => (r.SourceLabel, r.Type)).OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.SourceLabel, StringComparer.Ordinal);

    /// <summary>The node label groups in a fixed order: one statement each.</summary>
    public IEnumerable<IGrouping<(string Label, bool IsActor), Neo4jNodeRow>> NodeGroups() =>
        Nodes.GroupBy(n => (n.Label, n.IsActor)).OrderBy(g => g.Key.Label, StringComparer.Ordinal);

    private static Dictionary<string, object> NodeProperties(GraphNode n)
    {
        var p = new Dictionary<string, object>(StringComparer.Ordinal) { ["kind"] = n.Kind.ToString() };
        Put(p, "name_en", n.NameEn);
        Put(p, "name_ar", n.NameAr);
        Put(p, "code", n.Code);
        foreach (var (name, value) in n.OptionalAttributes())
        {
            if (value is string text && text.Length == 0) continue;
            p[name] = value is int i ? (long)i : value;
        }
        return p;
    }

    private static Dictionary<string, object> EdgeProperties(GraphEdge e)
    {
        var p = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["count"] = (long)e.Count,
            ["weight"] = e.Weight,
            ["symmetric"] = e.Symmetric,
            ["doc_count"] = (long)e.DocCount,
        };
        if (e.Docs.Count > 0) p["docs"] = e.Docs.ToArray();
        Put(p, "first_date", e.FirstDate);
        Put(p, "last_date", e.LastDate);
        if (e.Evidence.Count > 0) p["evidence"] = e.Evidence.Select(ev => ev.Text).ToArray();
        return p;
    }

    private static void Put(Dictionary<string, object> p, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) p[name] = value;
    }
}
