using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Export;

/// <summary>A node as the Neo4j exports write it: its id, its label (Country, Article, Event, ...) and its other properties.</summary>
public sealed record Neo4jNodeRow(string Id, string Label, bool IsActor, IReadOnlyDictionary<string, object> Properties);

/// <summary>A relationship as the Neo4j exports write it: endpoints by node id and label, the type, and its properties.</summary>
public sealed record Neo4jRelationshipRow(
    string Source, string SourceLabel, string Type, string Target, string TargetLabel, IReadOnlyDictionary<string, object> Properties);

/// <summary>
/// The graph in the shape every Neo4j export uses (HTTP, Cypher script, CSV), so the three give the same database.
/// Nodes: actors (label Actor plus their kind), articles, and one Event per evidence sentence of a relation edge
/// (graph-schema/neo4j/events.json), linked to its article by REPORTS and to its actors by AGENT and TARGET (PARTY
/// for symmetric types). Relationships: one per graph edge with its aggregates — <c>weight</c> is the strength
/// (the sentence count), <c>tone</c> the type's signed cooperation/conflict weight — and the event links.
/// Property names follow graph-schema/attributes.json; absent values, empty strings and empty lists are left out
/// (Neo4j stores no nulls, and 3.x cannot type an empty list). Labels and relationship types come only from
/// graph-schema; anything else is rejected before a statement is built.
/// </summary>
public sealed class Neo4jRows
{
    public const string ActorLabel = "Actor";
    public const string IdProperty = "id";

    public IReadOnlyList<Neo4jNodeRow> Nodes { get; }
    public IReadOnlyList<Neo4jRelationshipRow> Relationships { get; }
    public int EventCount { get; }

    private Neo4jRows(IReadOnlyList<Neo4jNodeRow> nodes, IReadOnlyList<Neo4jRelationshipRow> relationships, int eventCount)
    {
        Nodes = nodes;
        Relationships = relationships;
        EventCount = eventCount;
    }

    /// <summary>The labels of every node an export writes (Actor, Article, Event): what <c>--neo4j-clear</c> removes.</summary>
    public static IReadOnlyList<string> Labels(GraphSchema schema) =>
        [ActorLabel, .. schema.NodeKinds.Where(k => !k.Actor).Select(k => k.Label), Neo4jEventModel.Default.Label];

    /// <exception cref="GraphFormatException">An edge names a type or node outside the graph's contract.</exception>
    public static Neo4jRows From(RelationGraph graph, GraphSchema schema)
    {
        var events = Neo4jEventModel.Default;
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
        var articleLabel = labels[nameof(ActorKind.Article)].Label;
        var relationships = new List<Neo4jRelationshipRow>(graph.Edges.Count);
        var eventCount = 0;
        var noProperties = new Dictionary<string, object>();
        foreach (var edge in graph.Edges)
        {
            if (schema.Find(edge.Type) is null)
                throw new GraphFormatException($"edge {edge.Source} -> {edge.Target}: '{edge.Type}' is not a relation type of graph-schema");
            if (!labelById.TryGetValue(edge.Source, out var sourceLabel))
                throw new GraphFormatException($"edge {edge.Source} -{edge.Type}-> {edge.Target}: no node '{edge.Source}'");
            if (!labelById.TryGetValue(edge.Target, out var targetLabel) || targetLabel != ActorLabel)
                throw new GraphFormatException($"edge {edge.Source} -{edge.Type}-> {edge.Target}: no actor node '{edge.Target}'");
            relationships.Add(new Neo4jRelationshipRow(edge.Source, sourceLabel, edge.Type, edge.Target, ActorLabel, EdgeProperties(edge)));
            if (edge.Type == GraphSchema.Mentions || sourceLabel != ActorLabel) continue;

            foreach (var evidence in edge.Evidence)
            {
                var id = EventId(evidence.Doc, evidence.Sentence, edge.Type, edge.Source, edge.Target);
                if (!labelById.TryAdd(id, events.Label)) continue;
                eventCount++;
                nodes.Add(new Neo4jNodeRow(id, events.Label, false, EventProperties(edge, evidence)));
                var article = ArticleId(evidence.Doc);
                if (labelById.TryGetValue(article, out var label) && label == articleLabel)
                    relationships.Add(new Neo4jRelationshipRow(article, articleLabel, events.Reports, id, events.Label, noProperties));
                var (sourceRole, targetRole) = edge.Symmetric ? (events.Party, events.Party) : (events.Agent, events.Target);
                relationships.Add(new Neo4jRelationshipRow(id, events.Label, sourceRole, edge.Source, ActorLabel, noProperties));
                if (edge.Source != edge.Target || sourceRole != targetRole)
                    relationships.Add(new Neo4jRelationshipRow(id, events.Label, targetRole, edge.Target, ActorLabel, noProperties));
            }
        }
        return new Neo4jRows(nodes, relationships, eventCount);
    }

    /// <summary>The node id of an article of the graph (graph.json names articles article:&lt;doc&gt;).</summary>
    public static string ArticleId(string doc) => "article:" + doc;

    /// <summary>
    /// The id of the event of one sentence stating one relation: <c>event:doc|sentence|type|source|target</c>, with
    /// '%' and '|' inside the parts escaped so that two different events never share an id. Stable across exports,
    /// so loading a graph built from more articles updates the events already there.
    /// </summary>
    public static string EventId(string doc, int sentence, string type, string source, string target)
    {
        var sb = new StringBuilder("event:");
        string[] parts = [doc, sentence.ToString(System.Globalization.CultureInfo.InvariantCulture), type, source, target];
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) sb.Append('|');
            sb.Append(parts[i].Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal));
        }
        return sb.ToString();
    }

    /// <summary>The relationship groups (source label, type, target label) in a fixed order: one statement each.</summary>
    public IEnumerable<IGrouping<(string SourceLabel, string Type, string TargetLabel), Neo4jRelationshipRow>> RelationshipGroups() =>
        Relationships.GroupBy(r => (r.SourceLabel, r.Type, r.TargetLabel))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal)
            .ThenBy(g => g.Key.SourceLabel, StringComparer.Ordinal)
            .ThenBy(g => g.Key.TargetLabel, StringComparer.Ordinal);

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
            ["weight"] = (double)e.Count,
            ["tone"] = e.Weight,
            ["symmetric"] = e.Symmetric,
            ["doc_count"] = (long)e.DocCount,
        };
        if (e.Docs.Count > 0) p["docs"] = e.Docs.ToArray();
        Put(p, "first_date", e.FirstDate);
        Put(p, "last_date", e.LastDate);
        return p;
    }

    private static Dictionary<string, object> EventProperties(GraphEdge edge, Extraction.Evidence evidence)
    {
        var p = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["type"] = edge.Type,
            ["sentence"] = (long)evidence.Sentence,
        };
        Put(p, "doc", evidence.Doc);
        Put(p, "cue", evidence.Cue);
        Put(p, "text", evidence.Text);
        Put(p, "date", evidence.Date);
        return p;
    }

    private static void Put(Dictionary<string, object> p, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) p[name] = value;
    }
}
