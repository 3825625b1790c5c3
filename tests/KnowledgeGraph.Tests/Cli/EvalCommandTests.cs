namespace KnowledgeGraph.Tests.Cli;

/// <summary>kg eval: which documents it scores, its parts, and whose errors it lists. Console is process-wide, so not in parallel.</summary>
[TestClass]
[DoNotParallelize]
public sealed class EvalCommandTests
{
    private const string Accusation = "واتهمت تركيا روسيا بخرق الهدنة.";

    /// <summary>d1 states a gold relation, d2 states one the gold does not hold, d3 is in the gold but not among the inputs.</summary>
    private static (string Articles, string Gold) Folder()
    {
        var root = TestPaths.TempFolder();
        var articles = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "d1.txt"), "عنوان\n" + Accusation + "\n");
        File.WriteAllText(Path.Combine(articles, "d2.txt"), "عنوان\n" + Accusation + "\n");
        var gold = Path.Combine(root, "gold.jsonl");
        File.WriteAllLines(gold,
        [
            """{"doc": "d1", "s": "TUR", "r": "ACCUSES", "o": "RUS"}""",
            """{"doc": "d3", "s": "TUR", "r": "ACCUSES", "o": "RUS"}""",
        ]);
        return (articles, gold);
    }

    [TestMethod]
    public void Every_input_document_is_scored_and_only_the_input_documents()
    {
        var (articles, gold) = Folder();
        var (code, output, err) = Kg.InProcess("eval", articles, "--gold", gold);
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "docs=2 gold=1 pred=2 tp=1 fp=1 fn=0");
        StringAssert.Contains(output, "spurious d2 TUR ACCUSES RUS");
        Assert.IsFalse(output.Contains("d3"), output);
    }

    [TestMethod]
    public void Parts_are_scored_alone_and_errors_are_listed_for_the_named_part_only()
    {
        var (articles, gold) = Folder();
        var (code, output, err) = Kg.InProcess("eval", articles, "--gold", gold, "--part", "a=d1..d1", "--part", "b=d2..d9", "--errors-of", "a");
        Assert.AreEqual(0, code, err);
        StringAssert.Contains(output, "part a: docs=1 gold=1 pred=1 tp=1 fp=0 fn=0 P=1.000 R=1.000 F1=1.000");
        StringAssert.Contains(output, "part b: docs=1 gold=0 pred=1 tp=0 fp=1 fn=0 P=0.000 R=0.000 F1=0.000");
        Assert.IsFalse(output.Contains("spurious"), output);

        (code, output, _) = Kg.InProcess("eval", articles, "--gold", gold, "--errors-of", "none");
        Assert.AreEqual(0, code);
        Assert.IsFalse(output.Contains("spurious") || output.Contains("missed"), output);
    }

    [TestMethod]
    public void A_malformed_part_or_an_unknown_errors_part_is_a_one_line_message()
    {
        var (articles, gold) = Folder();
        foreach (var (args, message) in new (string[], string)[]
        {
            (["--part", "explore"], "--part explore: expected NAME=FIRST..LAST"),
            (["--part", "x=d9..d1"], "--part x=d9..d1: FIRST must not sort after LAST"),
            (["--errors-of", "check"], "--errors-of check: no --part of that name"),
        })
        {
            var (code, output, err) = Kg.InProcess(["eval", articles, "--gold", gold, .. args]);
            Assert.AreEqual(KnowledgeGraph.Cli.UserError.ExitCode, code, output);
            StringAssert.Contains(err, message);
            Assert.AreEqual(1, err.Trim().Split('\n').Length, err);
        }
    }
}
