using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Whole-article extraction (seed and corpus articles) and the merge of extractions into the graph.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IDocumentExtractor _extractor = null!;
    private Article _seed = null!;
    private IReadOnlyList<Article> _corpus = [];
    private IReadOnlyList<DocumentExtraction> _extractions = [];

    [GlobalSetup]
    public void Setup()
    {
        _extractor = RuleBasedExtractor.CreateDefault();
        _seed = Samples.Seeds[0];
        _corpus = Samples.Corpus(200);
        _extractions = _corpus.Concat(Samples.Seeds).Select(_extractor.Extract).ToArray();
    }

    [Benchmark(Description = "extract: seed 000 (one article)")]
    public int ExtractSeed() => _extractor.Extract(_seed).Relations.Count;

    [Benchmark(Description = "extract: 200 corpus articles")]
    public int ExtractCorpus()
    {
        var sentences = 0;
        foreach (var article in _corpus) sentences += _extractor.Extract(article).SentenceCount;
        return sentences;
    }

    [Benchmark(Description = "merge: 205 extractions into a graph")]
    public int Merge()
    {
        var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default);
        foreach (var e in _extractions) builder.Add(e);
        return builder.Build().Edges.Count;
    }
}
