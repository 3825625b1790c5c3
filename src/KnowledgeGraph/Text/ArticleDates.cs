using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Text;

/// <summary>
/// Article dates as news prints them, to one form, <c>YYYY-MM-DD</c>, so dates compare and sort as text (edge
/// first/last dates, time windows, the Neo4j date queries). Understood: ISO dates with or without a time
/// (<c>2020-11-10</c>, <c>2020-11-10T12:30:00+02:00</c> — the date as written, not moved to UTC), <c>DD/MM/YYYY</c>
/// (also with <c>-</c> or <c>.</c>), <c>YYYY/MM/DD</c>, and a day, month name and year («16 يونيو 2024»,
/// «٣١ أكتوبر/ تشرين الأول ٢٠٢٠», «24 جوان 2016», <c>Tue, 10 Nov 2020 08:00:00 GMT</c>, <c>November 10, 2020</c>)
/// with an optional weekday before and a time or era word («م», «ء») after. Month and day names are data
/// (Text/data/dates.tsv); Arabic-Indic digits, tatweel, diacritics and direction marks are ignored. Years outside
/// 1900–2100, two-digit years, Hijri dates and impossible days (31/04) are not dates.
/// </summary>
public static class ArticleDates
{
    /// <summary>What the message about a date kg cannot read lists as understood.</summary>
    public const string Understood = "YYYY-MM-DD, DD/MM/YYYY, YYYY/MM/DD or a day, month name and year such as «16 يونيو 2024»";

    private static readonly Lazy<Patterns> LazyPatterns = new(() => Patterns.From(EmbeddedData.ReadText("text/dates.tsv")));

    /// <summary>
    /// A date field (JSONL <c>date</c>, an HTML meta tag) as <c>YYYY-MM-DD</c>, or null when it is not a whole date
    /// kg understands. The two forms of most feeds, YYYY-MM-DD and DD/MM/YYYY, are read without the patterns.
    /// </summary>
    public static string? Normalize(string raw)
    {
        var trimmed = raw.AsSpan().Trim();
        if (trimmed.Length == 10 && IsIsoShape(trimmed))
            return Valid(Number(trimmed[..4]), Number(trimmed[5..7]), Number(trimmed[8..])) ? trimmed.ToString() : null;
        if (trimmed.Length == 10 && trimmed[2] == '/' && trimmed[5] == '/' && AllDigits(trimmed[..2]) && AllDigits(trimmed[3..5]) && AllDigits(trimmed[6..]))
        {
            var (day, month, year) = (Number(trimmed[..2]), Number(trimmed[3..5]), Number(trimmed[6..]));
            return Valid(year, month, day) ? Iso(year, month, day) : null;
        }
        var patterns = LazyPatterns.Value;
        var match = patterns.Whole.Match(Fold(raw));
        return match.Success ? patterns.DateOf(match) : null;
    }

    /// <summary>The whole line is one date, perhaps with a weekday, time or era word (a masthead or byline date line).</summary>
    public static bool IsDateLine(string line) => Normalize(line) is not null;

    /// <summary>
    /// The first date written in <paramref name="line"/>: its <c>YYYY-MM-DD</c>, where it starts (in the folded
    /// line, close to the original), and whether «اليوم» and perhaps a weekday stand right before it.
    /// </summary>
    public static (string Iso, int Index, bool Today)? Find(string line)
    {
        var patterns = LazyPatterns.Value;
        var folded = Fold(line);
        for (var match = patterns.Anywhere.Match(folded); match.Success; match = match.NextMatch())
            if (patterns.DateOf(match) is { } iso)
                return (iso, match.Index, patterns.TodayBefore.IsMatch(folded.AsSpan(0, match.Index)));
        return null;
    }

    /// <summary>
    /// The text as dates are matched: Arabic normalisation (digits to ASCII, alef forms, diacritics and tatweel
    /// dropped), presentation forms to letters, direction and zero-width marks dropped, case folded.
    /// </summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in PresentationForms.Fold(text))
        {
            if (c is '\u061C' or '\u200B' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')) continue;
            var mapped = ArabicNormalizer.Map(c);
            if (mapped != '\0') sb.Append(char.IsWhiteSpace(mapped) ? ' ' : char.ToLowerInvariant(mapped));
        }
        return sb.ToString();
    }

