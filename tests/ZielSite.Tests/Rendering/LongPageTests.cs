using ZielSite.Inputs;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// No silent truncation: Scriban cuts output at 1 MiB characters by default; a page longer than that (a long
/// Markdown page, a 1.2 MB agreement) is written whole, to its last word and &lt;/html&gt;.
/// </summary>
public class LongPageTests
{
    [Fact]
    public void A_page_of_more_than_a_mebibyte_is_written_whole()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Ein langer Absatz über die Zielvereinbarung. ", 40)) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, 700)); // 700 × 1.801 characters: 1,26 million
        Assert.True(body.Length > 1_200_000);
        var model = TestSite.Model();
        model = model with { Pages = [.. model.Pages, new MarkdownPage("lang", "Lang", "# Lang\n\n" + body + "Das letzte Wort.\n", "content/pages/lang.md")] };
        var site = new RenderedSite(model);
        Assert.Empty(site.Diagnostics.ToSortedList());
        var html = site.Text("lang/index.html");
        Assert.True(html.Length > 1_200_000, $"the page has {html.Length} characters");
        Assert.Contains("<p>Das letzte Wort.</p>", html);
        Assert.EndsWith("</html>\n", html);
    }
}
