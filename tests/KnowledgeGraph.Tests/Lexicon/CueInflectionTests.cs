using KnowledgeGraph.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Lexicon;

/// <summary>
/// The written forms <see cref="CueInflection"/> and <see cref="CueLexicon"/> generate from citation forms: weak
/// verbs (final alef, alef maqsura, waw, ya), sound and hollow verbs, masdars, participles, and the literal,
/// first-person and one-tense spellings of a lemma line.
/// </summary>
[TestClass]
public sealed class CueInflectionTests
{
    private static HashSet<string> Words(IEnumerable<InflectedWord> forms) => forms.Select(f => f.Word).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Norm(params string[] words) => words.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    private static void AssertHas(HashSet<string> forms, params string[] expected)
    {
        var missing = Norm(expected).Where(w => !forms.Contains(w)).ToList();
        Assert.IsEmpty(missing, "missing: " + string.Join(" ", missing) + "\ngenerated: " + string.Join(" ", forms.Order(StringComparer.Ordinal)));
    }

    private static void AssertHasNot(HashSet<string> forms, params string[] unexpected)
    {
        var present = Norm(unexpected).Where(forms.Contains).ToList();
        Assert.IsEmpty(present, "must not be generated: " + string.Join(" ", present));
    }

    [TestMethod]
    public void Past_of_a_verb_in_final_alef_drops_it_before_the_suffixes()
    {
        var past = Words(CueInflection.Past("دعا"));
        AssertHas(past, "دعا", "دعت", "دعوا", "دعتا", "دعونا", "دعوتم", "دعوت");
        AssertHasNot(past, "دعات", "دعان", "دعانا");
    }

    [TestMethod]
    public void Past_of_a_verb_in_alef_maqsura_turns_it_into_ya()
    {
        var past = Words(CueInflection.Past("أمضى"));
        AssertHas(past, "أمضى", "أمضت", "أمضوا", "أمضيا", "أمضتا", "أمضين", "أمضينا", "أمضيتم", "أمضيت");
        AssertHasNot(past, "أمضيوا", "أمضاا", "أمضات");
        AssertHas(Words(CueInflection.Past("لبى")), "لبت", "لبوا", "لبينا");
    }

    [TestMethod]
    public void Present_of_a_verb_in_waw_drops_it_in_the_plural_and_keeps_it_in_the_dual()
    {
        var present = Words(CueInflection.Present("يدعو"));
        AssertHas(present, "يدعو", "تدعو", "ندعو", "يدعون", "يدعوا", "تدعون", "يدعوان", "تدعوان");
        AssertHasNot(present, "يدعوون", "يدعووا", "أدعو");
    }

    [TestMethod]
    public void Present_of_a_verb_in_ya_or_alef_maqsura_has_ya_in_the_dual()
    {
        var lbi = Words(CueInflection.Present("يلبي"));
        AssertHas(lbi, "يلبي", "تلبي", "نلبي", "يلبون", "يلبوا", "يلبيان", "يلبيا");
        AssertHasNot(lbi, "يلبيون");
        var tasadda = Words(CueInflection.Present("يتصدى"));
        AssertHas(tasadda, "يتصدى", "تتصدى", "يتصدون", "يتصدوا", "يتصديان", "يتصديا");
        AssertHasNot(tasadda, "يتصدوان", "يتصديون");
    }

    [TestMethod]
    public void Sound_and_hollow_verbs_take_the_suffixes_on_the_written_stem()
    {
        AssertHas(Words(CueInflection.Past("ندد")), "ندد", "نددت", "نددوا", "نددا", "نددتا", "نددنا");
        AssertHas(Words(CueInflection.Present("يندد")), "يندد", "تندد", "نندد", "ينددون", "ينددان", "ينددا", "ينددن");
        AssertHas(Words(CueInflection.Past("اغتال")), "اغتال", "اغتالت", "اغتالوا", "اغتالا");
        AssertHas(Words(CueInflection.Present("يلوم")), "يلوم", "تلوم", "نلوم", "يلومون", "يلومان");
    }

    [TestMethod]
    public void A_present_form_must_start_with_ya()
    {
        Assert.ThrowsExactly<LexiconException>(() => CueInflection.Present("تدعو").ToList());
    }

