using System.Net;
using System.Text;

namespace KnowledgeGraph.Text;

/// <summary>
/// The readable text of an HTML page: markup, comments and the contents of script, style, navigation, header,
/// footer, aside, form and similar elements dropped; block elements end a line; entities decoded; whitespace
/// collapsed; empty lines removed. The title is the &lt;title&gt;, else the first &lt;h1&gt;. One pass, linear in
/// the page; tolerant of unclosed and misnested tags (it never throws on markup).
/// </summary>
public static class HtmlText
{
    public readonly record struct Page(string Title, string Text);

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
        return new Page(pageTitle, CleanLines(text.ToString()));
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
