using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests.View;

/// <summary>
/// `kg render` through Debian's Graphviz, read back from the SVG: no two nodes overlap, one edge per pair of
/// actors, the legend beside the drawing, Arabic labels and edge labels on request, and the node limit with its message.
/// </summary>
[TestClass]
public sealed class RenderTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static void RequireGraphviz()
    {
        Requires.Graphviz("sfdp");
        Requires.Graphviz("neato");
    }

    private static string GraphFile(RelationGraph graph)
    {
        var path = Path.Combine(TestPaths.TempFolder(), "graph.json");
        GraphJson.Write(GraphAnalysis.Annotate(graph).Graph, path);
        return path;
    }

    private static (int Code, string Out, string Err) Kg(params string[] args)
    {
        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        return ChildProcess.Run(dotnet, [Path.Combine(AppContext.BaseDirectory, "kg.dll"), .. args]);
    }

    /// <summary>Each drawn node of the SVG: its id (the title) and its bounding box from its ellipse or polygon.</summary>
    private static Dictionary<string, (double X1, double Y1, double X2, double Y2)> Nodes(XDocument svg)
    {
        var boxes = new Dictionary<string, (double, double, double, double)>();
        foreach (var g in svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node"))
        {
            var id = g.Element(Svg + "title")!.Value;
            double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
            if (g.Descendants(Svg + "ellipse").FirstOrDefault() is { } el)
                boxes[id] = (D(el, "cx") - D(el, "rx"), D(el, "cy") - D(el, "ry"), D(el, "cx") + D(el, "rx"), D(el, "cy") + D(el, "ry"));
            else
            {
                var points = g.Descendants(Svg + "polygon").SelectMany(p => ((string)p.Attribute("points")!).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
                boxes[id] = (points.Min(p => p[0]), points.Min(p => p[1]), points.Max(p => p[0]), points.Max(p => p[1]));
            }
        }
        return boxes;
    }

    private static int Edges(XDocument svg) => svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "edge");

    [TestMethod]
    public void Nodes_do_not_overlap_each_pair_is_one_edge_and_the_legend_stands_beside_the_drawing()
    {
        RequireGraphviz();
        var graph = SyntheticGraphs.RandomDirected(80, 240, seed: 5);
        var path = GraphFile(graph);
        var svgPath = Path.Combine(Path.GetDirectoryName(path)!, "graph.svg");
        var (code, output, err) = Kg("render", path);
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, svgPath, "the picture goes beside the graph by default");
        var svg = XDocument.Load(svgPath);
        var nodes = Nodes(svg);
        var legend = nodes["legend"];
        nodes.Remove("legend");
        var drawnActors = graph.RelationEdges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Count();
        Assert.AreEqual(drawnActors, nodes.Count);
        var boxes = nodes.Values.ToArray();
        for (var i = 0; i < boxes.Length; i++)
        for (var j = i + 1; j < boxes.Length; j++)
        {
            var (a, b) = (boxes[i], boxes[j]);
            Assert.IsFalse(a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2, $"nodes {i} and {j} overlap");
        }
        var pairs = graph.RelationEdges.Select(e => string.CompareOrdinal(e.Source, e.Target) < 0 ? (e.Source, e.Target) : (e.Target, e.Source)).Distinct().Count();
        Assert.AreEqual(pairs, Edges(svg), "one drawn edge per pair of actors");
        Assert.IsTrue(legend.X2 < boxes.Min(b => b.X1), "the legend is left of every node");
        var text = svg.ToString();
        StringAssert.Contains(text, "Fill: community (Louvain), largest first");
        StringAssert.Contains(text, "cooperation");
        Assert.DoesNotContain("×", string.Concat(svg.Descendants(Svg + "text").Select(t => t.Value)), "no edge labels unless asked");
    }

    [TestMethod]
    public void Arabic_names_and_edge_labels_on_request_and_png_or_pdf_by_extension()
    {
        RequireGraphviz();
        var graph = SeedsGraph.Build();
        var path = GraphFile(graph);
        var svgPath = Path.Combine(Path.GetDirectoryName(path)!, "seeds.svg");
        var (code, _, err) = Kg("render", path, "--out", svgPath, "--labels", "Both", "--edge-labels", "--colour", "Kind");
        Assert.AreEqual(0, code, err);
        var texts = XDocument.Load(svgPath).Descendants(Svg + "text").Select(t => t.Value).ToArray();
        CollectionAssert.Contains(texts, "Turkey");
        CollectionAssert.Contains(texts, "تركيا");
        Assert.IsTrue(texts.Any(t => Regex.IsMatch(t, "^SUPPORTS ×2 [→←]$")), "Turkey's two SUPPORTS sentences on their pair's edge");
        CollectionAssert.Contains(texts, "Fill: kind");

        var png = Path.Combine(Path.GetDirectoryName(path)!, "seeds.png");
        Assert.AreEqual(0, Kg("render", path, "--out", png).Code);
        CollectionAssert.AreEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
        var pdf = Path.Combine(Path.GetDirectoryName(path)!, "seeds.pdf");
        Assert.AreEqual(0, Kg("render", path, "--out", pdf, "--every-edge").Code);
        StringAssert.StartsWith(File.ReadAllText(pdf)[..5], "%PDF-");
        (code, _, err) = Kg("render", path, "--out", Path.ChangeExtension(png, ".txt"));
        Assert.AreEqual(UserError.ExitCode, code);
        StringAssert.Contains(err, "give a file ending in .svg, .png or .pdf");
    }

    [TestMethod]
    public void A_large_graph_is_cut_to_the_node_limit_with_a_message()
    {
        RequireGraphviz();
        var graph = SyntheticGraphs.RandomDirected(400, 900, seed: 6);
        var path = GraphFile(graph);
        var (code, _, err) = Kg("render", path, "--max-nodes", "60");
        Assert.AreEqual(0, code, err);
        var candidates = graph.RelationEdges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Count();
        StringAssert.Contains(err, $"drew the 60 nodes of highest PageRank of {candidates}; --max-nodes {candidates} draws them all");
        var svg = XDocument.Load(Path.Combine(Path.GetDirectoryName(path)!, "graph.svg"));
        Assert.AreEqual(61, Nodes(svg).Count, "60 nodes and the legend");
        StringAssert.Contains(svg.ToString(), $"60 of {candidates} nodes, those of highest PageRank");
    }

    [TestMethod]
    public void Every_edge_mode_keeps_one_edge_per_relation_in_dot()
    {
        var graph = SeedsGraph.Build();
        var (dot, drawn) = DotWriter.ToDot(graph, new DotOptions { EveryEdge = true, EdgeLabels = true });
        Assert.AreEqual(graph.RelationEdges.Count(), Regex.Matches(dot, " -> ").Count);
        Assert.AreEqual(graph.RelationEdges.Count(), drawn.Edges.Count);
        StringAssert.Contains(dot, "\"TUR\" -> \"AZE\" [color=\"#2E7D32\", label=\"SUPPORTS\"");
        var (pairs, _) = DotWriter.ToDot(graph);
        Assert.IsLessThan(Regex.Matches(dot, " -> ").Count, Regex.Matches(pairs, " -> ").Count);
    }
}
