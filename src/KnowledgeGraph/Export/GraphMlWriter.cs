using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// graph.graphml, written for Gephi, Cytoscape, yEd, networkx and igraph alike: every key declared before the graph
/// with attr.name, attr.type and for="node"|"edge" (igraph drops keys without attr.type, with for="all" or declared
/// after the graph); a directed graph (edgedefault="directed", without which readers assume undirected) with
/// parallel edges, each with a unique id (networkx uses it as the multigraph key) and marked by the boolean
/// <c>parallel</c>; node <c>label</c> is the English name, edge <c>label</c> the type; edge <c>weight</c> is the
/// strength every tool expects there, the sentence count (positive), and <c>tone</c> the type's signed
/// cooperation/conflict weight. A symmetric relation is written as two opposite edges (the second marked
/// <c>mirrored</c>), the way <c>kg analyze</c> walks it, so that a reader's default PageRank or shortest paths see
/// the graph the analysis sees. No <c>&lt;default&gt;</c> (networkx ignores it): an absent value has no data
/// element, and so has an empty string (networkx cannot read one back); booleans are written true/false and ints as
/// integers; XML-invalid characters removed; Arabic kept as UTF-8.
/// </summary>
public static class GraphMlWriter
{
    /// <summary>What was written: nodes, edges, and how many of the edges are reversed copies of symmetric relations.</summary>
    public readonly record struct GraphMlSummary(int Nodes, int Edges, int Mirrored);

    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the export of <paramref name="options"/> (default: the relations graph) atomically.</summary>
    public static GraphMlSummary Write(RelationGraph graph, string path, GraphMlOptions? options = null)
    {
        GraphMlSummary summary = default;
        AtomicFile.Write(path, s => summary = Write(graph, s, options));
        return summary;
    }

    /// <summary>
    /// Writes the part of <paramref name="graph"/> that <paramref name="options"/> selects (see
    /// <see cref="GraphSelection.Select"/>). With a time window the node metrics are computed again on the window,
    /// before isolated nodes are dropped, so they are those <c>kg analyze --from/--to</c> finds.
    /// </summary>
    public static GraphMlSummary Write(RelationGraph graph, Stream stream, GraphMlOptions? options = null)
    {
        options ??= GraphMlOptions.Default;
        var selected = GraphSelection.Select(graph, options);
        if (options.HasWindow) selected = GraphAnalysis.Annotate(selected).Graph;
        if (options.DropIsolated) selected = GraphSelection.WithoutIsolated(selected);
        return WriteAll(selected, stream);
    }

    /// <summary>One written edge: a graph edge, or the reversed copy of a symmetric one.</summary>
    private readonly record struct WrittenEdge(GraphEdge Edge, string Source, string Target, bool Mirrored);

    private static IEnumerable<WrittenEdge> WrittenEdges(RelationGraph graph)
    {
        foreach (var e in graph.Edges)
        {
            yield return new WrittenEdge(e, e.Source, e.Target, false);
            if (e.Symmetric && e.Source != e.Target) yield return new WrittenEdge(e, e.Target, e.Source, true);
        }
    }

    private static GraphMlSummary WriteAll(RelationGraph graph, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = true };
        using var w = XmlWriter.Create(stream, settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Ns);
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

        foreach (var (name, type) in NodeKeys()) WriteKey(w, "node", name, type);
        foreach (var (name, type) in EdgeKeys()) WriteKey(w, "edge", name, type);

        var edges = WrittenEdges(graph).ToArray();
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");
        w.WriteAttributeString("parse.nodes", graph.Nodes.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("parse.edges", edges.Length.ToString(CultureInfo.InvariantCulture));

        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", Clean(n.Id));
            Data(w, "n_label", n.NameEn);
            Data(w, "n_kind", n.Kind.ToString());
            Data(w, "n_name_en", n.NameEn);
            Data(w, "n_name_ar", n.NameAr);
            Data(w, "n_code", n.Code);
            foreach (var (name, value) in n.OptionalAttributes())
                Data(w, "n_" + name, value switch
                {
                    int i => i.ToString(CultureInfo.InvariantCulture),
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    _ => (string)value,
                });
            w.WriteEndElement();
        }

        var pairCounts = edges.CountBy(e => (e.Source, e.Target)).ToDictionary();
        var index = 0;
        foreach (var (e, source, target, mirrored) in edges)
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", "e" + (index++).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", Clean(source));
            w.WriteAttributeString("target", Clean(target));
            Data(w, "e_label", e.Type);
            Data(w, "e_type", e.Type);
            Data(w, "e_count", e.Count.ToString(CultureInfo.InvariantCulture));
            Data(w, "e_doc_count", e.DocCount.ToString(CultureInfo.InvariantCulture));
            Data(w, "e_weight", ((double)e.Count).ToString("R", CultureInfo.InvariantCulture));
            Data(w, "e_tone", e.Weight.ToString("R", CultureInfo.InvariantCulture));
            Data(w, "e_symmetric", e.Symmetric ? "true" : "false");
            Data(w, "e_mirrored", mirrored ? "true" : "false");
            Data(w, "e_docs", string.Join("|", e.Docs));
            Data(w, "e_first_date", e.FirstDate);
            Data(w, "e_last_date", e.LastDate);
            Data(w, "e_evidence", string.Join(" || ", e.Evidence.Select(x => x.Text)));
            Data(w, "e_parallel", pairCounts[(source, target)] > 1 ? "true" : "false");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        return new GraphMlSummary(graph.Nodes.Count, edges.Length, edges.Count(e => e.Mirrored));
    }

    private static IEnumerable<(string Name, string Type)> NodeKeys()
    {
        yield return ("label", "string");
        foreach (var a in GraphSchema.Default.NodeAttributes.Where(a => a.Name != "id")) yield return (a.Name, a.Type);
    }

    private static IEnumerable<(string Name, string Type)> EdgeKeys()
    {
        yield return ("label", "string");
        foreach (var a in GraphSchema.Default.EdgeAttributes.Where(a => a.Name is not ("source" or "target")))
            yield return (a.Name, a.Type);
        yield return ("mirrored", "boolean");
        yield return ("parallel", "boolean");
    }

    private static void WriteKey(XmlWriter w, string domain, string name, string type)
    {
        w.WriteStartElement("key", Ns);
        w.WriteAttributeString("id", domain[0] + "_" + name);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", key);
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(c)) return false;
        }
        return true;
    }
}
