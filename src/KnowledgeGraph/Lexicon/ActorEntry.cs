namespace KnowledgeGraph.Lexicon;

/// <summary>The node kinds of graph-schema/actor-kinds.json.</summary>
public enum ActorKind { Country, Organization, Person, NonState, Region, Article }

/// <summary>
/// One actor of the lexicon. <see cref="Id"/> is its node id in the graph; <see cref="Code"/> is the
/// actor code it stands for in triples (for a person, the state or organization it acts for). <see cref="Code"/>,
/// <see cref="Office"/>, <see cref="OfficeFrom"/> and <see cref="OfficeTo"/> are the main line's; a person who also
/// acted for other codes (Zayani: GCC 2011–2020, then Bahrain) has those offices in <see cref="FurtherOffices"/>,
/// and <see cref="CodeOn"/> gives the code for an article's date.
/// </summary>
public sealed record ActorEntry(
    string Id,
    string Code,
    ActorKind Kind,
    string NameEn,
    string NameAr,
    string? Office = null,
    string? OfficeFrom = null,
    string? OfficeTo = null)
{
    /// <summary>Offices beyond the main line, in the order the lexicon lists them.</summary>
    public IReadOnlyList<ActorOffice> FurtherOffices { get; init; } = [];

    /// <summary>The main line's office.</summary>
    public ActorOffice MainOffice => new(Code, Office, OfficeFrom, OfficeTo);

    /// <summary>Every office, the main line's first.</summary>
    public IReadOnlyList<ActorOffice> Offices => [MainOffice, .. FurtherOffices];

    /// <summary>
    /// The office held on <paramref name="date"/> (<c>YYYY-MM-DD</c>, or a timestamp starting with it): the first
    /// listed office whose span covers the date; null when none does. Null or unreadable date: the main line's.
    /// </summary>
    public ActorOffice? OfficeOn(string? date)
    {
        if (ActorOffice.ParseDate(date) is not { } day) return MainOffice;
        foreach (var office in Offices)
            if (office.Covers(day)) return office;
        return null;
    }

    /// <summary>
    /// The actor code for an article dated <paramref name="date"/>: the code of the office held that day (the first
    /// listed when spans overlap); outside every span, the office nearest in time (a person named before taking
    /// office or after leaving it, ties to the earlier listed); null or unreadable date: <see cref="Code"/>.
    /// O(number of offices); an entry with one office answers <see cref="Code"/> without reading the date.
    /// </summary>
    public string CodeOn(string? date)
    {
        if (FurtherOffices.Count == 0 || ActorOffice.ParseDate(date) is not { } day) return Code;
        var best = MainOffice;
        var bestDistance = best.DistanceTo(day);
        foreach (var office in FurtherOffices)
        {
            if (bestDistance == 0) break;
            var distance = office.DistanceTo(day);
            if (distance < bestDistance) (best, bestDistance) = (office, distance);
        }
        return best.Code;
    }
}

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
