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

    private const string Zayani =
        "person:zayani\tBHR\tPerson\tAbdullatif Al Zayani\tعبد اللطيف الزياني\tالزياني\tForeign Minister of Bahrain\t2020-02-11\t\n"
        + "person:zayani\tGCC\t\t\t\t\tSecretary-General of the GCC\t2011-04-01\t2020-01-31\n";

    private static ActorLexicon ParseActors(string rows) => ActorLexicon.Parse([("t.tsv", Header + rows)]);

    [TestMethod]
    public void An_office_line_adds_an_office_for_another_code_after_the_main_line()
    {
        var zayani = ParseActors(Zayani).Find("person:zayani")!;
        Assert.AreEqual("BHR", zayani.Code);
        Assert.AreEqual("Foreign Minister of Bahrain", zayani.Office);
        CollectionAssert.AreEqual(new[] { "BHR", "GCC" }, zayani.Offices.Select(o => o.Code).ToArray());
        Assert.AreEqual(new ActorOffice("GCC", "Secretary-General of the GCC", "2011-04-01", "2020-01-31"), zayani.FurtherOffices.Single());
    }

    [TestMethod]
    [DataRow("2016-05-03", "GCC")]
    [DataRow("2011-04-01", "GCC")]
    [DataRow("2020-01-31", "GCC")]
    [DataRow("2020-02-11", "BHR")]
    [DataRow("2023-07-01", "BHR")]
    [DataRow("2009-01-01", "GCC")]   // before any office: the nearest one
    [DataRow("2020-02-03", "GCC")]   // between the two: the nearer end (3 days after GCC, 8 before BHR)
    [DataRow("2020-02-09", "BHR")]
    [DataRow("2016-05-03T10:00:00Z", "GCC")]
    [DataRow(null, "BHR")]           // no date: the main line
    [DataRow("03/05/2016", "BHR")]   // not an ISO date: the main line
    public void The_code_follows_the_article_date(string? date, string expected) =>
        Assert.AreEqual(expected, ParseActors(Zayani).Find("person:zayani")!.CodeOn(date));

    [TestMethod]
    public void The_office_on_a_date_is_null_outside_every_span()
    {
        var zayani = ParseActors(Zayani).Find("person:zayani")!;
        Assert.AreEqual("GCC", zayani.OfficeOn("2015-01-01")!.Code);
        Assert.IsNull(zayani.OfficeOn("2020-02-05"));
        Assert.AreEqual("BHR", zayani.OfficeOn(null)!.Code);
    }

    [TestMethod]
    public void Overlapping_offices_resolve_to_the_first_listed()
    {
        var person = ParseActors(
            "person:x\tITA\tPerson\tX\tإكس\t\tPrime Minister\t2010-01-01\t2020-01-01\n"
            + "person:x\tEU\t\t\t\t\tCommissioner\t2015-01-01\t2025-01-01\n").Find("person:x")!;
        Assert.AreEqual("ITA", person.CodeOn("2016-01-01"));
        Assert.AreEqual("EU", person.CodeOn("2022-01-01"));
    }

    [TestMethod]
    public void An_actor_with_one_office_has_its_code_on_every_date()
    {
        var lavrov = ActorLexicon.Default.Find("person:sergey_lavrov")!;
        Assert.AreEqual("RUS", lavrov.CodeOn("1990-01-01"));
        Assert.AreEqual("RUS", lavrov.CodeOn(null));
        Assert.HasCount(1, lavrov.Offices);
    }

    [TestMethod]
    [DataRow("person:x\tGCC\t\t\t\t\tSecretary-General\t2011-04-01\t\n", "t.tsv:2", "comes before")]
    [DataRow("RUS\tRUS\tCountry\tRussia\tروسيا\t\t\t\t\nRUS\tUN\t\t\t\t\tMember\t\t\n", "t.tsv:3", "only a person")]
    [DataRow("person:x\tBHR\tPerson\tX\tإكس\t\tMinister\t\t\nperson:x\tGCC\t\t\t\tالزياني\tSecretary-General\t\t\n", "t.tsv:3", "main line")]
    [DataRow("person:x\tBHR\tPerson\tX\tإكس\t\tMinister\t\t\nperson:x\tGCC\t\t\t\t\t\t2011-04-01\t\n", "t.tsv:3", "needs an office")]
    [DataRow("person:x\tBHR\tPerson\tX\tإكس\t\tMinister\t\t\nperson:x\tGCC\t\t\t\t\tSG\t2011-4-1\t\n", "t.tsv:3", "not a YYYY-MM-DD date")]
    [DataRow("person:x\tBHR\tPerson\tX\tإكس\t\tMinister\t2020-01-01\t2019-01-01\n", "t.tsv:2", "is after")]
    public void A_bad_office_line_names_the_file_and_line(string rows, string where, string why)
    {
        var e = Assert.ThrowsExactly<LexiconException>(() => ParseActors(rows));
        StringAssert.Contains(e.Message, where);
        StringAssert.Contains(e.Message, why);
    }

    [TestMethod]
    public void The_embedded_lexicon_loads()
    {
        Assert.IsNotNull(ActorLexicon.Default.Find("RUS"));
    }
}
