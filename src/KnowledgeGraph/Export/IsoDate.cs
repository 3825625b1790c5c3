using System.Globalization;

namespace KnowledgeGraph.Export;

/// <summary>
/// A news date as YYYY-MM-DD. Outlets write dates as ISO (2017-06-05, with or without a time) or day first
/// (05/06/2017); the graph keeps them as read, so the view normalises before it compares or filters. Null when the
/// text is no date of these forms.
/// </summary>
internal static class IsoDate
{
    private static readonly string[] Forms = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var day = text.Trim().Split('T', ' ')[0];
        return DateOnly.TryParseExact(day, Forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }
}
