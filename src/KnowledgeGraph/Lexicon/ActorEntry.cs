namespace KnowledgeGraph.Lexicon;

/// <summary>The node kinds of graph-schema/actor-kinds.json.</summary>
public enum ActorKind { Country, Organization, Person, NonState, Region, Article }

/// <summary>
/// One actor of the lexicon. <see cref="Id"/> is its node id in the graph; <see cref="Code"/> is the
/// actor code it stands for in triples (for a person, the state or organization it acts for).
/// </summary>
public sealed record ActorEntry(
    string Id,
    string Code,
    ActorKind Kind,
    string NameEn,
    string NameAr,
    string? Office = null,
    string? OfficeFrom = null,
    string? OfficeTo = null);

/// <summary>How a surface form refers to its actor.</summary>
public enum NameRole
{
    /// <summary>The actor's name or a spelling variant of it (روسيا، أذربايجان، بوتين).</summary>
    Name,
    /// <summary>A nisba adjective or a people's plural (الروسي، الروسية، الروس).</summary>
    Nisba,
    /// <summary>A capital city: the government when it acts, a place when it is only a venue (موسكو).</summary>
    Capital,
    /// <summary>A seat of power standing for the government (الكرملين، البيت الأبيض).</summary>
    Seat,
}

/// <summary>One surface form (already normalised) that names an actor.</summary>
public sealed record ActorName(string Form, string ActorId, NameRole Role);