    [TestMethod]
    public void A_masdar_gets_the_article_the_accusative_the_dual_and_the_sound_feminine_plural()
    {
        AssertHas(Words(CueInflection.Noun("إشادة")), "إشادة", "الإشادة", "إشادات", "الإشادات", "إشادتان", "إشادتين");
        var attack = Words(CueInflection.Noun("اعتداء"));
        AssertHas(attack, "اعتداء", "الاعتداء", "اعتداءات", "الاعتداءات");
        AssertHasNot(attack, "اعتداءا");
        var confronting = Words(CueInflection.Noun("تصدي"));
        AssertHas(confronting, "تصدي", "التصدي");
        AssertHasNot(confronting, "تصديا");
        var aid = Words(CueInflection.Noun("مساعدات"));
        AssertHas(aid, "مساعدات", "المساعدات");
        AssertHasNot(aid, "مساعداتات");
    }

    [TestMethod]
    public void An_adverbial_participle_is_only_accusative()
    {
        var praising = Words(CueInflection.Adverbial("مشيد"));
        AssertHas(praising, "مشيدا", "مشيدة", "مشيدين", "مشيدتين", "مشيدات");
        AssertHasNot(praising, "مشيد", "المشيد", "مشيدون");
        var calling = Words(CueInflection.Adverbial("داعي"));
        AssertHas(calling, "داعيا", "داعية", "داعين");
        AssertHasNot(calling, "داعي", "داع");
    }

    [TestMethod]
    public void An_adjective_agrees_in_gender_and_number_with_and_without_the_article()
    {
        var involved = Words(CueInflection.Adjective("متورط"));
        AssertHas(involved, "متورط", "متورطة", "متورطا", "متورطان", "متورطون", "متورطين", "المتورطين", "المتورطة", "متورطات");
    }

    private static List<string> Spellings(string spelling, CueKind kind) =>
        CueLexicon.Forms(spelling, kind).Select(f => string.Join(' ', f.Words)).ToList();

    [TestMethod]
    public void A_dash_for_a_tense_generates_only_the_other_one()
    {
        var pastOnly = Spellings("ثمن/- * جهود", CueKind.Verb);
        CollectionAssert.Contains(pastOnly, "ثمنت * جهود");
        Assert.IsFalse(pastOnly.Any(s => s.StartsWith("يثمن", StringComparison.Ordinal)), string.Join(", ", pastOnly));
        var presentOnly = Spellings("-/يثمن", CueKind.Verb);
        CollectionAssert.Contains(presentOnly, "يثمن");
        CollectionAssert.Contains(presentOnly, "نثمن");
        CollectionAssert.DoesNotContain(presentOnly, "ثمن");
    }

    [TestMethod]
    public void Later_words_of_a_noun_agree_and_those_of_a_verb_toggle_the_article()
    {
        var statement = CueLexicon.Forms("بيان مشترك", CueKind.Noun).ToList();
        Assert.IsTrue(statement.Any(f => f.Words[0] == "بيانا" && f.Alternatives[1]!.Contains("مشتركا")), "«بيانا مشتركا»");
        var signing = CueLexicon.Forms("أمضى/يمضي * اتفاقية", CueKind.Verb).First();
        CollectionAssert.AreEqual(new[] { "امضي", "*", "اتفاقيه" }, signing.Words);
        CollectionAssert.Contains(signing.Alternatives[2], "الاتفاقيه");
    }

    [TestMethod]
    public void A_literal_spelling_is_taken_as_written_and_we_marks_the_first_person()
    {
        var literal = CueLexicon.Forms("=بدعوة من", CueKind.Noun).ToList();
        Assert.HasCount(1, literal);
        CollectionAssert.AreEqual(new[] { "بدعوه", "من" }, literal[0].Words);
        Assert.AreEqual(3, literal[0].First.Person);
        var we = CueLexicon.Forms("we:لن نتخلى عن", CueKind.Verb).Single();
        Assert.AreEqual(1, we.First.Person);
        var present = CueLexicon.Forms("-/يشكر", CueKind.Verb).ToList();
        Assert.AreEqual(1, present.Single(f => f.Words[0] == "نشكر").First.Person);
        Assert.AreEqual(3, present.Single(f => f.Words[0] == "تشكر").First.Person);
    }
}
