using KnowledgeGraph.Extraction;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>A person named in full may be named by surname alone in the article's later sentences.</summary>
[TestClass]
public sealed class SurnameReferenceTests
{
    private static readonly RuleBasedExtractor Extractor = RuleBasedExtractor.CreateDefault();

    private static List<SentenceParse> Parses(string text) => Extractor.Read(new Article("t", "", text)).Select(x => x.Parse).ToList();

    private static bool Names(SentenceParse p, string word, string personId) =>
        p.Groups.Any(g => p.Tokens[g.Start].Norm.EndsWith(ArabicNormalizer.Normalize(word), StringComparison.Ordinal) && g.Actors.Any(a => a.Id == personId));

    [TestMethod]
    public void A_surname_after_the_full_name_names_the_person()
    {
        var p = Parses("وقال المتحدث باسم الرئاسة التركية إبراهيم كالين إن الاجتماع كان مثمرا.\nوأضاف كالين أن أنقرة ستواصل الحوار.");
        Assert.IsTrue(Names(p[1], "كالين", "person:ibrahim_kalin"));
    }

    [TestMethod]
    public void A_surname_before_the_full_name_names_nobody()
    {
        var p = Parses("وأضاف كالين أن أنقرة ستواصل الحوار.\nوقال المتحدث باسم الرئاسة التركية إبراهيم كالين إن الاجتماع كان مثمرا.");
        Assert.IsFalse(p[0].Groups.Any(g => g.Actors.Any(a => a.Id == "person:ibrahim_kalin")));
    }

    [TestMethod]
    public void A_surname_two_persons_of_the_article_share_names_neither()
    {
        var p = Parses("التقى سيرج سركيسيان مع أرمين سركيسيان في يريفان.\nوقال سركيسيان إن اللقاء كان مثمرا.");
        Assert.IsFalse(p[1].Groups.Any(g => g.Actors.Any(a => a.Kind == KnowledgeGraph.Lexicon.ActorKind.Person)));
    }

    [TestMethod]
    public void A_surname_outside_a_subject_or_argument_position_keeps_its_ordinary_sense()
    {
        // «ماي» is also the month of May in Maghrebi news.
        var p = Parses("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن المحادثات ستبدأ قريبا.\nوستنطلق المفاوضات في شهر ماي المقبل في العاصمة لندن.");
        Assert.IsFalse(p[1].Groups.Any(g => g.Actors.Any(a => a.Kind == KnowledgeGraph.Lexicon.ActorKind.Person)));
    }
}
