using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Export;

/// <summary>What a node's fill colour shows.</summary>
public enum DotColouring { Kind, Community }

/// <summary>The names a node is labelled with.</summary>
public enum NodeLabels { English, Arabic, Both }

public sealed record DotOptions
{
    public static DotOptions Default { get; } = new();

    /// <summary>Draw article nodes and MENTIONS edges too (off by default: a picture of the actors).</summary>
    public bool IncludeArticles { get; init; }
    public DotColouring Colouring { get; init; } = DotColouring.Community;
    public NodeLabels Labels { get; init; } = NodeLabels.English;

    /// <summary>Write the relation types on the edges (off by default: a picture of many pairs stays readable).</summary>
    public bool EdgeLabels { get; init; }

    /// <summary>One drawn edge per relation (source, type, target) instead of one per pair of actors.</summary>
    public bool EveryEdge { get; init; }

    /// <summary>Most nodes drawn; above it the actors of highest PageRank are kept (<see cref="DrawnGraph"/>).</summary>
    public int MaxNodes { get; init; } = int.MaxValue;
}

/// <summary>
/// Graphviz DOT of a graph: one node per actor that takes part in a relation (label = English and/or Arabic name,
/// tooltip = both names and the metrics; shaped and outlined by kind; filled by community when the nodes carry one,
/// otherwise by kind; sized by PageRank) and, by default, one edge per pair of actors: its colour is the tone of the
/// relations between them (green cooperation, red conflict, purple both), its width grows with their sentences, its
/// arrowheads follow their directions, and its label (on request) lists the types with counts and directions. With
/// <see cref="DotOptions.EveryEdge"/> every (source, type, target) is its own edge. Overlap removal (prism) and
/// drawing nodes over edges are set on the graph. <see cref="Legend"/> gives the key that kg render places beside
/// the drawing.
/// </summary>
public static class DotWriter
{
    // Colour-blind-safe qualitative palette (Okabe–Ito) followed by Tableau-like tones for many communities.
    internal static readonly string[] Palette =
    [
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
        "#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5",
    ];

    // Dark outline per ActorKind (Country, Organization, Person, NonState, Region, Article), distinct from the fills.
    private static readonly string[] KindOutline = ["#263238", "#0D47A1", "#4A148C", "#B71C1C", "#4E342E", "#757575"];

    private const string Cooperation = "#2E7D32", Conflict = "#C62828", Mixed = "#6A1B9A", Neutral = "#9E9E9E";
    private const string Font = "DejaVu Sans";

    public static DrawnGraph Write(RelationGraph graph, string path, DotOptions? options = null)
    {
        DrawnGraph? drawn = null;
        AtomicFile.Write(path, s => drawn = Write(graph, s, options));
        return drawn!;
    }

    public static DrawnGraph Write(RelationGraph graph, Stream stream, DotOptions? options = null)
    {
        var (dot, drawn) = ToDot(graph, options);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(dot);
        return drawn;
    }

    public static (string Dot, DrawnGraph Drawn) ToDot(RelationGraph graph, DotOptions? options = null)
    {
        options ??= DotOptions.Default;
        var drawn = DrawnGraph.Of(graph, options.MaxNodes, options.IncludeArticles);
        var byCommunity = UsesCommunities(drawn, options);
        var maxRank = drawn.Nodes.Select(n => n.Metrics?.PageRank ?? 0).DefaultIfEmpty(0).Max();

        var sb = new StringBuilder();
        sb.AppendLine("digraph kg {");
        sb.AppendLine($"  graph [overlap=prism, overlap_scaling=-4, sep=\"+6\", splines=true, outputorder=edgesfirst, fontname=\"{Font}\", pad=0.3];");
        sb.AppendLine($"  node [shape=ellipse, style=filled, fontname=\"{Font}\", fontsize=10, penwidth=0.5, margin=\"0.04,0.02\"];");
        sb.AppendLine($"  edge [fontname=\"{Font}\", fontsize=7, arrowsize=0.6];");
        foreach (var n in drawn.Nodes)
        {
            var size = maxRank > 0 && n.Metrics?.PageRank is { } pr ? 0.3 + 1.4 * Math.Sqrt(pr / maxRank) : 0.4;
            sb.Append("  ").Append(Quote(n.Id)).Append(" [label=").Append(Quote(Label(n, options.Labels)))
                .Append(", shape=").Append(Shape(n.Kind))
                .Append(", fillcolor=").Append(Quote(Fill(n, byCommunity)))
                .Append(", color=").Append(Quote(KindOutline[(int)n.Kind % KindOutline.Length]))
                .Append(byCommunity ? ", penwidth=2" : "")
                .Append(", width=").Append(Number(size)).Append(", height=").Append(Number(size * 0.6))
                .Append(", fontsize=").Append(Number(9 + 8 * size / 1.7))
                .Append(", tooltip=").Append(Quote(Tooltip(n)))
                .AppendLine("];");
        }
        if (options.EveryEdge) WriteEveryEdge(sb, drawn.Edges, options);
        else WritePairs(sb, drawn.Edges, options);
        sb.AppendLine("}");
        return (sb.ToString(), drawn);
    }

