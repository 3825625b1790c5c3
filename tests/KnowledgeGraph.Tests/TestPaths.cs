namespace KnowledgeGraph.Tests;

/// <summary>Locations of the repository's folders from the test binaries.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");
    /// <summary>Data kept next to the repository, not in it (the corpus; the original of gold/). A clone has none.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The project's evaluation data, carried in the repository: seed gold, dev gold, challenge set, scorer.</summary>
    public static string Gold => Path.Combine(RepoRoot, "gold");
    public static string SeedGold => Path.Combine(Gold, "seeds.gold.jsonl");
    public static string ScorePy => Path.Combine(Gold, "score.py");
    public static string DevArticles => Path.Combine(Gold, "dev", "articles");

    public static string Corpus => Path.Combine(Shared, "corpus", "ant-news.jsonl");

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Seeds, prefix + "*.txt").Single();

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "kg-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
