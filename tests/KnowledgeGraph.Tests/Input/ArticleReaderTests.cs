using System.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Input;

[TestClass]
public sealed class ArticleReaderTests
{
    private static List<ReadItem> Read(params string[] paths) => ArticleReader.Read(paths).ToList();

    private static string Write(string folder, string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        encoding ??= new UTF8Encoding(false);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    [TestMethod]
    public void A_txt_seed_is_one_article_titled_by_its_first_line_and_named_by_its_file()
    {
        var item = Read(TestPaths.Seed("000")).Single();
        Assert.AreEqual("000_e6aa6f2cf8c433dc", item.Article!.Id);
        Assert.StartsWith("أرمينيا وأذربيجان: روسيا تعلن", item.Article.Title);
        Assert.Contains("ناغورنو كاراباخ", item.Article.Text);
    }

    [TestMethod]
    public void A_folder_is_read_recursively_in_ordinal_order_and_other_files_are_ignored()
    {
        var folder = TestPaths.TempFolder();
        Write(folder, "b/2.txt", "ب\nنص");
        Write(folder, "a.txt", "أ\nنص");
        Write(folder, "B.html", "<title>ج</title><p>نص</p>");
        Write(folder, "notes.md", "# ليس مقالا");
        Write(folder, "c.jsonl", """{"id": "j1", "title": "د", "text": "نص"}""" + "\n");
        var ids = Read(folder).Select(i => i.Article!.Id).ToArray();
        CollectionAssert.AreEqual(new[] { "B", "a", "2", "j1" }, ids);
        CollectionAssert.AreEqual(ids, Read(folder).Select(i => i.Article!.Id).ToArray());
    }

    [TestMethod]
    public void Html_files_are_articles_with_markup_and_navigation_dropped()
    {
        var folder = TestPaths.TempFolder();
        var file = Write(folder, "page.htm", "<html><head><title>عنوان</title></head><body><nav>قائمة</nav><p>روسيا تتوسط.</p></body></html>");
        var article = Read(file).Single().Article!;
        Assert.AreEqual(("page", "عنوان", "روسيا تتوسط."), (article.Id, article.Title, article.Text));
    }

    [TestMethod]
    public void Jsonl_lines_are_articles_with_optional_fields_and_blank_lines_ignored()
    {
        var folder = TestPaths.TempFolder();
        var file = Write(folder, "a.jsonl",
            """{"id": "x1", "title": "ع", "text": "نص", "date": "2020-10-31", "url": "http://e/1", "source": "BBC", "category": "politic"}""" + "\r\n\n" +
            """{"id": 42, "text": "نص بلا عنوان", "tags": ["a", {"b": 1}]}""");
        var items = Read(file);
        Assert.HasCount(2, items);
        Assert.AreEqual(new Article("x1", "ع", "نص", "2020-10-31", "http://e/1", "BBC"), items[0].Article);
        Assert.AreEqual(new Article("42", "", "نص بلا عنوان"), items[1].Article);
        Assert.AreEqual(3L, items[1].Line);
    }

    [TestMethod]
    public void Malformed_jsonl_lines_are_reported_with_their_line_and_the_rest_is_read()
    {
        var folder = TestPaths.TempFolder();
        var file = Write(folder, "bad.jsonl", string.Join('\n',
            """{"id": "ok1", "text": "نص"}""",
            """{"id": "broken", "text": "نص""",
            """["not", "an", "object"]""",
            """{"title": "no id", "text": "نص"}""",
            """{"id": "no-text"}""",
            """{"id": "two"} {"id": "values"}""",
            """{"id": "ok2", "text": "نص"}"""));
        var items = Read(file);
        CollectionAssert.AreEqual(new[] { "ok1", "ok2" }, items.Where(i => i.Article is not null).Select(i => i.Article!.Id).ToArray());
        var problems = items.Where(i => i.Problem is not null).Select(i => i.Problem!.ToString()).ToArray();
        Assert.HasCount(5, problems);
        Assert.StartsWith($"{file}:2: article broken: malformed JSON line (at byte ", problems[0]);
        Assert.AreEqual($"{file}:3: not a JSON object (an array), skipped", problems[1]);
        Assert.AreEqual($"{file}:4: no \"id\", skipped", problems[2]);
        Assert.AreEqual($"{file}:5: article no-text: no \"text\", skipped", problems[3]);
        Assert.StartsWith($"{file}:6: article two: malformed JSON line", problems[4]);
    }

    [TestMethod]
    public void A_huge_article_is_skipped_with_its_id_and_line_and_reading_goes_on()
    {
        var folder = TestPaths.TempFolder();
        var huge = new string('ب', 5_100_000);
        var file = Write(folder, "huge.jsonl",
            """{"id": "small", "text": "نص"}""" + "\n" +
            $$"""{"id": "huge", "text": "{{huge}}"}""" + "\n" +
            """{"id": "after", "text": "نص"}""" + "\n");
        var items = Read(file);
        CollectionAssert.AreEqual(new[] { "small", "after" }, items.Where(i => i.Article is not null).Select(i => i.Article!.Id).ToArray());
        Assert.AreEqual($"{file}:2: article huge: text of 5,100,000 characters is over the 5,000,000 limit, skipped", items[1].Problem!.ToString());
    }

    [TestMethod]
    public void Lines_and_files_over_the_byte_limit_are_skipped_without_being_decoded()
    {
        var folder = TestPaths.TempFolder();
        var options = new ReaderOptions(MaxArticleChars: 1000);
        var jsonl = Write(folder, "long.jsonl", $$"""{"id": "long", "text": "{{new string('x', 5000)}}"}""" + "\n" + """{"id": "ok", "text": "نص"}""");
        var txt = Write(folder, "long.txt", new string('x', 5000));
        var items = ArticleReader.Read([jsonl, txt], options).ToList();
        Assert.AreEqual($"{jsonl}:1: line longer than 3.9 KB, skipped", items[0].Problem!.ToString());
        Assert.AreEqual("ok", items[1].Article!.Id);
        Assert.AreEqual($"{txt}: file of 4.9 KB is over the 3.9 KB limit, skipped", items[2].Problem!.ToString());
    }

    [TestMethod]
    public void Every_encoding_of_the_same_article_reads_the_same()
    {
        var folder = TestPaths.TempFolder();
        const string text = "روسيا تتوسط\nبين أرمينيا وأذربيجان.";
        var files = new[]
        {
            Write(folder, "utf8.txt", text),
            Write(folder, "utf8bom.txt", text, new UTF8Encoding(true)),
            Write(folder, "utf16le.txt", text, new UnicodeEncoding(false, true)),
            Write(folder, "utf16be.txt", text, new UnicodeEncoding(true, true)),
            Write(folder, "cp1256.txt", text, TextDecoder.Windows1256),
        };
        foreach (var file in files)
        {
            var article = Read(file).Single().Article!;
            Assert.AreEqual(text, article.Text, file);
            Assert.AreEqual("روسيا تتوسط", article.Title, file);
        }
    }

    [TestMethod]
    public void An_html_page_served_in_windows_1256_is_decoded()
    {
        var folder = TestPaths.TempFolder();
        var file = Write(folder, "page.html",
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><title>روسيا تتوسط</title></head>" +
            "<body><p>دعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار.</p></body></html>", TextDecoder.Windows1256);
        var article = Read(file).Single().Article!;
        Assert.AreEqual(("روسيا تتوسط", "دعت روسيا أرمينيا وأذربيجان إلى وقف إطلاق النار."), (article.Title, article.Text));
    }

    [TestMethod]
    public void Jsonl_in_utf16_or_windows_1256_is_decoded()
    {
        var folder = TestPaths.TempFolder();
        const string line = """{"id": "a", "title": "عنوان", "text": "روسيا تتوسط"}""";
        var utf16 = Write(folder, "u16.jsonl", line + "\n", new UnicodeEncoding(false, true));
        var cp1256 = Write(folder, "cp.jsonl", line + "\n", TextDecoder.Windows1256);
        foreach (var file in new[] { utf16, cp1256 })
            Assert.AreEqual(new Article("a", "عنوان", "روسيا تتوسط"), Read(file).Single().Article, file);
    }

    [TestMethod]
    public void Missing_empty_binary_unsupported_and_unreadable_inputs_are_reported_one_line_each()
    {
        var folder = TestPaths.TempFolder();
        var missing = Path.Combine(folder, "missing.txt");
        var empty = Write(folder, "empty.txt", "");
        var emptyJsonl = Write(folder, "empty.jsonl", "");
        var blankJsonl = Write(folder, "blank.jsonl", "\n  \n");
        var binary = Path.Combine(folder, "image.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48]);
        var pdf = Write(folder, "report.pdf", "%PDF-1.4");
        var locked = Write(folder, "locked.txt", "نص");
        var noArticles = Path.Combine(folder, "sub");
        Write(noArticles, "readme.md", "# ليس مقالا");
        var good = Write(folder, "good.txt", "عنوان\nنص");
        List<ReadItem> items;
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            items = Read(missing, empty, emptyJsonl, blankJsonl, binary, pdf, locked, noArticles, good);
        var messages = items.Where(i => i.Problem is not null).Select(i => i.Problem!.ToString()).ToArray();
        Assert.AreEqual($"{missing}: no such file or folder", messages[0]);
        Assert.AreEqual($"{empty}: empty file", messages[1]);
        Assert.AreEqual($"{emptyJsonl}: empty file", messages[2]);
        Assert.AreEqual($"{blankJsonl}: no articles (only blank lines)", messages[3]);
        Assert.AreEqual($"{binary}: binary file (not text; UTF-16 needs a byte-order mark), skipped", messages[4]);
        Assert.AreEqual($"{pdf}: not a .txt, .html or .jsonl file, skipped", messages[5]);
        Assert.StartsWith($"{locked}: cannot be read (", messages[6]);
        Assert.AreEqual($"{noArticles}: no .txt, .html or .jsonl files in this folder", messages[7]);
        Assert.HasCount(8, messages);
        Assert.IsTrue(messages.All(m => !m.Contains('\n')));
        Assert.AreEqual("good", items.Last().Article!.Id);
    }

    [TestMethod]
    public void A_dash_reads_jsonl_from_standard_input()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"id": "s1", "text": "نص"}""" + "\n" + "{oops\n");
        var options = new ReaderOptions { StandardInput = () => new MemoryStream(bytes) };
        var items = ArticleReader.Read(["-"], options).ToList();
        Assert.AreEqual("s1", items[0].Article!.Id);
        Assert.StartsWith("<stdin>:2: malformed JSON line", items[1].Problem!.ToString());
    }

    [TestMethod]
    public void A_lone_surrogate_escape_in_any_field_becomes_u_fffd_with_one_warning_and_the_article_is_read()
    {
        var folder = TestPaths.TempFolder();
        var file = Write(folder, "cut.jsonl", string.Join('\n',
            """{"id": "t", "title": "عنوان \ud83d", "text": "روسيا تتوسط \udc09 بين أرمينيا وأذربيجان"}""",
            """{"id": "x\udc09", "text": "نص"}""",
            """{"id": "pair", "text": "نص \ud83d\ude00 كامل"}"""));
        var items = Read(file);
        Assert.IsTrue(items.All(i => i.Article is not null));
        Assert.AreEqual(("عنوان \uFFFD", "روسيا تتوسط \uFFFD بين أرمينيا وأذربيجان"), (items[0].Article!.Title, items[0].Article!.Text));
        Assert.AreEqual($"{file}:1: article t: 2 lone surrogate escapes (half of a character pair) replaced with U+FFFD in \"title\", \"text\"", items[0].Warning!.ToString());
        Assert.AreEqual("x\uFFFD", items[1].Article!.Id);
        Assert.AreEqual(("نص 😀 كامل", (InputDiagnostic?)null), (items[2].Article!.Text, items[2].Warning));
    }

    [TestMethod]
    public void Nearly_valid_utf8_is_utf8_with_the_count_of_bad_bytes_and_windows_1256_is_announced()
    {
        var folder = TestPaths.TempFolder();
        const string text = "روسيا تتوسط\nبين أرمينيا وأذربيجان لوقف إطلاق النار في الإقليم";
        var utf8 = Encoding.UTF8.GetBytes(text);
        var oneBad = Path.Combine(folder, "one-bad.txt");
        File.WriteAllBytes(oneBad, [.. utf8[..10], 0xFF, .. utf8[10..]]);
        var cut = Path.Combine(folder, "cut.txt");
        File.WriteAllBytes(cut, utf8[..^1]);
        var cp1256 = Write(folder, "cp1256.txt", text, TextDecoder.Windows1256);
        var items = Read(oneBad, cut, cp1256);
        Assert.AreEqual("روسيا\uFFFD تتوسط", items[0].Article!.Title);
        Assert.AreEqual($"{oneBad}: article one-bad: 1 invalid UTF-8 byte replaced with U+FFFD", items[0].Warning!.ToString());
        Assert.AreEqual(text[..^1] + "\uFFFD", items[1].Article!.Text);
        Assert.AreEqual($"{cut}: article cut: 1 invalid UTF-8 byte replaced with U+FFFD", items[1].Warning!.ToString());
        Assert.AreEqual(text, items[2].Article!.Text);
        StringAssert.Contains(items[2].Warning!.ToString(), "not UTF-8 (");
        StringAssert.Contains(items[2].Warning!.ToString(), "read as Windows-1256; give --encoding if it is another encoding");
    }

    [TestMethod]
    public void An_encoding_given_by_the_user_overrides_the_evidence_for_files_and_jsonl()
    {
        var folder = TestPaths.TempFolder();
        const string text = "روسيا تتوسط بين أرمينيا وأذربيجان";
        var iso = Encoding.GetEncoding("iso-8859-6");
        var txt = Write(folder, "iso.txt", text, iso);
        var jsonl = Write(folder, "iso.jsonl", $$"""{"id": "j", "text": "{{text}}"}""" + "\n", iso);
        var options = new ReaderOptions { Encoding = TextDecoder.Named("iso-8859-6") };
        var items = ArticleReader.Read([txt, jsonl], options).ToList();
        Assert.AreEqual((text, text), (items[0].Article!.Text, items[1].Article!.Text));
        Assert.IsTrue(items.All(i => i.Warning is null));
        Assert.AreNotEqual(text, Read(txt).Single().Article!.Text, "read on its evidence the same bytes are taken for Windows-1256");
    }

    [TestMethod]
    public void A_jsonl_line_with_a_bad_byte_is_read_as_utf8_with_a_warning_naming_its_line()
    {
        var folder = TestPaths.TempFolder();
        var path = Path.Combine(folder, "feed.jsonl");
        var good = Encoding.UTF8.GetBytes("""{"id": "a", "text": "روسيا تتوسط بين أرمينيا وأذربيجان"}""" + "\n");
        var bad = Encoding.UTF8.GetBytes("""{"id": "b", "text": "روسيا تتوسط بين أرمينيا وأذربيجان"}""" + "\n");
        File.WriteAllBytes(path, [.. good, .. bad[..21], 0xFF, .. bad[21..]]);
        var items = Read(path);
        Assert.IsNull(items[0].Warning);
        Assert.AreEqual($"{path}:2: article b: 1 invalid UTF-8 byte replaced with U+FFFD", items[1].Warning!.ToString());
        StringAssert.Contains(items[1].Article!.Text, "أرمينيا وأذربيجان");
    }

    [TestMethod]
    public void A_repeated_id_is_skipped_with_the_place_of_the_first_and_fields_of_the_wrong_type_are_told()
    {
        var folder = TestPaths.TempFolder();
        var feed = Write(folder, "feed.jsonl", string.Join('\n',
            """{"id": "a", "title": "أول", "text": "نص"}""",
            """{"id": 7, "text": "نص"}""",
            """{"id": "a", "title": "ثان", "text": "نص آخر"}""",
            """{"id": "n", "text": 42}""",
            """{"id": "o", "text": {"body": "نص"}}""",
            """{"id": "q", "text": "نص", "title": 42, "date": ["2020"]}""",
            """{"id": "r", "text": "نص", "text": "ثان"}""",
            "42", "\"نص\"", "null", "true"));
        var other = Write(folder, "other.jsonl", """{"id": "7", "text": "نص"}""" + "\n");
        var txt = Write(folder, "a.txt", "عنوان\nنص");
        var items = ArticleReader.Read([feed, other, txt]).ToList();
        var messages = items.Select(i => (i.Problem ?? i.Warning)?.ToString()).ToArray();
        Assert.AreEqual("أول", items[0].Article!.Title);
        Assert.AreEqual($"{feed}:3: article a: same id as the article at {feed}:1, skipped", messages[2]);
        Assert.AreEqual($"{feed}:4: article n: \"text\" is a number, not a string, skipped", messages[3]);
        Assert.AreEqual($"{feed}:5: article o: \"text\" is an object, not a string, skipped", messages[4]);
        Assert.AreEqual($"{feed}:6: article q: \"title\" is a number, not a string; ignored; \"date\" is an array, not a string; ignored", messages[5]);
        Assert.AreEqual(("ثان", $"{feed}:7: article r: \"text\" given twice, the last one kept"), (items[6].Article!.Text, messages[6]));
        CollectionAssert.AreEqual(new[] { "a number", "a string", "null", "a boolean" }.Select((kind, i) => $"{feed}:{8 + i}: not a JSON object ({kind}), skipped").ToArray(), messages[7..11]);
        Assert.AreEqual($"{other}:1: article 7: same id as the article at {feed}:2, skipped", messages[11]);
        Assert.AreEqual($"{txt}: article a: same id as the article at {feed}:1, skipped", messages[12]);
    }

    [TestMethod]
    public void Repeating_an_input_gives_new_ids_on_each_pass()
    {
        var items = RepeatedInput.Repeat(() => ArticleReader.Read([TestPaths.Seeds]), 3).ToList();
        Assert.HasCount(15, items);
        Assert.AreEqual(15, items.Select(i => i.Article!.Id).Distinct().Count());
        Assert.AreEqual("000_e6aa6f2cf8c433dc~3", items[10].Article!.Id);
        Assert.AreEqual(items[0].Article!.Text, items[10].Article!.Text);
    }
}