    private static bool UsesCommunities(DrawnGraph drawn, DotOptions options) =>
        options.Colouring == DotColouring.Community && drawn.Nodes.Any(n => n.Metrics?.Community is not null);

    private static string Fill(GraphNode n, bool byCommunity) =>
        byCommunity
            ? n.Metrics?.Community is { } c ? Palette[c % Palette.Length] : "#FFFFFF"
            : Palette[(int)n.Kind % Palette.Length];

    private static string Shape(ActorKind kind) => kind switch
    {
        ActorKind.Person => "box",
        ActorKind.Organization => "hexagon",
        ActorKind.Article => "note",
        ActorKind.NonState or ActorKind.Region => "diamond",
        _ => "ellipse",
    };

    private static string Label(GraphNode n, NodeLabels labels) => labels switch
    {
        NodeLabels.Arabic when n.NameAr.Length > 0 => n.NameAr,
        NodeLabels.Both when n.NameAr.Length > 0 => n.NameEn + "\n" + n.NameAr,
        _ => n.NameEn,
    };

    private static string ToneColour(Polarity polarity) =>
        polarity switch { Polarity.Cooperation => Cooperation, Polarity.Conflict => Conflict, _ => Neutral };

    private static void WriteEveryEdge(StringBuilder sb, IEnumerable<GraphEdge> edges, DotOptions options)
    {
        var schema = GraphSchema.Default;
        foreach (var e in edges)
        {
            var colour = ToneColour(schema.Find(e.Type)?.Polarity ?? Polarity.Neutral);
            var evidence = e.Evidence.Count > 0 ? e.Evidence[0].Text : "";
            sb.Append("  ").Append(Quote(e.Source)).Append(" -> ").Append(Quote(e.Target))
                .Append(" [color=").Append(Quote(colour))
                .Append(options.EdgeLabels ? $", label={Quote(e.Type)}, fontcolor={Quote(colour)}" : "")
                .Append(", penwidth=").Append(Number(1 + Math.Log2(Math.Max(1, e.Count))))
                .Append(e.Symmetric ? ", dir=none" : "")
                .Append(", tooltip=").Append(Quote($"{e.Type} ×{e.Count}: {evidence}"))
                .AppendLine("];");
        }
    }

    /// <summary>One edge per unordered pair, drawn from the first to the second node id (ordinal).</summary>
    private static void WritePairs(StringBuilder sb, IEnumerable<GraphEdge> edges, DotOptions options)
    {
        var schema = GraphSchema.Default;
        var pairs = edges
            .GroupBy(e => string.CompareOrdinal(e.Source, e.Target) <= 0 ? (A: e.Source, B: e.Target) : (A: e.Target, B: e.Source))
            .OrderBy(g => g.Key.A, StringComparer.Ordinal).ThenBy(g => g.Key.B, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var relations = pair.OrderByDescending(e => e.Count).ThenBy(e => e.Type, StringComparer.Ordinal).ToArray();
            var polarities = relations.Select(e => schema.Find(e.Type)?.Polarity ?? Polarity.Neutral).Where(p => p != Polarity.Neutral).Distinct().ToArray();
            var colour = polarities.Length switch { 0 => Neutral, 1 => ToneColour(polarities[0]), _ => Mixed };
            var forward = relations.Any(e => !e.Symmetric && e.Source == pair.Key.A);
            var backward = relations.Any(e => !e.Symmetric && e.Source == pair.Key.B);
            var dir = (forward, backward) switch { (true, true) => "both", (true, false) => "forward", (false, true) => "back", _ => "none" };
            var sentences = relations.Sum(e => e.Count);
            string Arrow(GraphEdge e) => e.Symmetric ? "" : e.Source == pair.Key.A ? " →" : " ←";
            var lines = relations.Select(e => $"{e.Type} ×{e.Count}{Arrow(e)}");
            var tooltip = string.Join("\n", relations.Select(e =>
                $"{e.Source} {e.Type} {e.Target} ×{e.Count}" + (e.Evidence.Count > 0 ? ": " + e.Evidence[0].Text : "")));
            sb.Append("  ").Append(Quote(pair.Key.A)).Append(" -> ").Append(Quote(pair.Key.B))
                .Append(" [color=").Append(Quote(colour))
                .Append(options.EdgeLabels ? $", label={Quote(string.Join("\n", lines))}, fontcolor={Quote(colour)}" : "")
                .Append(", penwidth=").Append(Number(1 + Math.Log2(Math.Max(1, sentences))))
                .Append(", dir=").Append(dir)
                .Append(", tooltip=").Append(Quote(tooltip))
                .AppendLine("];");
        }
    }

