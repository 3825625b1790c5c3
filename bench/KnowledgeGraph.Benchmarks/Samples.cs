using KnowledgeGraph.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Real text to measure on: the seed articles, and the first articles of the news corpus when it is present.</summary>
public static class Samples
{
    public static string RepoRoot { get; } = FindRoot();

    public static IReadOnlyList<Article> Seeds { get; } = ArticleReader.ReadPaths([Path.Combine(RepoRoot, "seeds")]).ToArray();

    /// <summary>Up to <paramref name="count"/> corpus articles as JSON lines (the seeds as JSON lines if the corpus is absent).</summary>
    public static IReadOnlyList<string> CorpusLines(int count)
    {
        var corpus = Path.Combine(RepoRoot, "..", "shared", "corpus", "ant-news.jsonl");
        if (File.Exists(corpus)) return File.ReadLines(corpus).Take(count).ToArray();
        return Seeds.Select(a => System.Text.Json.JsonSerializer.Serialize(new { id = a.Id, title = a.Title, text = a.Text })).ToArray();
    }

    public static IReadOnlyList<Article> Corpus(int count)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', CorpusLines(count)));
        return JsonlArticles.Read(new MemoryStream(bytes), "corpus", ReaderOptions.Default)
            .Where(i => i.Article is not null).Select(i => i.Article!).ToArray();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("KnowledgeGraph.sln not found");
    }
}
