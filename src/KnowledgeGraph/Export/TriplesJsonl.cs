using System.Text.Json;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// triples.jsonl in the gold format (GUIDELINES.md §4): one line per distinct (doc, s, r, o) with actor codes,
/// symmetric types as unordered pairs; extra fields say which actors, cue, sentence and rule produced it.
/// </summary>
public sealed class TriplesJsonlWriter(Stream stream, GraphSchema schema) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(stream, GraphJson.WriterOptions with { Indented = false });
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public int Written { get; private set; }

    /// <summary>Writes the distinct triples of one document, in the order their first sentence states them.</summary>
    public void WriteDocument(DocumentExtraction document)
    {
        foreach (var r in DistinctTriples(document.Relations, schema))
        {
            _writer.Reset();
            _writer.WriteStartObject();
            _writer.WriteString("doc", r.Evidence.Doc);
            _writer.WriteString("s", r.Source.Code);
            _writer.WriteString("r", r.Type);
            _writer.WriteString("o", r.Target.Code);
            _writer.WriteString("evidence", r.Evidence.Text);
            _writer.WriteString("s_id", r.Source.Id);
            _writer.WriteString("o_id", r.Target.Id);
            _writer.WriteString("cue", r.Evidence.Cue);
            _writer.WriteNumber("sentence", r.Evidence.Sentence);
            _writer.WriteString("rule", r.Rule);
            _writer.WriteEndObject();
            _writer.Flush();
            stream.Write(NewLine);
            Written++;
        }
    }

    /// <summary>The first relation stating each distinct (s code, type, o code) of a document; same-code pairs dropped.</summary>
    public static IEnumerable<ExtractedRelation> DistinctTriples(IEnumerable<ExtractedRelation> relations, GraphSchema schema)
    {
        var seen = new HashSet<(string, string, string)>();
        foreach (var r in relations)
        {
            var (s, o) = (r.Source.Code, r.Target.Code);
            if (s == o) continue;
            if (schema.Get(r.Type).Symmetric && string.CompareOrdinal(s, o) > 0) (s, o) = (o, s);
            if (seen.Add((s, r.Type, o))) yield return r;
        }
    }

    public void Dispose() => _writer.Dispose();
}
