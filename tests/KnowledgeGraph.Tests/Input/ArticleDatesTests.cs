using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Input;

[TestClass]
public sealed class ArticleDatesTests
{
    [TestMethod]
    [DataRow("2020-11-10", "2020-11-10")]
    [DataRow(" 2020-11-10T12:30:00Z ", "2020-11-10")]
    [DataRow("2020-11-10T23:30:00.123-05:00", "2020-11-10")]
    [DataRow("2020-11-10 08:15", "2020-11-10")]
    [DataRow("2020-1-5", "2020-01-05")]
    [DataRow("17/05/2015", "2015-05-17")]
    [DataRow("17-05-2015", "2015-05-17")]
    [DataRow("17.05.2015", "2015-05-17")]
    [DataRow("9-10-2020 | 22:35", "2020-10-09")]
    [DataRow("2020/11/10", "2020-11-10")]
    [DataRow("16 يونيو 2024", "2024-06-16")]
    [DataRow("الأحد 16 يونيو 2024", "2024-06-16")]
    [DataRow("الأحد، 16 يونيه 2024", "2024-06-16")]
    [DataRow("١٠ نوفمبر ٢٠٢٠", "2020-11-10")]
    [DataRow("۱۰ نوفمبر ۲۰۲۰", "2020-11-10")]
    [DataRow("31 أكتوبر/ تشرين الأول 2020", "2020-10-31")]
    [DataRow("10 تشرين الثاني 2020", "2020-11-10")]
    [DataRow("2 آذار 2019 م", "2019-03-02")]
    [DataRow("24 جوان 2016", "2016-06-24")]
    [DataRow("18 جانفي 2017", "2017-01-18")]
    [DataRow("5 غشت 2019", "2019-08-05")]
    [DataRow("17 نوفمبر 2021ء", "2021-11-17")]
    [DataRow("16 يونـــيو 2024", "2024-06-16")]
    [DataRow("\u200F16 يونيو 2024\u200E", "2024-06-16")]
    [DataRow("16 ﻳﻮﻧﻴﻮ 2024", "2024-06-16")]
    [DataRow("Tue, 10 Nov 2020 08:00:00 GMT", "2020-11-10")]
    [DataRow("November 10, 2020", "2020-11-10")]
    [DataRow("10 novembre 2020", "2020-11-10")]
    [DataRow("29/02/2016", "2016-02-29")]
    public void Dates_as_news_prints_them_become_iso(string raw, string iso) =>
        Assert.AreEqual(iso, ArticleDates.Normalize(raw), raw);

    [TestMethod]
    [DataRow("31/04/2020")]
    [DataRow("29/02/2017")]
    [DataRow("2020-13-01")]
    [DataRow("10/11/20")]
    [DataRow("15/03/1442 هـ")]
    [DataRow("16 ربيع الأول 1442")]
    [DataRow("31 أكتوبر/ تشرين الثاني 2020")]
    [DataRow("11/25/2020")]
    [DataRow("2020")]
    [DataRow("2020-11")]
    [DataRow("Tomorrow")]
    [DataRow("16 يونيو 2024 وقال")]
    [DataRow("")]
    public void Anything_else_is_not_a_date(string raw) => Assert.IsNull(ArticleDates.Normalize(raw), raw);

    [TestMethod]
    public void A_date_is_found_inside_a_line_with_where_it_starts_and_whether_today_precedes_it()
    {
        Assert.AreEqual(("2020-10-09", 9, false), ArticleDates.Find("عرب وعالم9-10-2020 | 22:35"));
        var today = ArticleDates.Find("أكد مصدر عسكري عراقي اليوم الأحد 19 مارس 2017، مقتل 6 قياديين");
        Assert.AreEqual(("2017-03-19", true), (today!.Value.Iso, today.Value.Today));
        Assert.IsNull(ArticleDates.Find("خلال شهر أكتوبر الماضي قتل 1792 شخصا"));
    }

    [TestMethod]
    public void Seed_001_is_titled_by_its_headline_and_dated_by_its_dateline_not_its_masthead()
    {
        var article = ArticleReader.Read([TestPaths.Seed("001")]).Single().Article!;
        Assert.AreEqual("روسيا تستضيف محادثات سلام بين أرمينيا وأذربيجان", article.Title);
        Assert.AreEqual("2020-10-09", article.Date);
    }

