namespace KnowledgeGraph.Text;

/// <summary>
/// The title and date of a plain-text article, from its first lines as news pages print them:
/// <list type="bullet">
/// <item>leading lines that are only a date («الأحد 16 يونيو 2024», the page's masthead) or page furniture (an ad
/// slot, a byline: the boilerplate rules of <see cref="TextCleaner"/>) are not the title;</item>
/// <item>the title is the first other non-empty line (the first non-empty line if every leading line is furniture);</item>
/// <item>the date is the first one written in the <see cref="LinesAfterTitle"/> lines after the title where a
/// dateline puts it — within the first <see cref="DatelineReach"/> characters of the line («عرب وعالم9-10-2020 | 22:35»,
/// «(سبوتنيك - 17 نوفمبر 2021ء) أعلن …») or right after «اليوم» («أكد مصدر اليوم الأحد 19 مارس 2017») — else the
/// masthead date, else none.</item>
/// </list>
/// A date after the title wins over the masthead's: the masthead often carries the day the page was fetched.
/// </summary>
public static class TextHead
{
    public const int LinesAfterTitle = 2;
    public const int DatelineReach = 60;

    /// <summary>How many leading date or furniture lines may stand before the title.</summary>
    private const int MaxMastheadLines = 8;

    public static (string Title, string? Date) Read(string text)
    {
        string? masthead = null;
        string? title = null;
        string? firstLine = null;
        var mastheadLines = 0;
        var linesAfterTitle = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (title is null)
            {
                var candidate = line.ToString();
                firstLine ??= candidate;
                if (mastheadLines++ == MaxMastheadLines) title = firstLine;
                else if (line.Length <= 80 && ArticleDates.Normalize(candidate) is { } date) masthead ??= date;
                else if (!TextCleaner.Default.IsBoilerplate(candidate)) title = candidate;
                continue;
            }
            if (++linesAfterTitle > LinesAfterTitle) break;
            if (Dateline(line.ToString()) is { } dated) return (title, dated);
        }
        return (title ?? firstLine ?? "", masthead);
    }

    /// <summary>The date a line carries in dateline position (see the class summary), or null.</summary>
    public static string? Dateline(string line) =>
        ArticleDates.Find(line) is { } found && (found.Index <= DatelineReach || found.Today) ? found.Iso : null;
}
