namespace KnowledgeGraph.Export;

/// <summary>
/// What a GraphML export holds. The default is the relations graph that <c>kg analyze</c> analyses: every actor,
/// every relation edge, no articles and no MENTIONS.
/// </summary>
public sealed record GraphMlOptions
{
    public static GraphMlOptions Default { get; } = new();

    /// <summary>Also the article nodes and their MENTIONS edges.</summary>
    public bool IncludeArticles { get; init; }
    /// <summary>Inclusive YYYY-MM-DD bounds of a time window by evidence date; null means open.</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    /// <summary>Leave out the nodes that have no edge in the export.</summary>
    public bool DropIsolated { get; init; }

    public bool HasWindow => From is not null || To is not null;
}
