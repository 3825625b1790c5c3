using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>The Cypher dialects the exports speak: schema commands changed syntax in 4.x and again in 5.x.</summary>
public enum Neo4jDialect
{
    /// <summary>Neo4j 3.x: <c>CREATE CONSTRAINT ON … ASSERT</c>, unnamed indexes, one database.</summary>
    Neo4j3 = 3,
    /// <summary>Neo4j 4.x: named schema with <c>IF NOT EXISTS</c>, <c>ON … ASSERT</c>; several databases.</summary>
    Neo4j4 = 4,
    /// <summary>Neo4j 5.x and 2025.x (Aura): <c>FOR … REQUIRE</c>.</summary>
    Neo4j5 = 5,
}

/// <summary>
/// The Cypher text of every statement the Neo4j exports run, per dialect. Labels and relationship types are
/// spliced in only after <see cref="Identifier"/> checked them; every value arrives through <c>$rows</c> (HTTP) or
/// through the literal list that <see cref="CypherLiteral"/> writes in its place (script). Rows are
/// <c>{id, props}</c> for nodes and <c>{source, target, props}</c> for relationships; <c>SET x = r.props</c>
/// replaces all properties, so re-running converges to the same values.
/// </summary>
public static class Neo4jStatements
{
    public const string RowsParameter = "$rows";

    public static Neo4jDialect DialectOf(string version) =>
        int.TryParse(version.Split('.')[0], out var major) switch
        {
            true when major <= 3 => Neo4jDialect.Neo4j3,
            true when major == 4 => Neo4jDialect.Neo4j4,
            _ => Neo4jDialect.Neo4j5,
        };

    /// <summary>Uniqueness on Actor.id, Article.id and Event.id, indexes for the saved queries, then (4.x/5.x) wait for them to come online.</summary>
    public static IReadOnlyList<string> Schema(Neo4jDialect dialect)
    {
        var events = Neo4jEventModel.Default.Label;
        (string Name, string Label, string Property)[] unique =
            [("actor_id", "Actor", "id"), ("article_id", "Article", "id"), ("event_id", events, "id")];
        (string Name, string Label, string Property)[] indexes =
            [("actor_code", "Actor", "code"), ("actor_name_en", "Actor", "name_en"), ("article_date", "Article", "date"), ("event_date", events, "date")];
        var statements = new List<string>();
        foreach (var (name, label, property) in unique)
            statements.Add(dialect switch
            {
                Neo4jDialect.Neo4j3 => $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{property} IS UNIQUE",
                Neo4jDialect.Neo4j4 => $"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.{property} IS UNIQUE",
                _ => $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{property} IS UNIQUE",
            });
        foreach (var (name, label, property) in indexes)
            statements.Add(dialect == Neo4jDialect.Neo4j3
                ? $"CREATE INDEX ON :{label}({property})"
                : $"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{property})");
        // 3.x before 3.2 has no db.awaitIndexes; MERGE is correct while an index populates, only slower.
        if (dialect != Neo4jDialect.Neo4j3) statements.Add("CALL db.awaitIndexes(300)");
        return statements;
    }

    /// <summary>
    /// MERGE a batch of nodes of one kind; actors carry the Actor label and their kind label. With a
    /// <paramref name="tag"/> (a Cypher expression: <c>$tag</c> or a literal) the node's <c>loads</c> list keeps the
    /// tags of earlier loads and ends with this one, the load whose properties the node now has.
    /// </summary>
    public static string MergeNodes(string label, bool isActor, string rows = RowsParameter, string? tag = null)
    {
        var key = isActor ? Neo4jRows.ActorLabel : Identifier(label);
        var extraLabel = isActor ? $"\nSET n:{Identifier(label)}" : "";
        return $"UNWIND {rows} AS r\nMERGE (n:{key} {{id: r.id}})\n{Replace("n", tag)}{extraLabel}";
    }

