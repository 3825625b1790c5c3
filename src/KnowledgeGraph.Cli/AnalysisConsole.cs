using System.Globalization;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Graph;
using Spectre.Console;

namespace KnowledgeGraph.Cli;

/// <summary>Console rendering of analysis results, shared by `kg analyze` and any command that analyses a graph it built.</summary>
public static class AnalysisConsole
{
    public static void Render(AnalysisReport report, RelationGraph graph, IAnsiConsole? console = null)
    {
        console = Console(console);
        var names = Names(graph);
        console.MarkupLine($"[bold]{report.AnalysedNodes}[/] actors, [bold]{report.AnalysedEdges}[/] relation edges " +
                           $"(graph: {report.Nodes} nodes, {report.Edges} edges) · " +
                           $"{report.WeakComponents} weak / {report.StrongComponents} strong components");
        var ranks = new Columns(
            RankTable("PageRank", report.PageRank, "0.0000"),
            RankTable("Betweenness", report.Betweenness, "0.0000"),
            RankTable("Degree", report.Degree, "0"),
            RankTable("Mediators (MEDIATES sentences)", report.Mediators, "0"));
        console.Write(ranks);

        var communities = new Table().Title($"Communities (Louvain, modularity {report.Modularity.ToString("0.000", CultureInfo.InvariantCulture)})")
            .AddColumn("#").AddColumn("size").AddColumn("members (by PageRank)");
        foreach (var c in report.Communities.Where(c => c.Members.Count > 1).Take(12))
            communities.AddRow(c.Index.ToString(CultureInfo.InvariantCulture), c.Members.Count.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", c.Members.Take(12).Select(m => names.GetValueOrDefault(m, m))) + (c.Members.Count > 12 ? ", …" : "")));
        var singletons = report.Communities.Count(c => c.Members.Count == 1);
        var caption = new List<string>();
        if (singletons > 0) caption.Add($"{singletons} communities of one actor not shown");
        if (report.IsolatedActors > 0) caption.Add($"{report.IsolatedActors} actors without relations have no community");
        if (caption.Count > 0) communities.Caption(string.Join("; ", caption));
        console.Write(communities);

        if (report.Blocs.Count > 0) console.Write(BlocTable(report.Blocs, names));

        console.Write(new Columns(
            DyadTable("Top conflict dyads", report.ConflictDyads, names, "red"),
            DyadTable("Top cooperation dyads", report.CooperationDyads, names, "green")));

        var b = report.Balance;
        console.MarkupLine($"[bold]Structural balance[/]: {b.PositivePairs} cooperative and {b.NegativePairs} conflictual pairs; " +
                           $"{b.BalancedTriads}/{b.Triads} triads balanced ({b.BalancedShare.ToString("P1", CultureInfo.InvariantCulture)})");
        if (b.Unbalanced.Count > 0)
        {
            var table = new Table().Title("Unbalanced triads").AddColumn("A").AddColumn("B").AddColumn("C").AddColumn("A–B").AddColumn("B–C").AddColumn("A–C");
            foreach (var t in b.Unbalanced.Take(15))
                table.AddRow(Markup.Escape(names.GetValueOrDefault(t.A, t.A)), Markup.Escape(names.GetValueOrDefault(t.B, t.B)),
                    Markup.Escape(names.GetValueOrDefault(t.C, t.C)), Sign(t.SignAB), Sign(t.SignBC), Sign(t.SignAC));
            if (b.Unbalanced.Count > 15) table.Caption($"… {b.Unbalanced.Count - 15} more");
            console.Write(table);
        }
    }

    /// <summary>One actor's profile: its metrics, relations by type, allies, adversaries and the sentences behind them.</summary>
    public static void RenderProfile(RelationGraph graph, GraphNode actor, EgoNetwork ego, int sentences = 15, IAnsiConsole? console = null)
    {
        console = Console(console);
        var names = Names(graph);
        var m = actor.Metrics;
        console.MarkupLine($"[bold]{Markup.Escape(actor.NameEn)}[/] · {Markup.Escape(actor.NameAr)} · {actor.Kind} {Markup.Escape(actor.Code)} ({Markup.Escape(actor.Id)})");
        if (m is not null)
            console.MarkupLine($"degree {m.Degree} · pagerank {m.PageRank?.ToString("0.0000", CultureInfo.InvariantCulture)} · " +
                               $"betweenness {m.Betweenness?.ToString("0.0000", CultureInfo.InvariantCulture)} · community {m.Community}");

        var relations = new Table().Title("Relations by type").AddColumn("type").AddColumn("direction").AddColumn("with").AddColumn("sentences");
        foreach (var e in ego.Edges.Distinct().OrderBy(e => e.Type, StringComparer.Ordinal).ThenByDescending(e => e.Count))
        {
            var outgoing = e.Source == ego.Actor;
            var other = outgoing ? e.Target : e.Source;
            relations.AddRow(e.Type, e.Symmetric ? "—" : outgoing ? "→" : "←", Markup.Escape(names.GetValueOrDefault(other, other)),
                e.Count.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(relations);
        console.Write(new Columns(TieTable("Allies", ego.Allies, names, "green"), TieTable("Adversaries", ego.Adversaries, names, "red")));

        var evidence = new Table().Title("Sentences").AddColumn("relation").AddColumn("doc").AddColumn("sentence");
        foreach (var (e, ev) in ego.Edges.Distinct().SelectMany(e => e.Evidence.Select(ev => (e, ev))).Take(sentences))
            evidence.AddRow(Markup.Escape($"{names.GetValueOrDefault(e.Source, e.Source)} {e.Type} {names.GetValueOrDefault(e.Target, e.Target)}"),
                Markup.Escape(ev.Doc), Markup.Escape(ev.Text));
        console.Write(evidence);
    }

    /// <summary>How two actors are connected: each alternative path, best first, with every relation on the way and its first sentence.</summary>
    public static void RenderConnections(RelationGraph graph, GraphNode from, GraphNode to, IReadOnlyList<Connection> connections, bool strongest = false,
        IAnsiConsole? console = null)
    {
        console = Console(console);
        var names = Names(graph);
        if (connections.Count == 0)
        {
            console.MarkupLine($"{Markup.Escape(from.NameEn)} and {Markup.Escape(to.NameEn)} are not connected");
            return;
        }
        console.MarkupLine($"{connections.Count} path{(connections.Count == 1 ? "" : "s")} from {Markup.Escape(from.NameEn)} to {Markup.Escape(to.NameEn)}, " +
                           (strongest ? "strongest ties first (Σ 1/sentences)" : "fewest hops first (then the best-backed hops)"));
        var number = 1;
        foreach (var connection in connections)
        {
            console.MarkupLine($"[bold]{number++}. {Markup.Escape(string.Join(" — ", connection.Nodes.Select(n => names.GetValueOrDefault(n, n))))}[/] " +
                               $"({connection.Hops} hop{(connection.Hops == 1 ? "" : "s")})");
            var table = new Table().AddColumn("relation").AddColumn(new TableColumn("sentences").RightAligned()).AddColumn("doc").AddColumn("evidence");
            foreach (var step in connection.Steps)
            foreach (var e in step.Edges)
            {
                var evidence = e.Evidence.Count > 0 ? e.Evidence[0] : null;
                table.AddRow(Markup.Escape($"{names.GetValueOrDefault(e.Source, e.Source)} {e.Type} {names.GetValueOrDefault(e.Target, e.Target)}"),
                    e.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(evidence?.Doc ?? ""), Markup.Escape(evidence?.Text ?? ""));
            }
            console.Write(table);
        }
    }

    /// <summary>The condensation: each bloc (strong component) in topological order and the blocs it acts on.</summary>
    private static Table BlocTable(IReadOnlyList<Bloc> blocs, Dictionary<string, string> names, int rows = 15)
    {
        var label = blocs.ToDictionary(b => b.Index, b => BlocLabel(b, names));
        var links = blocs.ToDictionary(b => b.Index, b => b.Reaches.Sum(r => r.Edges));
        foreach (var (bloc, edges) in blocs.SelectMany(b => b.Reaches)) links[bloc] += edges;
        // the largest and most linked blocs, shown in topological order
        var shown = blocs.OrderByDescending(b => b.Members.Count).ThenByDescending(b => links[b.Index]).Take(rows).Select(b => b.Index).ToHashSet();
        var table = new Table().Title("Which blocs reach which (strong components, sources first)")
            .AddColumn("bloc").AddColumn("acts on (relation edges)");
        foreach (var bloc in blocs.Where(b => shown.Contains(b.Index)))
            table.AddRow(Markup.Escape(label[bloc.Index]),
                Markup.Escape(string.Join("; ", bloc.Reaches.Select(r => $"{label[r.Bloc]} ({r.Edges})"))));
        if (blocs.Count > rows) table.Caption($"{blocs.Count - rows} smaller or less linked blocs not shown");
        return table;
    }

    private static string BlocLabel(Bloc bloc, Dictionary<string, string> names)
    {
        string Name(string id) => names.GetValueOrDefault(id, id);
        return bloc.Members.Count == 1 ? Name(bloc.Members[0])
            : $"{bloc.Members.Count} actors: {string.Join(", ", bloc.Members.Take(3).Select(Name))}{(bloc.Members.Count > 3 ? ", …" : "")}";
    }

    private static Dictionary<string, string> Names(RelationGraph graph) =>
        graph.Nodes.ToDictionary(n => n.Id, n => n.NameEn, StringComparer.Ordinal);

    /// <summary>
    /// The console; when output is redirected to a file or pipe: plain text (no colour codes) as wide as $COLUMNS
    /// says (Spectre assumes 80 then).
    /// </summary>
    public static IAnsiConsole Console(IAnsiConsole? console)
    {
        if (console is not null) return console;
        console = AnsiConsole.Console;
        if (!System.Console.IsOutputRedirected) return console;
        console.Profile.Capabilities.Ansi = false;
        console.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var width) && width > 40) console.Profile.Width = width;
        return console;
    }

    private static Table RankTable(string title, IReadOnlyList<RankedNode> rows, string format)
    {
        var table = new Table().Title(title).AddColumn("#").AddColumn("actor").AddColumn(new TableColumn("value").RightAligned());
        var rank = 1;
        foreach (var r in rows)
            table.AddRow((rank++).ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Name), r.Value.ToString(format, CultureInfo.InvariantCulture));
        return table;
    }

