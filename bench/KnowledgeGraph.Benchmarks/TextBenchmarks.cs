using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Input side: JSONL parsing, HTML text extraction, Arabic normalisation of a whole article.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private byte[] _jsonl = [];
    private string _html = "";
    private string _article = "";

    [GlobalSetup]
    public void Setup()
    {
        _jsonl = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Samples.CorpusLines(1000)) + "\n");
        _article = Samples.Seeds[0].Text;
        _html = "<html><head><title>t</title><script>var a=1;</script></head><body><nav>menu</nav>" +
            string.Concat(_article.Split('.').Select(s => $"<p class=\"x\">{s}.</p>\n")) + "<footer>f</footer></body></html>";
    }

    [Benchmark(Description = "read 1000 JSONL articles")]
    public int ReadJsonl() =>
        JsonlArticles.Read(new MemoryStream(_jsonl), "bench", ReaderOptions.Default).Count(i => i.Article is not null);

    [Benchmark(Description = "HTML → text (one article)")]
    public int HtmlToText() => HtmlText.Extract(_html).Text.Length;

    [Benchmark(Description = "normalise (one article)")]
    public int Normalize() => ArabicNormalizer.Normalize(_article).Length;
}
