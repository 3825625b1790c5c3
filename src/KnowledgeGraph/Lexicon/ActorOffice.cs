using System.Globalization;

namespace KnowledgeGraph.Lexicon;

/// <summary>
/// One office of a person: the actor code it acts for, the office's name and its span (<c>YYYY-MM-DD</c>; an empty
/// end means still in office or unknown, an empty start means unknown). The lexicon loader checks the dates.
/// </summary>
public sealed record ActorOffice(string Code, string? Office = null, string? From = null, string? To = null)
{
    /// <summary>The first day of the span, or null when it is open.</summary>
    public DateOnly? Start => ParseDate(From);

    /// <summary>The last day of the span, or null when it is open.</summary>
    public DateOnly? End => ParseDate(To);

    /// <summary>Whether the office was held on <paramref name="date"/> (both ends inclusive, open ends unbounded).</summary>
    public bool Covers(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);

    /// <summary>Days from the span to <paramref name="date"/>: 0 inside it, else the gap to its nearer end.</summary>
    public int DistanceTo(DateOnly date) =>
        Start is { } s && date < s ? s.DayNumber - date.DayNumber
        : End is { } e && date > e ? date.DayNumber - e.DayNumber
        : 0;

    /// <summary>A <c>YYYY-MM-DD</c> date, or the date that starts a longer ISO timestamp; null for anything else.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (text is null || text.Length < 10) return null;
        if (text.Length > 10 && text[10] is not ('T' or ' ')) return null;
        return DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
    }

    /// <summary>Whether <paramref name="text"/> is exactly a valid <c>YYYY-MM-DD</c> date.</summary>
    public static bool IsDate(string text) => text.Length == 10 && ParseDate(text) is not null;
}