    /// <summary>
    /// MERGE a batch of relationships of one type from nodes labelled <paramref name="sourceLabel"/> to nodes
    /// labelled <paramref name="targetLabel"/>; <paramref name="tag"/> as for <see cref="MergeNodes"/>.
    /// </summary>
    /// <remarks>
    /// Setting and removing a scratch property takes the source node's write lock before the MERGE reads (an
    /// unindexed property, so no index lock), so two transactions
    /// loading the same batch at once (a request retried while the server still ran the first attempt) wait for
    /// each other instead of both creating the relationship.
    /// </remarks>
    public static string MergeRelationships(string sourceLabel, string type, string targetLabel = Neo4jRows.ActorLabel, string rows = RowsParameter, string? tag = null) =>
        $"UNWIND {rows} AS r\nMATCH (s:{Identifier(sourceLabel)} {{id: r.source}})\nMATCH (t:{Identifier(targetLabel)} {{id: r.target}})\n" +
        $"SET s.kg_lock = true\nREMOVE s.kg_lock\nMERGE (s)-[e:{Identifier(type)}]->(t)\n{Replace("e", tag)}";

    /// <summary>Replaces all properties of <paramref name="variable"/> by <c>r.props</c>, keeping the list of load tags when tagged.</summary>
    private static string Replace(string variable, string? tag) => tag is null
        ? $"SET {variable} = r.props"
        : $"WITH {variable}, r, [x IN coalesce({variable}.loads, []) WHERE x <> {tag}] + {tag} AS loads\n" +
          $"SET {variable} = r.props\nSET {variable}.loads = loads";

    /// <summary>A WHERE condition true for the nodes the exports write (Actor, Article, Event).</summary>
    private static string OwnNode(string variable) =>
        string.Join(" OR ", Neo4jRows.Labels(GraphSchema.Default).Select(l => $"{variable}:{Identifier(l)}"));

    /// <summary>The number of exported nodes and of relationships leaving them, already in the database: columns nodes, relationships.</summary>
    public static string CountExisting() =>
        $"MATCH (n) WHERE {OwnNode("n")}\nOPTIONAL MATCH (n)-[r]->()\nRETURN count(DISTINCT n) AS nodes, count(r) AS relationships";

    /// <summary>
    /// The statements that remove what the exports write, each deleting at most <paramref name="batch"/> elements
    /// and returning how many: run each until it returns 0. Relationships first, so no transaction holds a node
    /// with all its relationships; other data in the database is left alone.
    /// </summary>
    public static IReadOnlyList<string> Clear(int batch = 5000) =>
    [
        $"MATCH (n)-[r]->() WHERE {OwnNode("n")}\nWITH r LIMIT {batch}\nDELETE r\nRETURN count(*)",
        $"MATCH (n) WHERE {OwnNode("n")}\nWITH n LIMIT {batch}\nDETACH DELETE n\nRETURN count(*)",
    ];

    /// <summary>A label or type name as it may appear in Cypher text: letters, digits and underscores only.</summary>
    /// <exception cref="ArgumentException">Anything else: it would not be safe to splice.</exception>
    public static string Identifier(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"'{name}' is not a plain Cypher identifier");
        return name;
    }

    /// <summary>The parameter object of one batch: <c>{id, props}</c> per node.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object>> NodeParameters(IEnumerable<Neo4jNodeRow> nodes) =>
        nodes.Select(n => (IReadOnlyDictionary<string, object>)new Dictionary<string, object>
        {
            ["id"] = n.Id,
            ["props"] = WithId(n),
        }).ToArray();

    /// <summary>The parameter object of one batch: <c>{source, target, props}</c> per relationship.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object>> RelationshipParameters(IEnumerable<Neo4jRelationshipRow> relationships) =>
        relationships.Select(r => (IReadOnlyDictionary<string, object>)new Dictionary<string, object>
        {
            ["source"] = r.Source,
            ["target"] = r.Target,
            ["props"] = r.Properties,
        }).ToArray();

    private static Dictionary<string, object> WithId(Neo4jNodeRow n)
    {
        var props = new Dictionary<string, object>(StringComparer.Ordinal) { [Neo4jRows.IdProperty] = n.Id };
        foreach (var (k, v) in n.Properties) props[k] = v;
        return props;
    }
}
