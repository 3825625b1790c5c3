using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Input;

[TestClass]
public sealed class HtmlTextTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="ar"><head><meta charset="utf-8"><title>روسيا تتوسط &amp; تدعو</title>
        <style>p { color: red }</style><script>var x = "<p>ليس نصا</p>";</script></head>
        <body>
        <header><a href="/">الرئيسية</a></header>
        <nav><ul><li>سياسة</li><li>رياضة</li></ul></nav>
        <!-- تعليق -->
        <h1>عنوان المقال</h1>
        <p>قالت روسيا إنها <b>مستعدة</b>&nbsp;للوساطة.</p><p>ودعت أرمينيا   وأذربيجان إلى الحوار.<br>سطر ثالث</p>
        <aside>اقرأ أيضا</aside>
        <footer>جميع الحقوق محفوظة</footer>
        </body></html>
        """;

    [TestMethod]
    public void Keeps_the_article_text_one_block_per_line()
    {
        var page = HtmlText.Extract(Page);
        Assert.AreEqual("عنوان المقال\nقالت روسيا إنها مستعدة للوساطة.\nودعت أرمينيا وأذربيجان إلى الحوار.\nسطر ثالث", page.Text);
    }

    [TestMethod]
    public void Title_comes_from_the_title_element_with_entities_decoded()
    {
        Assert.AreEqual("روسيا تتوسط & تدعو", HtmlText.Extract(Page).Title);
    }

    [TestMethod]
    public void Without_a_title_element_the_first_h1_is_the_title()
    {
        var page = HtmlText.Extract("<body><h1>الأول</h1><p>نص</p><h1>الثاني</h1></body>");
        Assert.AreEqual("الأول", page.Title);
    }

    [TestMethod]
    public void Broken_markup_does_not_lose_text_or_throw()
    {
        var page = HtmlText.Extract("<p>أ < ب <div class=\"x>نص</p><script>لا نهاية");
        Assert.AreEqual("أ < ب", page.Text);
        Assert.AreEqual("نص بعد", HtmlText.Extract("<html><head><title>ع</title><body>نص بعد").Text);
    }
}
