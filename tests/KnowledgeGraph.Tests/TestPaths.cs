namespace KnowledgeGraph.Tests;

/// <summary>Locations of the repository's folders from the test binaries.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
    public static string SeedGold => Path.Combine(Shared, "gold", "seeds.gold.jsonl");

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
