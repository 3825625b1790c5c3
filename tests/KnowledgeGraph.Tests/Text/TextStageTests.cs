using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestClass]
public sealed class TextStageTests
{
    private static string SeedText(string prefix) => File.ReadAllText(TestPaths.Seed(prefix));

    private static List<string> Split(string text)
    {
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(text, new TextSpan(0, text.Length), sentences);
        return sentences.Select(x => x.Of(text)).ToList();
    }

    private static List<string> Lines(string text) => TextCleaner.Default.ContentLines(text).Select(s => s.Of(text)).ToList();

    [TestMethod]
    public void Cleaner_drops_ad_lines_bylines_and_repeated_titles_of_seed_004()
    {
        var lines = Lines(SeedText("004"));
        Assert.IsFalse(lines.Any(l => l.Contains("AdPlace")));
        Assert.IsFalse(lines.Any(l => l.StartsWith("كتب")));
        Assert.AreEqual(1, lines.Count(l => l == "روسيا وأذربيجان يبحثان الأوضاع في قرة باغ"));
    }

    [TestMethod]
    public void Cleaner_drops_the_cookie_notice_of_seed_000_and_date_headers_of_seed_001()
    {
        Assert.IsFalse(Lines(SeedText("000")).Any(l => l.Contains("ملفات تعريف الارتباط")));
        var lines001 = Lines(SeedText("001"));
        Assert.IsFalse(lines001.Contains("الأحد 16 يونيو 2024"));
        Assert.IsTrue(lines001.Contains("روسيا تستضيف محادثات سلام بين أرمينيا وأذربيجان"));
    }

    [TestMethod]
    public void Cleaner_strips_datelines_but_keeps_the_sentence()
    {
        var line = Lines(SeedText("002")).Single(l => l.Contains("أنهت وساطة روسيا"));
        Assert.StartsWith("أنهت وساطة روسيا", line);
        var line003 = Lines(SeedText("003")).Single(l => l.Contains("المتحدث الرسمي"));
        Assert.StartsWith("أعلن المتحدث الرسمي", line003);
    }

    [TestMethod]
    public void Splitter_separates_glued_sentences_of_seed_000()
    {
        var sentences = Split("تقديم المساعدة الأمنية لبلاده في نزاعها مع جارتها أذربيجان.قالت روسيا السبت، إنها ستقدم المساعدة.");
        Assert.HasCount(2, sentences);
        Assert.StartsWith("قالت روسيا", sentences[1]);
    }

    [TestMethod]
    public void Splitter_keeps_decimals_abbreviations_and_closing_quotes()
    {
        var sentences = Split("قال د. أحمد إن النمو بلغ 6.5 بالمئة “هذا العام.” وأضاف أن الوضع مستقر.");
        Assert.HasCount(2, sentences);
        Assert.EndsWith("العام.”", sentences[0]);
    }

    [TestMethod]
    public void Tokens_are_normalised_and_point_into_the_original_sentence()
    {
        const string sentence = "وقال الوسطاء الفرنسيّون إنّهم دعوا الطرفَين";
        var tokens = Tokenizer.Tokenize(sentence);
        Assert.AreEqual("الفرنسيون", tokens[2].Norm);
        Assert.AreEqual("الفرنسيّون", sentence.Substring(tokens[2].Start, tokens[2].Length));
        Assert.AreEqual("الطرفين", tokens[^1].Norm);
    }

    [TestMethod]
    public void Urdu_letters_of_seed_003_and_punctuation_are_tokens_of_their_own()
    {
        var tokens = Tokenizer.Tokenize("(پاکستان پوائنٹ نیوز / سبوتنيك - 17 نوفمبر 2021ء) أعلن");
        Assert.AreEqual("(", tokens[0].Norm);
        Assert.IsTrue(tokens[0].IsPunct);
        Assert.AreEqual("پاكستان", tokens[1].Norm);
        Assert.AreEqual("اعلن", tokens[^1].Norm);
    }
}
