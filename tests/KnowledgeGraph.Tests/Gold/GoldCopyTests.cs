namespace KnowledgeGraph.Tests.Gold;

/// <summary>gold/ is the project's copy of the evaluation data; where the original folder exists, the two are the same.</summary>
[TestClass]
public sealed class GoldCopyTests
{
    private static string Original => Path.Combine(TestPaths.Shared, "gold");

    private static SortedDictionary<string, string> Files(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => f),
        StringComparer.Ordinal);

    [TestMethod]
    public void The_copy_holds_the_seed_gold_the_dev_gold_the_challenge_set_and_the_scorer()
    {
        var files = Files(TestPaths.Gold);
        foreach (var name in new[] { "GUIDELINES.md", "score.py", "seeds.gold.jsonl", "challenge.jsonl",
                     "dev/README.md", "dev/SOURCES.tsv", "dev/dev.gold.jsonl", "dev/dev.docs.txt" })
            Assert.IsTrue(files.ContainsKey(name), $"gold/{name} is missing");
        var docs = File.ReadAllLines(Path.Combine(TestPaths.Gold, "dev", "dev.docs.txt"))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.IsNotEmpty(docs);
        foreach (var doc in docs) Assert.IsTrue(files.ContainsKey($"dev/articles/{doc}.txt"), $"gold/dev/articles/{doc}.txt is missing");
    }

    [TestMethod]
    public void The_copy_equals_the_original_byte_for_byte_where_the_original_exists()
    {
        if (!Directory.Exists(Original))
            Assert.Inconclusive($"missing data: {Original} (the original of gold/, kept next to the repository) is not here, so there is nothing to compare the copy with");
        var copy = Files(TestPaths.Gold);
        var original = Files(Original);
        CollectionAssert.AreEqual(original.Keys.ToArray(), copy.Keys.ToArray(), "file names under gold/ and ../shared/gold");
        var different = original.Keys.Where(name => !File.ReadAllBytes(original[name]).AsSpan().SequenceEqual(File.ReadAllBytes(copy[name]))).ToArray();
        Assert.IsEmpty(different, "files that differ from ../shared/gold: " + string.Join(", ", different));
    }
}
