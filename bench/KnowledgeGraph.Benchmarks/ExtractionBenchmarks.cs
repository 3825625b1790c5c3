using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Extraction of one seed article, and the merge of extractions into the graph (corpus articles: <see cref="StageBenchmarks"/>).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IDocumentExtractor _extractor = null!;
    private Article _seed = null!;
    private IReadOnlyList<DocumentExtraction> _extractions = [];

    [GlobalSetup]
    public void Setup()
    {
        _extractor = RuleBasedExtractor.CreateDefault();
        _seed = Samples.Seeds[0];
        _extractions = Samples.Corpus(200).Concat(Samples.Seeds).Select(_extractor.Extract).ToArray();
    }

    [Benchmark(Description = "extract: seed 000 (one article)")]
    public int ExtractSeed() => _extractor.Extract(_seed).Relations.Count;

    [Benchmark(Description = "merge: 205 extractions into a graph")]
    public int Merge()
    {
        var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default);
        foreach (var e in _extractions) builder.Add(e);
        return builder.Build().Edges.Count;
    }
}
