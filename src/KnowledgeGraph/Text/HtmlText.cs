using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Text;

/// <summary>
/// The readable text of an HTML page: markup, comments and the contents of script, style, navigation, header,
/// footer, aside, form and similar elements dropped; block elements end a line; entities decoded; whitespace
/// collapsed; empty lines removed. The title is the &lt;title&gt;, else the first &lt;h1&gt;. The publication date
/// candidates are the page's date meta tags (<c>article:published_time</c>, <c>datePublished</c> also in JSON-LD,
/// then <c>pubdate</c>, <c>date</c>, <c>DC.date.issued</c> and kin), then the first &lt;time datetime&gt;, best
/// first. One pass, linear in the page; tolerant of unclosed and misnested tags (it never throws on markup).
/// </summary>
public static class HtmlText
{
    /// <summary>A date the page states, where it states it (for messages), and its rank (0 is the most reliable kind).</summary>
    public readonly record struct DateCandidate(string Where, string Value, int Rank);

    public readonly record struct Page(string Title, string Text, IReadOnlyList<DateCandidate> Dates);

    /// <summary>Meta tag names (name, property or itemprop) that carry the publication date, by rank.</summary>
    private static readonly Dictionary<string, int> MetaDates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article:published_time"] = 0, ["og:article:published_time"] = 0, ["datepublished"] = 0,
        ["pubdate"] = 1, ["publishdate"] = 1, ["publish-date"] = 1, ["publish_date"] = 1, ["date"] = 1,
        ["dc.date"] = 1, ["dc.date.issued"] = 1, ["dc.date.created"] = 1, ["dcterms.issued"] = 1, ["dcterms.created"] = 1,
        ["sailthru.date"] = 1, ["parsely-pub-date"] = 1, ["article.published"] = 1, ["originalpublicationdate"] = 1,
    };

    private const int TimeElementRank = 2;

    private static readonly Regex AttributePattern = new(
        "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))",
        RegexOptions.CultureInvariant);

    private static readonly Regex JsonLdDate = new(
        "\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"", RegexOptions.CultureInvariant);

    /// <summary>Elements whose content is never article text.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "iframe",
        "button", "select", "head",
    };

    /// <summary>Elements whose content is raw text up to the matching end tag (no markup inside).</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea" };

    private static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
        "article", "main", "blockquote", "pre", "hr", "dd", "dt", "dl", "figure", "figcaption", "title", "body", "html",
    };

    public static Page Extract(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var title = new StringBuilder();
        var h1 = new StringBuilder();
        var inTitle = false;
        var h1Depth = 0;
        var h1Done = false;
        var dropDepth = 0;
        var dates = new List<DateCandidate>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var end = html.IndexOf('<', i);
                if (end < 0) end = html.Length;
                var run = html.AsSpan(i, end - i);
                if (inTitle) title.Append(run);
                else if (dropDepth == 0)
                {
                    text.Append(run);
                    if (h1Depth > 0 && !h1Done) h1.Append(run);
                }
                i = end;
                continue;
            }
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var tag = ReadTag(html, i);
            if (tag is null)
            {
                // A '<' that starts no tag is text ("a < b").
                if (dropDepth == 0 && !inTitle) text.Append('<');
                i++;
                continue;
            }
            var (name, closing, selfClosing, next) = tag.Value;
            if (!closing && name is "meta" or "time" or "script") NoteDate(html.AsSpan(i, next - i), name, html, next, dates);
            i = next;
            if (name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                // The title is read even inside <head>, which is otherwise dropped.
                inTitle = !closing && !selfClosing && title.Length == 0;
                continue;
            }
            if (!closing && RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var gt = close < 0 ? -1 : html.IndexOf('>', close);
                i = gt < 0 ? html.Length : gt + 1;
                continue;
            }
            // <body> ends <head> even when </head> is missing.
            if (name == "body" && !closing) dropDepth = 0;
            if (Dropped.Contains(name) && !selfClosing)
            {
                dropDepth = closing ? Math.Max(0, dropDepth - 1) : dropDepth + 1;
                continue;
            }
            if (name.Equals("h1", StringComparison.OrdinalIgnoreCase) && dropDepth == 0)
            {
                if (closing && h1Depth > 0 && --h1Depth == 0 && h1.Length > 0) h1Done = true;
                else if (!closing) h1Depth++;
            }
            if (Block.Contains(name) && dropDepth == 0) text.Append('\n');
        }
        var pageTitle = Clean(title.ToString());
        if (pageTitle.Length == 0) pageTitle = Clean(h1.ToString());
        return new Page(pageTitle, CleanLines(text.ToString()), [.. dates.OrderBy(d => d.Rank)]);
    }

    /// <summary>Adds the date a meta, time or JSON-LD script tag states, if any; <paramref name="after"/> is where the tag's content starts.</summary>
    private static void NoteDate(ReadOnlySpan<char> tag, string name, string html, int after, List<DateCandidate> dates)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in AttributePattern.Matches(tag.ToString()))
        {
            var value = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Success ? match.Groups[3].Value : match.Groups[4].Value;
            attributes.TryAdd(match.Groups[1].Value, WebUtility.HtmlDecode(value).Trim());
        }
        if (name == "meta")
        {
            foreach (var key in new[] { "property", "name", "itemprop" })
                if (attributes.GetValueOrDefault(key) is { } meta && MetaDates.TryGetValue(meta, out var rank)
                    && attributes.GetValueOrDefault("content") is { Length: > 0 } content)
                {
                    dates.Add(new DateCandidate($"<meta {key}=\"{meta}\">", content, rank));
                    return;
                }
        }
        else if (name == "time")
        {
            if (attributes.GetValueOrDefault("datetime") is { Length: > 0 } value && !dates.Any(d => d.Rank == TimeElementRank))
                dates.Add(new DateCandidate("<time datetime>", value, TimeElementRank));
        }
        else if (attributes.GetValueOrDefault("type") is { } type && type.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
        {
            var close = html.IndexOf("</script", after, StringComparison.OrdinalIgnoreCase);
            var json = html.AsSpan(after, (close < 0 ? html.Length : close) - after).ToString();
            if (JsonLdDate.Match(json) is { Success: true } found)
                dates.Add(new DateCandidate("JSON-LD datePublished", found.Groups[1].Value, 0));
        }
    }

    /// <summary>The tag starting at <paramref name="at"/>: its lower-case name, whether it is an end tag or self-closing, and the index after its '&gt;'.</summary>
    private static (string Name, bool Closing, bool SelfClosing, int Next)? ReadTag(string html, int at)
    {
        var i = at + 1;
        if (i >= html.Length) return null;
        var closing = html[i] == '/';
        if (closing) i++;
        if (i < html.Length && html[i] is '!' or '?')
        {
            var gt = html.IndexOf('>', i);
            return ("!", false, true, gt < 0 ? html.Length : gt + 1);
        }
        var start = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':')) i++;
        if (i == start || !char.IsAsciiLetter(html[start])) return null;
        var name = html[start..i].ToLowerInvariant();
        char quote = '\0';
        var selfClosing = false;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '>')
            {
                selfClosing |= html[i - 1] == '/';
                return (name, closing, selfClosing || IsVoid(name), i + 1);
            }
        }
        return (name, closing, true, html.Length);
    }

    private static bool IsVoid(string name) => name is "br" or "hr" or "img" or "meta" or "link" or "input" or "wbr"
        or "area" or "base" or "col" or "embed" or "source" or "track" or "param";

    private static string Clean(string text) => CollapseSpaces(WebUtility.HtmlDecode(text)).Trim();

    private static string CleanLines(string text)
    {
        var lines = WebUtility.HtmlDecode(text).Split('\n')
            .Select(l => CollapseSpaces(l).Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t' or '\r' or '\f' or '\u00A0' or '\n')
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
