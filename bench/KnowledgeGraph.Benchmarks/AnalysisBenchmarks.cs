using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Analysis;
using KnowledgeGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The analysis hot paths on a generated graph of 20,000 nodes and 200,000 edges, each on the bare arrays of
/// <see cref="GraphView.Build"/>, through the QuikGraph view <see cref="RelationView"/>, and — where QuikGraph has
/// the algorithm — QuikGraph's own on the same view (`kg analyze --bench` gives the same comparison at 10⁵ nodes).
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private RelationGraph _graph = RelationGraph.Empty;
    private CompactGraph _arrays = null!;
    private DirectedRelationView _view = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = SyntheticGraphs.Large(20_000, 200_000, seed: 4);
        _arrays = GraphView.Default.Build(_graph);
        _view = RelationView.Directed(_graph);
    }

    [Benchmark(Description = "build arrays (GraphView.Build)")]
    public int BuildArrays() => GraphView.Default.Build(_graph).EdgeCount;

    [Benchmark(Description = "build view (RelationView.Directed)")]
    public int BuildView() => RelationView.Directed(_graph).EdgeCount;

    [Benchmark(Description = "PageRank, arrays")]
    public double PageRankArrays() => Centrality.PageRank(_arrays)[0];

    [Benchmark(Description = "PageRank, view")]
    public double PageRankView() => Centrality.PageRank(_view).ByIndex[0];

    [Benchmark(Description = "strong components, arrays")]
    public int StrongArrays() => Components.Strong(_arrays).Count;

    [Benchmark(Description = "strong components, view")]
    public int StrongView() => Components.Strong(_view).Count;

    [Benchmark(Description = "strong components, QuikGraph's on the view")]
    public int StrongQuikGraph() => _view.StronglyConnectedComponents(new Dictionary<ActorVertex, int>());

    [Benchmark(Description = "Dijkstra, arrays")]
    public double DijkstraArrays() => Paths.Dijkstra(_arrays, 0, e => 1.0 / _arrays.Weights[e]).Distance[^1];

    [Benchmark(Description = "Dijkstra, view")]
    public double DijkstraView() => Paths.Dijkstra(_view, _view.VertexAt(0)).Tree.Distance[^1];

    [Benchmark(Description = "Dijkstra, QuikGraph's on the view")]
    public bool DijkstraQuikGraph() => _view.ShortestPathsDijkstra(e => 1.0 / e.Weight, _view.VertexAt(0))(_view.VertexAt(_view.VertexCount - 1), out _);
}