    private static Table DyadTable(string title, IReadOnlyList<Dyad> dyads, Dictionary<string, string> names, string colour)
    {
        var table = new Table().Title(title).AddColumn("pair").AddColumn("types").AddColumn(new TableColumn("intensity").RightAligned()).AddColumn(new TableColumn("sentences").RightAligned());
        foreach (var d in dyads)
            table.AddRow($"[{colour}]{Markup.Escape(names.GetValueOrDefault(d.A, d.A))} – {Markup.Escape(names.GetValueOrDefault(d.B, d.B))}[/]",
                string.Join(", ", d.Types), d.Score.ToString("0.#", CultureInfo.InvariantCulture), d.Sentences.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    private static Table TieTable(string title, IReadOnlyList<Tie> ties, Dictionary<string, string> names, string colour)
    {
        var table = new Table().Title(title).AddColumn("actor").AddColumn("types").AddColumn(new TableColumn("intensity").RightAligned());
        foreach (var t in ties)
            table.AddRow($"[{colour}]{Markup.Escape(names.GetValueOrDefault(t.Actor, t.Actor))}[/]", string.Join(", ", t.Types),
                t.Score.ToString("0.#", CultureInfo.InvariantCulture));
        return table;
    }

    private static string Sign(int sign) => sign > 0 ? "[green]+[/]" : "[red]−[/]";
}