    private static bool IsIsoShape(ReadOnlySpan<char> s) =>
        s[4] == '-' && s[7] == '-' && AllDigits(s[..4]) && AllDigits(s[5..7]) && AllDigits(s[8..]);

    private static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool Valid(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static string Iso(int year, int month, int day) =>
        new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The regular expressions, built once from the month, weekday, era and «today» words of the data file.</summary>
    private sealed class Patterns(Regex whole, Regex anywhere, Regex todayBefore, IReadOnlyDictionary<string, int> months)
    {
        public Regex Whole { get; } = whole;
        public Regex Anywhere { get; } = anywhere;
        public Regex TodayBefore { get; } = todayBefore;

        public static Patterns From(string tsv)
        {
            var months = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (cols, line) in Lexicon.TsvRows.Read(tsv, "dates.tsv"))
            {
                if (cols.Length < 3 || cols[2].Length == 0) throw new Lexicon.LexiconException($"dates.tsv:{line}: expected 'kind<TAB>value<TAB>form'");
                var form = Fold(cols[2]);
                if (cols[0] == "month")
                {
                    if (!int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out var monthNumber) || monthNumber is < 1 or > 12)
                        throw new Lexicon.LexiconException($"dates.tsv:{line}: month number '{cols[1]}' is not 1–12");
                    months[form] = monthNumber;
                }
                else if (cols[0] is "weekday" or "era" or "today")
                {
                    if (!words.TryGetValue(cols[0], out var list)) words[cols[0]] = list = [];
                    list.Add(form);
                }
                else throw new Lexicon.LexiconException($"dates.tsv:{line}: kind '{cols[0]}' is not month, weekday, era or today");
            }
            string Alternation(IEnumerable<string> forms) =>
                string.Join('|', forms.Distinct().OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)
                    .Select(f => Regex.Escape(f).Replace("\\ ", "\\s+")));
            var month = $"(?:{Alternation(months.Keys)})(?!\\p{{L}})";
            var weekday = $"(?:{Alternation(words["weekday"])})(?!\\p{{L}})";
            var era = $"(?:{Alternation(words["era"])})(?!\\p{{L}})";
            var today = $"(?:{Alternation(words["today"])})(?!\\p{{L}})";
            const string day = "(?<d>[0-3]?\\d)";
            const string number = "(?<m>[01]?\\d)";
            const string year = "(?<y>\\d{4})";
            var date =
                $"(?<!\\d){day}(?<s>[/.-]){number}\\k<s>{year}(?!\\d)" +
                $"|(?<!\\d){year}(?<s>[/.-]){number}\\k<s>{day}(?!\\d)" +
                $"|(?<!\\d){day}\\s*-?\\s*(?<mn>{month})(?:\\s*[/\\\\(]\\s*(?<mn2>{month})\\s*\\)?)?\\s*[,،]?\\s*{year}(?!\\d)" +
                $"|(?<!\\p{{L}})(?<mn>{month})\\.?\\s+{day}(?:st|nd|rd|th)?\\s*,?\\s*{year}(?!\\d)";
            const string time = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?\\s*(?:z|[ap]\\.?m\\.?|ص|م)?\\s*(?:(?:gmt|utc)\\s*)?(?:[+-]\\d{2}:?\\d{2})?";
            var whole = $"^\\s*(?:{weekday}\\s*[,،]?\\s*)?(?:{date})(?:\\s*{era})?(?:\\s*[,،|t-]?\\s*{time})?\\s*$";
            const RegexOptions options = RegexOptions.CultureInvariant;
            return new Patterns(new Regex(whole, options), new Regex($"(?:{date})", options),
                new Regex($"{today}\\s*(?:{weekday}\\s*)?[,،]?\\s*$", options), months);
        }

        /// <summary>The match as <c>YYYY-MM-DD</c>, or null when it names no real day (31/04, two different month names).</summary>
        public string? DateOf(Match match)
        {
            var day = int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            int month;
            if (match.Groups["mn"].Success)
            {
                month = MonthOf(match.Groups["mn"].Value);
                if (match.Groups["mn2"].Success && MonthOf(match.Groups["mn2"].Value) != month) return null;
            }
            else month = int.Parse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            return Valid(year, month, day) ? Iso(year, month, day) : null;
        }

        private int MonthOf(string written) => months[Regex.Replace(written, "\\s+", " ")];
    }
}
