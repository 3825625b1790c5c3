using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Export;

public sealed record HtmlViewOptions
{
    public static HtmlViewOptions Default { get; } = new();

    /// <summary>Most nodes drawn: above it the actors of highest PageRank are kept and the page says how many were left out.</summary>
    public int MaxNodes { get; init; } = 1500;

    /// <summary>The page's title (the build's output folder, say).</summary>
    public string Title { get; init; } = "Knowledge graph";

    /// <summary>The title of the view of a graph in this folder: the folder's name.</summary>
    public static string TitleFor(string folder) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) is { Length: > 0 } name ? name : "Knowledge graph";
}

/// <summary>
/// graph.html: one self-contained page that draws the actors and their relations with cytoscape.js (vendored under
/// web/vendor/ and embedded, so the page needs no network), with the graph's data inline. The page's own script and
/// style are web/view.js and web/view.css; the data is JSON in a script element, escaped so no text in it can end
/// the element. Article nodes are not drawn: their title, date and address annotate the evidence sentences.
/// </summary>
public static class HtmlViewWriter
{
    private const string DataMarker = "/*KG:DATA*/";
    private static readonly string[] Markers = ["/*KG:TITLE*/", "/*KG:STYLE*/", "/*KG:LIBRARY*/", DataMarker, "/*KG:SCRIPT*/"];

    // Escapes <, >, & and quotes (so "</script>" in a sentence stays inert) but writes Arabic as text.
    private static readonly JsonWriterOptions DataJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static DrawnGraph Write(RelationGraph graph, string path, HtmlViewOptions? options = null)
    {
        DrawnGraph? drawn = null;
        AtomicFile.Write(path, s => drawn = Write(graph, s, options));
        return drawn!;
    }

    /// <summary>Writes the page and returns what was drawn (to tell the user how many nodes were left out).</summary>
    public static DrawnGraph Write(RelationGraph graph, Stream stream, HtmlViewOptions? options = null)
    {
        options ??= HtmlViewOptions.Default;
        var drawn = DrawnGraph.Of(graph, options.MaxNodes);
        var template = EmbeddedData.ReadText("html/view.html");
        var parts = Split(template);
        var fills = new Dictionary<string, Action<Stream>>
        {
            ["/*KG:TITLE*/"] = s => WriteText(s, HtmlEncoder.Default.Encode(options.Title)),
            ["/*KG:STYLE*/"] = s => WriteText(s, EmbeddedData.ReadText("html/view.css")),
            ["/*KG:LIBRARY*/"] = s => WriteText(s, EmbeddedData.ReadText("html/cytoscape.min.js")),
            [DataMarker] = s => WriteData(graph, drawn, options, s),
            ["/*KG:SCRIPT*/"] = s => WriteText(s, EmbeddedData.ReadText("html/view.js")),
        };
        foreach (var (text, marker) in parts)
        {
            WriteText(stream, text);
            if (marker is not null) fills[marker](stream);
        }
        return drawn;
    }

    private static List<(string Text, string? Marker)> Split(string template)
    {
        var parts = new List<(string, string?)>();
        var at = 0;
        while (true)
        {
            var next = Markers.Select(m => (Marker: m, Index: template.IndexOf(m, at, StringComparison.Ordinal)))
                .Where(x => x.Index >= 0).OrderBy(x => x.Index).FirstOrDefault();
            if (next.Marker is null) { parts.Add((template[at..], null)); return parts; }
            parts.Add((template[at..next.Index], next.Marker));
            at = next.Index + next.Marker.Length;
        }
    }

    private static void WriteText(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void WriteData(RelationGraph graph, DrawnGraph drawn, HtmlViewOptions options, Stream stream)
    {
        var schema = GraphSchema.Default;
        using var w = new Utf8JsonWriter(stream, DataJson);
        w.WriteStartObject();
        w.WriteString("title", options.Title);
        w.WriteNumber("candidates", drawn.Candidates);
        w.WriteNumber("omitted", drawn.Omitted);
        w.WriteStartArray("types");
        foreach (var t in schema.RelationTypes)
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            w.WriteString("definition", t.Definition);
            w.WriteNumber("tone", t.Weight);
            w.WriteString("polarity", t.Polarity.ToString().ToLowerInvariant());
            w.WriteBoolean("symmetric", t.Symmetric);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("kinds");
        foreach (var k in schema.NodeKinds.Where(k => k.Actor)) w.WriteStringValue(k.Name);
        w.WriteEndArray();
        w.WriteStartArray("nodes");
        foreach (var n in drawn.Nodes) WriteNode(w, n);
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var e in drawn.Edges) WriteEdge(w, e);
        w.WriteEndArray();
        WriteArticles(w, graph, drawn);
        w.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter w, GraphNode n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        w.WriteString("kind", n.Kind.ToString());
        w.WriteString("en", n.NameEn);
        w.WriteString("ar", n.NameAr);
        w.WriteString("code", n.Code);
        GraphJson.WriteAttributes(w, n.OptionalAttributes());
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, GraphEdge e)
    {
        w.WriteStartObject();
        w.WriteString("s", e.Source);
        w.WriteString("t", e.Target);
        w.WriteString("type", e.Type);
        w.WriteNumber("count", e.Count);
        w.WriteNumber("docs", e.DocCount);
        var dates = e.Evidence.Select(ev => ev.Date).Append(e.FirstDate).Append(e.LastDate)
            .Select(Day).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        if (dates.Length > 0)
        {
            w.WriteString("first", dates[0]);
            w.WriteString("last", dates[^1]);
        }
        w.WriteStartArray("evidence");
        foreach (var ev in e.Evidence) GraphJson.WriteEvidence(w, ev, Day(ev.Date));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// A date as YYYY-MM-DD for the view's date filter. kg build writes every date so; a graph.json built before
    /// dates were normalised on read may hold them as the outlet wrote them (05/06/2017), and those are read the same way.
    /// </summary>
    private static string? Day(string? date) => date is null ? null : ArticleDates.Normalize(date);

    /// <summary>Title, date, address and outlet of every article an evidence sentence comes from, when the graph has its node.</summary>
    private static void WriteArticles(Utf8JsonWriter w, RelationGraph graph, DrawnGraph drawn)
    {
        var cited = drawn.Edges.SelectMany(e => e.Evidence).Select(ev => GraphBuilder.ArticleNodeId(ev.Doc)).ToHashSet(StringComparer.Ordinal);
        w.WriteStartObject("articles");
        foreach (var n in graph.Nodes.Where(n => n.Kind == ActorKind.Article && cited.Contains(n.Id)))
        {
            w.WriteStartObject(n.Id["article:".Length..]);
            if (n.Title is not null) w.WriteString("title", n.Title);
            if (Day(n.Date) is { } date) w.WriteString("date", date);
            if (n.Url is not null) w.WriteString("url", n.Url);
            if (n.Source is not null) w.WriteString("source", n.Source);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
