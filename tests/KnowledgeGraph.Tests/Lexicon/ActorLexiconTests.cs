using KnowledgeGraph.Lexicon;

namespace KnowledgeGraph.Tests.Lexicon;

[TestClass]
public sealed class ActorLexiconTests
{
    private const string Header = "id\tcode\tkind\tname_en\tname_ar\tforms\toffice\toffice_from\toffice_to\n";

    [TestMethod]
    public void Nisba_is_inflected_and_forms_are_normalised()
    {
        var lexicon = ActorLexicon.Parse([("t.tsv", Header + "RUS\tRUS\tCountry\tRussia\tروسيا\tnisba:روسي|plural:الروس|capital:موسكو\t\t\t\n")]);
        var forms = lexicon.Names.Where(n => n.Role == NameRole.Nisba).Select(n => n.Form).ToHashSet();
        foreach (var expected in new[] { "الروسي", "الروسيه", "روسيان", "الروسيين", "الروسيون", "الروس" })
            Assert.Contains(expected, forms);
        Assert.IsTrue(lexicon.Names.Any(n => n.Role == NameRole.Capital && n.Form == "موسكو"));
    }

    [TestMethod]
    public void A_hamza_alef_that_begins_a_nisba_is_not_taken_for_the_article()
    {
        var forms = NisbaForms.Inflect("ألماني").ToHashSet();
        Assert.Contains("الماني", forms);
        Assert.Contains("الالمانيه", forms);
        Assert.DoesNotContain("ماني", forms);
        Assert.Contains("روسيه", NisbaForms.Inflect("الروسي").ToHashSet());
    }

    [TestMethod]
    public void A_later_file_adds_forms_to_an_earlier_actor()
    {
        var lexicon = ActorLexicon.Parse([
            ("a.tsv", Header + "AZE\tAZE\tCountry\tAzerbaijan\tأذربيجان\t\t\t\t\n"),
            ("b.tsv", Header + "AZE\t\t\t\t\tأذربايجان\t\t\t\n"),
        ]);
        Assert.HasCount(1, lexicon.Actors);
        Assert.IsTrue(lexicon.Names.Any(n => n.Form == "اذربايجان" && n.ActorId == "AZE"));
    }

    [TestMethod]
    public void A_bad_kind_names_the_file_and_line()
    {
        var e = Assert.ThrowsExactly<LexiconException>(() =>
            ActorLexicon.Parse([("x.tsv", Header + "ZZZ\tZZZ\tPlanet\tZ\tز\t\t\t\t\n")]));
        StringAssert.Contains(e.Message, "x.tsv:2");
    }

    [TestMethod]
    public void The_embedded_lexicon_loads()
    {
        Assert.IsNotNull(ActorLexicon.Default.Find("RUS"));
    }
}