    [TestMethod]
    public void Plain_text_takes_its_date_from_a_dateline_a_masthead_or_nowhere()
    {
        Assert.AreEqual(("عنوان الخبر", "2024-06-16"), TextHead.Read("الأحد 16 يونيو 2024\n\nعنوان الخبر\nقالت روسيا إنها مستعدة."));
        Assert.AreEqual(("عنوان", "2021-11-17"), TextHead.Read("عنوان\n\n(سبوتنيك - 17 نوفمبر 2021ء) أعلن المتحدث أن روسيا ستواصل."));
        Assert.AreEqual(("عنوان", "2017-03-19"), TextHead.Read(
            "عنوان\nأكد مصدر عسكري عراقي لوكالة الأنباء الرسمية ولعدد من المراسلين اليوم الأحد 19 مارس 2017، مقتل 6 قياديين."));
        Assert.AreEqual(("عنوان", (string?)null), TextHead.Read(
            "عنوان\nقال المتحدث باسم الخارجية في مؤتمره الصحفي الأسبوعي إن الاتفاق الذي وقع في 10 نوفمبر 2020 صامد."));
        Assert.AreEqual(("عنوان", (string?)null), TextHead.Read("عنوان\nسطر أول\nسطر ثان\n16 يونيو 2024 في سطر ثالث"));
        Assert.AreEqual(("روسيا وأذربيجان يبحثان الأوضاع", (string?)null), TextHead.Read("Elasimah AdPlace\nكتب: أحمد\nروسيا وأذربيجان يبحثان الأوضاع\nنص"));
    }

    [TestMethod]
    public void Html_takes_its_date_from_meta_tags_best_first_then_a_dateline()
    {
        static string? DateOf(string html) => ArticleReader.FromHtml("p", html).Date;
        Assert.AreEqual("2020-11-10", DateOf("""<html><head><meta name="date" content="01/01/2019"><meta property="article:published_time" content="2020-11-10T09:00:00+03:00"></head><body><p>نص</p></body></html>"""));
        Assert.AreEqual("2019-01-01", DateOf("""<head><meta name="DC.date.issued" content="01/01/2019"></head><p>نص</p>"""));
        Assert.AreEqual("2020-11-10", DateOf("""<head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-11-10T09:00:00Z"}</script></head><p>نص</p>"""));
        Assert.AreEqual("2018-03-04", DateOf("""<body><h1>عنوان</h1><time datetime="2018-03-04">الأحد</time><p>نص</p></body>"""));
        Assert.AreEqual("2024-06-16", DateOf("""<body><h1>عنوان</h1><p>باكو - 16 يونيو 2024 - قالت روسيا إنها مستعدة للوساطة.</p></body>"""));
        Assert.IsNull(DateOf("<body><h1>عنوان</h1><p>نص</p></body>"));
    }

    [TestMethod]
    public void A_meta_date_kg_cannot_read_is_warned_about_and_the_next_one_is_used()
    {
        var folder = TestPaths.TempFolder();
        var file = Path.Combine(folder, "page.html");
        File.WriteAllText(file, """<head><meta property="article:published_time" content="yesterday"><meta name="pubdate" content="2020-11-10"></head><body><p>روسيا تتوسط.</p></body>""");
        var item = ArticleReader.Read([file]).Single();
        Assert.AreEqual("2020-11-10", item.Article!.Date);
        Assert.StartsWith($"{file}: article page: date «yesterday» of <meta property=\"article:published_time\"> not understood (", item.Warning!.ToString());
    }

    [TestMethod]
    public void Jsonl_dates_are_stored_iso_and_a_date_kg_cannot_read_is_left_empty_with_a_warning_naming_file_and_line()
    {
        var folder = TestPaths.TempFolder();
        var file = Path.Combine(folder, "feed.jsonl");
        File.WriteAllLines(file, [
            """{"id": "a", "text": "نص", "date": "17/05/2015"}""",
            """{"id": "b", "text": "نص", "date": "١٠ نوفمبر ٢٠٢٠"}""",
            """{"id": "c", "text": "نص", "date": "قبل يومين"}""",
            """{"id": "d", "text": "نص", "date": ""}""",
        ]);
        var items = ArticleReader.Read([file]).ToList();
        CollectionAssert.AreEqual(new[] { "2015-05-17", "2020-11-10", null, null }, items.Select(i => i.Article!.Date).ToArray());
        Assert.AreEqual($"{file}:3: article c: date «قبل يومين» not understood ({ArticleDates.Understood}), left empty", items[2].Warning!.ToString());
        Assert.IsTrue(items.Where((_, i) => i != 2).All(i => i.Warning is null));
    }
}