    /// <summary>
    /// The key of a drawing as a Graphviz node with an HTML-like table: what the fills mean (the largest communities
    /// with their leading members, or the kinds), the shapes, the edge colours and widths, and what was left out.
    /// </summary>
    public static string Legend(DrawnGraph drawn, DotOptions? options = null)
    {
        options ??= DotOptions.Default;
        var rows = new StringBuilder();
        void Row(string swatch, string text) =>
            rows.Append("<TR>").Append(swatch).Append("<TD ALIGN=\"LEFT\">").Append(Html(text)).Append("</TD></TR>");
        string Box(string colour) => $"<TD BGCOLOR=\"{colour}\" WIDTH=\"16\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"></TD>";
        string Line(string colour) => $"<TD><FONT COLOR=\"{colour}\" POINT-SIZE=\"12\">━━</FONT></TD>";
        string Heading(string text) => $"<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>{Html(text)}</B></TD></TR>";

        if (UsesCommunities(drawn, options))
        {
            rows.Append(Heading("Fill: community (Louvain), largest first"));
            var communities = drawn.Nodes.Where(n => n.Kind != ActorKind.Article && n.Metrics?.Community is not null)
                .GroupBy(n => n.Metrics!.Community!.Value)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToArray();
            foreach (var c in communities.Take(8))
            {
                var leaders = c.OrderByDescending(n => n.Metrics?.PageRank ?? 0).ThenBy(n => n.Id, StringComparer.Ordinal).Take(3).Select(n => n.NameEn);
                Row(Box(Palette[c.Key % Palette.Length]), $"{c.Count()}: {string.Join(", ", leaders)}{(c.Count() > 3 ? ", …" : "")}");
            }
            if (communities.Length > 8) Row("<TD></TD>", $"… {communities.Length - 8} smaller communities");
        }
        else
        {
            rows.Append(Heading("Fill: kind"));
            foreach (var kind in drawn.Nodes.Select(n => n.Kind).Distinct().Order())
                Row(Box(Palette[(int)kind % Palette.Length]), kind.ToString());
        }
        rows.Append(Heading("Shape"));
        foreach (var shape in drawn.Nodes.Select(n => n.Kind).Distinct().Order().GroupBy(Shape))
            Row("<TD></TD>", $"{ShapeName(shape.Key)}: {string.Join(", ", shape)}");
        Row("<TD></TD>", "size: PageRank");
        rows.Append(Heading(options.EveryEdge ? "Edges: one per relation" : "Edges: one per pair of actors"));
        Row(Line(Cooperation), "cooperation");
        Row(Line(Conflict), "conflict");
        if (!options.EveryEdge) Row(Line(Mixed), "both");
        if (options.IncludeArticles) Row(Line(Neutral), "an article names the actor");
        Row("<TD></TD>", "width: sentences · arrow: direction");
        if (drawn.Omitted > 0)
            Row("<TD></TD>", $"{drawn.Nodes.Count} of {drawn.Candidates} nodes, those of highest PageRank");
        return "legend [shape=plaintext, margin=0, label=<<TABLE BORDER=\"1\" COLOR=\"#B0BEC5\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\" BGCOLOR=\"white\">"
               + rows + "</TABLE>>];";
    }

    private static string ShapeName(string shape) => shape switch { "box" => "box", "note" => "page", _ => shape };

    private static string Html(string text) =>
        GraphMlWriter.Clean(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private static string Tooltip(GraphNode n)
    {
        var text = $"{n.NameEn} · {n.NameAr} · {n.Kind} {n.Code}";
        if (n.Metrics is { } m)
            text += $" · pagerank {Number(m.PageRank ?? 0)} · betweenness {Number(m.Betweenness ?? 0)} · community {m.Community}";
        return text;
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n, XML-invalid characters dropped (SVG output is XML).</summary>
    public static string Quote(string text)
    {
        var clean = GraphMlWriter.Clean(text);
        var sb = new StringBuilder(clean.Length + 2).Append('"');
        foreach (var c in clean)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}
