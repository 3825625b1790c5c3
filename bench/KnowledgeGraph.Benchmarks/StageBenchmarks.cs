using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The extractor's hot paths, each over the same 200 corpus articles (their sentences, tokens and parses are
/// prepared once), so the stages can be compared: cleaning and splitting, normalising, tokenising, clitic readings,
/// gazetteer (actor trie) matching, sentence parsing, relation patterns, the whole article; then one seed article,
/// and the merge of the extractions into a graph.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private RuleBasedExtractor _extractor = null!;
    private ActorTrie _trie = null!;
    private IReadOnlyList<Article> _articles = [];
    private string[] _articleTexts = [];
    private string[] _sentences = [];
    private Token[][] _tokens = [];
    private TokenReading[][][] _readings = [];
    private (SentenceParse[] Parses, KnowledgeGraph.Extraction.Document.DocumentState State)[] _documents = [];
    private IReadOnlyList<DocumentExtraction> _extractions = [];

    [GlobalSetup]
    public void Setup()
    {
        _extractor = RuleBasedExtractor.CreateDefault();
        _trie = new ActorTrie(_extractor.Lexicon);
        _articles = Samples.Corpus(200);
        _articleTexts = _articles.Select(RuleBasedExtractor.ArticleText).ToArray();
        var perArticle = _articleTexts.Select(t => _extractor.Sentences(t).Select(s => s.Of(t)).ToArray()).ToArray();
        _sentences = perArticle.SelectMany(s => s).ToArray();
        _tokens = _sentences.Select(Tokenizer.Tokenize).ToArray();
        _readings = _tokens.Select(ts => ts.Select(t => TokenForms.Readings(t.Norm)).ToArray()).ToArray();
        _documents = perArticle.Select(ss =>
        {
            var parses = ss.Select(_extractor.Parser.Parse).ToArray();
            return (parses, KnowledgeGraph.Extraction.Document.DocumentState.Open(parses, null));
        }).ToArray();
        _extractions = _articles.Concat(Samples.Seeds).Select(_extractor.Extract).ToArray();
        Console.WriteLine($"// {_articles.Count} articles, {_sentences.Length} sentences, {_tokens.Sum(t => t.Length)} tokens");
    }

    [Benchmark(Description = "clean + split sentences")]
    public int CleanAndSplit()
    {
        var n = 0;
        foreach (var text in _articleTexts) n += _extractor.Sentences(text).Count;
        return n;
    }

    [Benchmark(Description = "normalise sentences")]
    public int Normalise()
    {
        var n = 0;
        foreach (var s in _sentences) n += ArabicNormalizer.Normalize(s).Length;
        return n;
    }

    [Benchmark(Description = "tokenise sentences")]
    public int Tokenise()
    {
        var n = 0;
        foreach (var s in _sentences) n += Tokenizer.Tokenize(s).Length;
        return n;
    }

    [Benchmark(Description = "clitic readings of tokens")]
    public int Readings()
    {
        var n = 0;
        foreach (var ts in _tokens)
        foreach (var t in ts)
            n += TokenForms.Readings(t.Norm).Length;
        return n;
    }

    [Benchmark(Description = "gazetteer: actor trie at every token")]
    public int Gazetteer()
    {
        var n = 0;
        for (var s = 0; s < _tokens.Length; s++)
        for (var i = 0; i < _tokens[s].Length; i++)
            if (_trie.Match(_tokens[s], _readings[s], i) is not null) n++;
        return n;
    }

    [Benchmark(Description = "parse sentences (all of the above + cues)")]
    public int Parse()
    {
        var n = 0;
        foreach (var s in _sentences) n += _extractor.Parser.Parse(s).Groups.Count;
        return n;
    }

    [Benchmark(Description = "events and relations of parsed sentences")]
    public int RelationPatterns()
    {
        var n = 0;
        foreach (var (parses, state) in _documents)
        {
            var doc = state;
            for (var i = 0; i < parses.Length; i++)
            {
                var reading = KnowledgeGraph.Extraction.Events.SentenceEvents.Read(parses[i], i, doc);
                doc = reading.Next;
                n += reading.Relations.Length;
            }
        }
        return n;
    }

    [Benchmark(Description = "whole-article extraction")]
    public int WholeArticle()
    {
        var n = 0;
        foreach (var a in _articles) n += _extractor.Extract(a).SentenceCount;
        return n;
    }

    [Benchmark(Description = "extract: seed 000 (one article)")]
    public int ExtractSeed() => _extractor.Extract(Samples.Seeds[0]).Relations.Count;

    [Benchmark(Description = "merge: 205 extractions into a graph")]
    public int Merge()
    {
        var builder = new GraphBuilder(ActorLexicon.Default, GraphSchema.Default);
        foreach (var e in _extractions) builder.Add(e);
        return builder.Build().Edges.Count;
    }
}
