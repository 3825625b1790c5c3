using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph;

/// <summary>Relation edges and the sentences stating them, for one relation type.</summary>
public sealed record RelationTypeCount(string Type, int Edges, long Sentences);

/// <summary>An actor and its degree: the number of relation edges (MENTIONS excluded) it takes part in.</summary>
public sealed record ActorDegree(string Id, string NameEn, string Code, int Degree);

/// <summary>
/// The figures a build prints: actor and article nodes, relations by type, and the actors with the highest degree.
/// O(nodes + edges + k log k).
/// </summary>
public sealed record GraphSummary(int Actors, int ArticleNodes, int MentionEdges, IReadOnlyList<RelationTypeCount> RelationsByType, IReadOnlyList<ActorDegree> TopActors)
{
    public static GraphSummary Of(RelationGraph graph, GraphSchema schema, int top = 10)
    {
        var relations = graph.Edges.Where(e => e.Type != GraphSchema.Mentions).ToArray();
        var byType = relations.GroupBy(e => e.Type)
            .Select(g => new RelationTypeCount(g.Key, g.Count(), g.Sum(e => (long)e.Count)))
            .OrderByDescending(t => t.Sentences).ThenBy(t => t.Type, StringComparer.Ordinal)
            .ToArray();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in relations)
        {
            degree[e.Source] = degree.GetValueOrDefault(e.Source) + 1;
            degree[e.Target] = degree.GetValueOrDefault(e.Target) + 1;
        }
        var actors = graph.Nodes.Where(n => n.Kind != ActorKind.Article).ToArray();
        var topActors = actors
            .Where(n => degree.ContainsKey(n.Id))
            .Select(n => new ActorDegree(n.Id, n.NameEn, n.Code, degree[n.Id]))
            .OrderByDescending(a => a.Degree).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(top)
            .ToArray();
        return new GraphSummary(actors.Length, graph.Nodes.Count - actors.Length,
            graph.Edges.Count - relations.Length, byType, topActors);
    }
}
