using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Real news articles the repository carries: the 160 dev articles of gold/dev (from the ANT corpus, dated in
/// SOURCES.tsv) and the five seeds, for tests that need a few hundred real, noisy inputs without the corpus.
/// </summary>
internal static class RealArticles
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Count => JsonLines().Count() + Directory.EnumerateFiles(TestPaths.Seeds, "*.txt").Count();

    /// <summary>The dev articles as corpus-style JSON lines (id, title = line 1, date as SOURCES.tsv gives it, text), in id order.</summary>
    public static IEnumerable<string> JsonLines()
    {
        var dates = File.ReadLines(Path.Combine(TestPaths.Gold, "dev", "SOURCES.tsv")).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c[2]);
        foreach (var file in Directory.EnumerateFiles(TestPaths.DevArticles, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var title = text.Split('\n', 2)[0].Trim();
            yield return JsonSerializer.Serialize(new { id, title, date = dates[id], text }, Raw);
        }
    }

    /// <summary>A new folder holding dev.jsonl and the seed .txt files.</summary>
    public static string Folder()
    {
        var folder = TestPaths.TempFolder();
        File.WriteAllLines(Path.Combine(folder, "dev.jsonl"), JsonLines());
        foreach (var seed in Directory.EnumerateFiles(TestPaths.Seeds, "*.txt"))
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        return folder;
    }
}
