using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Export;

/// <summary>
/// graph.json: <c>{"nodes": [...], "edges": [...]}</c> with the attribute names of graph-schema/attributes.json.
/// Arabic is written as UTF-8 text, not \u escapes. Analysis metrics are flat node attributes.
/// </summary>
public static class GraphJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static void Write(RelationGraph graph, string path) => AtomicFile.Write(path, s => Write(graph, s));

    public static void Write(RelationGraph graph, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, WriterOptions);
        w.WriteStartObject();
        w.WriteStartArray("nodes");
        // Utf8JsonWriter keeps everything in memory until flushed: flush as it goes so a big graph streams to disk.
        foreach (var n in graph.Nodes) { WriteNode(w, n); FlushEvery64K(w); }
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var e in graph.Edges) { WriteEdge(w, e); FlushEvery64K(w); }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void FlushEvery64K(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 16) w.Flush();
    }

    private static void WriteNode(Utf8JsonWriter w, GraphNode n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        w.WriteString("kind", n.Kind.ToString());
        w.WriteString("name_en", n.NameEn);
        w.WriteString("name_ar", n.NameAr);
        w.WriteString("code", n.Code);
        WriteAttributes(w, n.OptionalAttributes());
        w.WriteEndObject();
    }

    /// <summary>A node's optional attributes as JSON properties (numbers as numbers).</summary>
    internal static void WriteAttributes(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, object>> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            switch (value)
            {
                case int i: w.WriteNumber(name, i); break;
                case double d: w.WriteNumber(name, d); break;
                default: w.WriteString(name, (string)value); break;
            }
        }
    }

    private static void WriteEdge(Utf8JsonWriter w, GraphEdge e)
    {
        w.WriteStartObject();
        w.WriteString("source", e.Source);
        w.WriteString("target", e.Target);
        w.WriteString("type", e.Type);
        w.WriteNumber("count", e.Count);
        w.WriteNumber("weight", e.Weight);
        w.WriteBoolean("symmetric", e.Symmetric);
        w.WriteNumber("doc_count", e.DocCount);
        w.WriteStartArray("docs");
        foreach (var d in e.Docs) w.WriteStringValue(d);
        w.WriteEndArray();
        WriteOptional(w, "first_date", e.FirstDate);
        WriteOptional(w, "last_date", e.LastDate);
        w.WriteStartArray("evidence");
        foreach (var ev in e.Evidence) WriteEvidence(w, ev, ev.Date);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One evidence sentence: <c>{doc, sentence, text, cue, date}</c>, the date as given (null when unknown).</summary>
    internal static void WriteEvidence(Utf8JsonWriter w, Evidence ev, string? date)
    {
        w.WriteStartObject();
        w.WriteString("doc", ev.Doc);
        w.WriteNumber("sentence", ev.Sentence);
        w.WriteString("text", ev.Text);
        w.WriteString("cue", ev.Cue);
        if (date is null) w.WriteNull("date"); else w.WriteString("date", date);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    /// <summary>Reads a graph.json written by <see cref="Write(RelationGraph, string)"/>.</summary>
    /// <exception cref="GraphFormatException">The file is not a graph.json.</exception>
    public static RelationGraph Read(string path)
    {
        if (!File.Exists(path)) throw new GraphFormatException($"{path}: no such file");
        using var stream = File.OpenRead(path);
        try
        {
            return Read(stream);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new GraphFormatException($"{path}: not a graph.json ({e.Message})");
        }
    }

    public static RelationGraph Read(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        var root = doc.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(ReadNode).ToArray();
        var edges = root.GetProperty("edges").EnumerateArray().Select(ReadEdge).ToArray();
        return new RelationGraph(nodes, edges);
    }

    private static GraphNode ReadNode(JsonElement e)
    {
        int? Int(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        double? Double(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        var metrics = new NodeMetrics(Int("degree"), Double("pagerank"), Double("betweenness"), Int("community"));
        var kindText = e.GetProperty("kind").GetString()!;
        if (!Enum.TryParse<ActorKind>(kindText, out var kind)) throw new FormatException($"unknown node kind '{kindText}'");
        return new GraphNode(
            e.GetProperty("id").GetString()!, kind,
            Str(e, "name_en") ?? "", Str(e, "name_ar") ?? "", Str(e, "code") ?? "")
        {
            Office = Str(e, "office"), OfficeFrom = Str(e, "office_from"), OfficeTo = Str(e, "office_to"),
            Title = Str(e, "title"), Date = Str(e, "date"), Url = Str(e, "url"), Source = Str(e, "source"),
            Metrics = metrics == new NodeMetrics() ? null : metrics,
        };
    }

    private static GraphEdge ReadEdge(JsonElement e)
    {
        var evidence = e.TryGetProperty("evidence", out var ev)
            ? ev.EnumerateArray().Select(x => new Evidence(
                x.GetProperty("doc").GetString()!, x.GetProperty("sentence").GetInt32(),
                Str(x, "text") ?? "", Str(x, "cue") ?? "", Str(x, "date"))).ToArray()
            : [];
        var docs = e.TryGetProperty("docs", out var d) ? d.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        return new GraphEdge(
            e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("type").GetString()!,
            e.GetProperty("count").GetInt32(), e.TryGetProperty("weight", out var w) ? w.GetDouble() : 0,
            e.TryGetProperty("symmetric", out var s) && s.GetBoolean(),
            e.TryGetProperty("doc_count", out var dc) ? dc.GetInt32() : docs.Length,
            docs, Str(e, "first_date"), Str(e, "last_date"), evidence);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

public sealed class GraphFormatException(string message) : Exception(message);
