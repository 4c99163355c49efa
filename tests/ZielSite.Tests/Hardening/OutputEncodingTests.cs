using System.Text;
using ZielSite.Inputs;
using ZielSite.Rendering;
using ZielSite.Text;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// Issue 19 §2: output encoding by context. Each encoder with hand-checked values, then a project whose pages,
/// names and settings are hostile: no generic attributes, no media iframes, no spreadsheet formula, no CSS string
/// ended early, no plotly markup, no javascript: base URL.
/// </summary>
public sealed class OutputEncodingTests
{
    [Theory]
    [InlineData("Kreis Borken", "Kreis Borken")]
    [InlineData("=HYPERLINK(\"https://x.example\";\"klick\")", "\"'=HYPERLINK(\"\"https://x.example\"\";\"\"klick\"\")\"")]
    [InlineData("+49 2861", "\"'+49 2861\"")]
    [InlineData("-1+2", "\"'-1+2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tTab", "\"'\tTab\"")]
    [InlineData("\rCR", "\"'\rCR\"")]
    [InlineData("-5,0", "-5,0")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+3", "+3")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("", "")]
    public void A_csv_cell_is_quoted_and_a_formula_neutralised_but_a_number_stays_a_number(string text, string cell) =>
        Assert.Equal(cell, CsvText.Cell(text));

    [Theory]
    [InlineData("Ist-Wert", "Ist-Wert")]
    [InlineData("Wert\"; } body { background: url(https://x.example/) } .a { content: \"", "Wert\\22 ; } body { background: url(https://x.example/) } .a { content: \\22 ")]
    [InlineData("Zeile\rUmbruch\n", "Zeile\\d Umbruch\\a ")]
    [InlineData("</style><script>", "\\3c /style\\3e \\3c script\\3e ")]
    [InlineData("a\\b'c", "a\\5c b\\27 c")]
    public void A_css_string_never_ends_early(string text, string escaped) =>
        Assert.Equal(escaped, SiteRun.CssString(text));

    [Theory]
    [InlineData("Kreis Borken", "Kreis Borken")]
    [InlineData("<a href=\"https://x.example\">Essen</a>", "&lt;a href=\"https://x.example\"&gt;Essen&lt;/a&gt;")]
    [InlineData("A & B", "A &amp; B")]
    public void A_plotly_text_is_text_not_markup(string text, string escaped) =>
        Assert.Equal(escaped, FigureJson.PlotlyText(text));

    [Theory]
    [InlineData("https://www.example.de/ziele/", null)]
    [InlineData("http://intranet.land.de", null)]
    [InlineData("/ziele/", null)]
    [InlineData("", null)]
    [InlineData("javascript:alert(1)", "'javascript:alert(1)' is no http or https address and no path from the server's root (such as /ziele/)")]
    [InlineData("JaVaScRiPt:alert(1)", "'JaVaScRiPt:alert(1)' is no http or https address and no path from the server's root (such as /ziele/)")]
    [InlineData("data:text/html,x", "'data:text/html,x' is no http or https address and no path from the server's root (such as /ziele/)")]
    [InlineData("//evil.example/", "'//evil.example/' names another host without a scheme; write https://…")]
    [InlineData("ziele/", "'ziele/' is no http or https address and no path from the server's root (such as /ziele/)")]
    [InlineData("https://user:pw@example.de/", "'https://user:pw@example.de/' carries a user name or password")]
    [InlineData("https://example.de/\"><script>", "'https://example.de/\"><script>' has a space, quote, angle bracket, backslash or control character")]
    [InlineData("https://example.de/\n", "'https://example.de/\n' has a space, quote, angle bracket, backslash or control character")]
    public void A_base_url_is_an_http_address_or_a_path(string url, string? problem) =>
        Assert.Equal(problem, ConfigReader.BaseUrlProblem(url));

    [Fact]
    public void A_javascript_base_url_in_the_config_is_an_error_at_its_line_and_not_used()
    {
        var bag = new Diagnostics.DiagnosticBag();
        var config = ConfigReader.Read("{\n  \"title\": \"T\",\n  \"base_url\": \"javascript:alert(document.domain)//\"\n}\n", "zielsite.json", bag);
        Assert.Null(config.BaseUrl);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal("zielsite.json:3: error: base_url 'javascript:alert(document.domain)//' is no http or https address and no path from the server's root (such as /ziele/); it is not used [ZS0110]", d.ToString());
    }

    [Fact]
    public void Markdown_pages_have_no_generic_attributes_no_media_frames_and_no_custom_containers()
    {
        var pipeline = MarkdownPipelines.Pages(allowRawHtml: false);
        string Html(string md) => MarkdownLinkGuard.ToHtml(md, pipeline, "content/pages/x.md", new Diagnostics.DiagnosticBag());
        var attributes = Html("![x](../assets/favicon.svg){onload=\"alert(1)\"}\n\n# Titel {style=\"background:url(https://x.example/a.png)\"}\n\n[a](b.html){srcset=\"https://x.example/1.png 1x\" onclick=alert(2)}\n");
        // The braces stay as text; no tag gets an attribute from them.
        Assert.DoesNotMatch("<[^>]*\\s(onload|onclick|style|srcset)=", attributes);
        Assert.Contains("{onload=&quot;alert(1)&quot;}", attributes);
        Assert.Contains("<img src=\"../assets/favicon.svg\" alt=\"x\" />", attributes);
        Assert.DoesNotContain("<iframe", Html("![Video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n"));
        // An image of another host is an error and is not published as one: no reader's browser loads it.
        var bag = new Diagnostics.DiagnosticBag();
        var image = MarkdownLinkGuard.ToHtml("Text\n\n![Logo](https://cdn.example/logo.png)\n\n![Logo](//cdn.example/l.png)\n\n![ok](../assets/favicon.svg)\n", pipeline, "content/pages/x.md", bag);
        Assert.DoesNotContain("cdn.example", image);
        Assert.Contains("<img src=\"../assets/favicon.svg\" alt=\"ok\" />", image);
        Assert.Equal(
            ["content/pages/x.md:3:1: error: the image 'https://cdn.example/logo.png' would be loaded from another host by every reader; copy it into templates/assets/ and link it there [ZS0507]",
             "content/pages/x.md:5:1: error: the image '//cdn.example/l.png' would be loaded from another host by every reader; copy it into templates/assets/ and link it there [ZS0507]"],
            bag.ToSortedList().Select(d => d.ToString()));
        Assert.DoesNotContain("class=\"sample-notice\"", Html("::: sample-notice\nGefälschter Hinweis\n:::\n"));
        // What authors use still works: tables, footnotes, heading ids, task lists, definition lists.
        var ok = Html("## Ziele\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Fußnote\n\n- [x] erledigt\n\nBegriff\n:   Erklärung\n");
        Assert.Contains("<h2 id=\"ziele\">Ziele</h2>", ok);
        Assert.Contains("<table", ok);
        Assert.Contains("class=\"footnotes\"", ok);
        Assert.Contains("type=\"checkbox\"", ok);
        Assert.Contains("<dl>", ok);
    }
}
