using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

[TestClass]
public sealed class ParserTests
{
    private static readonly SentenceParser Parser = RuleBasedExtractor.CreateDefault().Parser;

    private static List<string> Codes(MentionGroup g) => g.Actors.Select(a => a.Code).ToList();

    [TestMethod]
    public void Clitic_readings_strip_prepositions_conjunctions_and_pronoun_suffixes()
    {
        Assert.IsTrue(TokenForms.Readings("ليريفان").Any(r => r.Stem == "يريفان" && r.Prefix == "ل"));
        Assert.IsTrue(TokenForms.Readings("للسلام").Any(r => r.Stem == "السلام" && r.Prefix == "ل"));
        Assert.IsTrue(TokenForms.Readings("وبالهجوم").Any(r => r.Stem == "الهجوم" && r.Prefix == "وب"));
        Assert.IsTrue(TokenForms.Readings("زودتها").Any(r => r.Stem == "زودت" && r.Suffix == "ها"));
        Assert.IsTrue(TokenForms.Readings("حمايتها").Any(r => r.Stem == "حمايه" && r.Suffix == "ها"));
        Assert.AreEqual("بحث", TokenForms.Readings("بحث")[0].Stem);
    }

    [TestMethod]
    public void Coordinated_nisbas_after_a_role_noun_are_two_actors()
    {
        var p = Parser.Parse("والتقى وزيرا الخارجيّة الأرميني والأذربيجاني في العاصمة السويسريّة");
        var g = p.Groups[0];
        CollectionAssert.AreEquivalent(new[] { "ARM", "AZE" }, Codes(g));
        Assert.AreEqual("", g.Prep);
        Assert.IsFalse(g.IsPlace);
        Assert.IsTrue(p.Groups[1].IsPlace, "the Swiss capital after في is a venue");
    }

    [TestMethod]
    public void Three_coordinated_nationalities_make_one_group()
    {
        var p = Parser.Parse("وقال الوسطاء الفرنسيّون والروس والأميركيّون المجتمعون في إطار “مجموعة مينسك”");
        CollectionAssert.AreEquivalent(new[] { "FRA", "RUS", "USA" }, Codes(p.Groups[0]));
    }

    [TestMethod]
    public void A_policy_noun_between_a_role_noun_and_a_nationality_takes_the_nationality()
    {
        var p = Parser.Parse("وانتقد الوزير السياسة الإيرانية في المنطقة");
        var g = p.Groups.Single();
        Assert.AreEqual("IRN", g.Actors.Single().Code);
        Assert.AreEqual("الإيرانية", g.Surface, "«الوزير» does not head «السياسة الإيرانية»");
    }

    [TestMethod]
    public void Apposition_keeps_the_person_and_prepositions_are_recorded()
    {
        var p = Parser.Parse("طلب الرئيس الأرميني، نيكول باشنيان من نظيره الروسي، فلاديمير بوتين، تقديم المساعدة الأمنية لبلاده");
        Assert.AreEqual("person:nikol_pashinyan", p.Groups[0].Actors.Single().Id);
        Assert.AreEqual("من", p.Groups[1].Prep);
        Assert.AreEqual("RUS", p.Groups[1].Actors.Single().Code);
    }

    [TestMethod]
    public void Places_and_venues_are_marked()
    {
        var p = Parser.Parse("أدان الوزير الهجوم على الأراضي الأذرية واجتمع الوفد في موسكو");
        Assert.IsTrue(p.Groups.Single(g => g.Actors.Any(a => a.Code == "AZE")).IsPlace);
        Assert.IsTrue(p.Groups.Single(g => g.Actors.Any(a => a.Code == "RUS")).IsPlace);
    }

    [TestMethod]
    public void Cues_carry_negation_and_failure()
    {
        var negated = Parser.Parse("لكن لم تتوصل الدولتان إلى تسوية للنزاع");
        Assert.IsTrue(negated.Cues.Single(c => c.Form.Type == "AGREES").Negated);
        var failed = Parser.Parse("وقد أخفقت أرمينيا وأذربيجان في التوصل إلى اتفاق على وقف جديد لإطلاق النار");
        Assert.IsTrue(failed.Cues.Where(c => c.Form.Type == "AGREES").All(c => c.Negated));
        var pledge = Parser.Parse("موسكو ستقدم ليريفان كل المساعدة اللازمة");
        Assert.IsTrue(pledge.Cues.Single().Form.Type == "AIDS" && !pledge.Cues.Single().Negated);
    }

    [TestMethod]
    public void Role_words_are_not_read_as_clitic_plus_cue()
    {
        var p = Parser.Parse("وزارة التنمية والاستثمار هي الجهة المسؤولة");
        Assert.IsFalse(p.Cues.Any(c => c.Form.Type == "CONSULTS"));
    }
}
