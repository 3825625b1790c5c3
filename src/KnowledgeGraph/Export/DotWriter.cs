using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Export;

/// <summary>What a node's fill colour shows.</summary>
public enum DotColouring { Kind, Community }

public sealed record DotOptions
{
    public static DotOptions Default { get; } = new();

    /// <summary>Draw article nodes and MENTIONS edges too (off by default: a picture of the actors).</summary>
    public bool IncludeArticles { get; init; }
    public DotColouring Colouring { get; init; } = DotColouring.Community;
}

/// <summary>
/// Graphviz DOT of a graph: a digraph with one node per actor (label = English name, tooltip = Arabic name and
/// metrics, shaped by kind, filled by community when the nodes carry one — outlined in the kind's colour — otherwise
/// filled by kind, sized by PageRank) and one edge per
/// graph edge (label = type; green for cooperation, red for conflict, grey otherwise; pen width grows with the
/// sentence count; symmetric types drawn without arrowhead). Isolated actors are left out of the picture.
/// </summary>
public static class DotWriter
{
    // Colour-blind-safe qualitative palette (Okabe–Ito) followed by Tableau-like tones for many communities.
    private static readonly string[] Palette =
    [
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
        "#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5",
    ];

    // Dark outline per ActorKind (Country, Organization, Person, NonState, Region, Article), distinct from the fills.
    private static readonly string[] KindOutline = ["#263238", "#0D47A1", "#4A148C", "#B71C1C", "#4E342E", "#757575"];

    public static void Write(RelationGraph graph, string path, DotOptions? options = null) =>
        AtomicFile.Write(path, s => Write(graph, s, options));

    public static void Write(RelationGraph graph, Stream stream, DotOptions? options = null)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(ToDot(graph, options));
    }

    public static string ToDot(RelationGraph graph, DotOptions? options = null)
    {
        options ??= DotOptions.Default;
        var schema = GraphSchema.Default;
        var edges = graph.Edges.Where(e => options.IncludeArticles || e.Type != GraphSchema.Mentions).ToArray();
        var drawn = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        var nodes = graph.Nodes.Where(n => drawn.Contains(n.Id)).ToArray();
        var byCommunity = options.Colouring == DotColouring.Community && nodes.Any(n => n.Metrics?.Community is not null);
        var maxRank = nodes.Select(n => n.Metrics?.PageRank ?? 0).DefaultIfEmpty(0).Max();

        var sb = new StringBuilder();
        sb.AppendLine("digraph kg {");
        sb.AppendLine("  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"DejaVu Sans\"];");
        sb.AppendLine("  node [shape=ellipse, style=filled, fontname=\"DejaVu Sans\", fontsize=10, penwidth=0.5];");
        sb.AppendLine("  edge [fontname=\"DejaVu Sans\", fontsize=7, arrowsize=0.6];");
        foreach (var n in nodes)
        {
            var kindColour = Palette[(int)n.Kind % Palette.Length];
            var colour = byCommunity
                ? n.Metrics?.Community is { } c ? Palette[c % Palette.Length] : "#FFFFFF"
                : kindColour;
            var size = maxRank > 0 && n.Metrics?.PageRank is { } pr ? 0.4 + 1.6 * Math.Sqrt(pr / maxRank) : 0.5;
            var shape = n.Kind switch
            {
                ActorKind.Person => "box",
                ActorKind.Organization => "hexagon",
                ActorKind.Article => "note",
                ActorKind.NonState or ActorKind.Region => "diamond",
                _ => "ellipse",
            };
            sb.Append("  ").Append(Quote(n.Id)).Append(" [label=").Append(Quote(n.NameEn))
                .Append(", shape=").Append(shape)
                .Append(", fillcolor=").Append(Quote(colour))
                .Append(", color=").Append(Quote(KindOutline[(int)n.Kind % KindOutline.Length]))
                .Append(byCommunity ? ", penwidth=2" : "")
                .Append(", width=").Append(Number(size))
                .Append(", tooltip=").Append(Quote(Tooltip(n)))
                .AppendLine("];");
        }
        foreach (var e in edges)
        {
            var polarity = schema.Find(e.Type)?.Polarity ?? Polarity.Neutral;
            var colour = polarity switch { Polarity.Cooperation => "#2E7D32", Polarity.Conflict => "#C62828", _ => "#9E9E9E" };
            var evidence = e.Evidence.Count > 0 ? e.Evidence[0].Text : "";
            sb.Append("  ").Append(Quote(e.Source)).Append(" -> ").Append(Quote(e.Target))
                .Append(" [label=").Append(Quote(e.Type))
                .Append(", color=").Append(Quote(colour))
                .Append(", fontcolor=").Append(Quote(colour))
                .Append(", penwidth=").Append(Number(1 + Math.Log2(Math.Max(1, e.Count))))
                .Append(e.Symmetric ? ", dir=none" : "")
                .Append(", tooltip=").Append(Quote($"{e.Type} ×{e.Count}: {evidence}"))
                .AppendLine("];");
        }
        sb.AppendLine("}");
        return sb.ToString();
    }

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
