using System.Text;
using ZielSite.Templates;

namespace ZielSite.Tests.Rendering;

/// <summary>The first use of an abbreviation on a page is marked, only in the page's text, once.</summary>
public class AbbreviationMarkerTests
{
    private const string Zkt = "<abbr title=\"zugelassene kommunale Träger (Jobcenter, die ein Kreis oder eine kreisfreie Stadt allein trägt)\">zkT</abbr>";
    private const string Sgb2 = "<abbr title=\"Zweites Buch Sozialgesetzbuch (Grundsicherung für Arbeitsuchende)\">";

    [Theory]
    // The first use only, in document order, whichever element it stands in.
    [InlineData("<h1>alle zkT</h1><p>zkT und zkT</p>", "<h1>alle " + Zkt + "</h1><p>zkT und zkT</p>")]
    // Whole words only: no "zkTs", no "BAföG", "K2" not inside "K2E3"; "SGB III" is not "SGB II".
    [InlineData("<p>zkTs BAföG K2E3x SGB III</p>", "<p>zkTs BAföG K2E3x <abbr title=\"Drittes Buch Sozialgesetzbuch (Arbeitsförderung)\">SGB III</abbr></p>")]
    // A no-break space, as an entity or a character, is a space.
    [InlineData("<p>§ 48b SGB&nbsp;II, SGB II</p>", "<p>§ 48b " + Sgb2 + "SGB&nbsp;II</abbr>, SGB II</p>")]
    // Spelt out in parentheses: the first use, unmarked; later uses stay plain.
    [InlineData("<p>Integrationsquote (K2)</p><p>K2</p>", "<p>Integrationsquote (K2)</p><p>K2</p>")]
    // An abbr of the page's own counts; attributes, head, scripts, comments, svg and code are never read.
    [InlineData("<p><abbr title=\"x\">zkT</abbr> zkT</p>", "<p><abbr title=\"x\">zkT</abbr> zkT</p>")]
    [InlineData("<head><title>zkT</title></head><body><p aria-label=\"zkT > ELB\">x</p><p>zkT</p></body>",
        "<head><title>zkT</title></head><body><p aria-label=\"zkT > ELB\">x</p><p>" + Zkt + "</p></body>")]
    [InlineData("<script type=\"application/json\">{\"t\":\"zkT </p> ELB\"}</script><!-- zkT --><svg><text>zkT</text></svg><code>zkT</code><p>zkT</p>",
        "<script type=\"application/json\">{\"t\":\"zkT </p> ELB\"}</script><!-- zkT --><svg><text>zkT</text></svg><code>zkT</code><p>" + Zkt + "</p>")]
    // A "<" that starts no tag is text.
    [InlineData("<p>a < b zkT</p>", "<p>a < b " + Zkt + "</p>")]
    public void Marks_the_first_use_in_the_text(string page, string expected) =>
        Assert.Equal(expected, AbbreviationMarker.Mark(page));

    [Fact]
    public void A_page_in_many_chunks_reads_as_one()
    {
        var piece = "<p>Text zkT ELB</p><script>var a = \"</p><b>zkT</b>\";</script><!-- c -- zkT --><svg><rect/></svg>";
        var one = new StringBuilder();
        for (var i = 0; i < 500; i++) one.Append(piece).Append(i % 7 == 0 ? "<p>LZB BG JFW</p>" : "<p>K2</p>");
        var text = one.ToString();
        // A builder of many chunks (appended a few characters at a time) and one of a single chunk give the same page.
        var many = new StringBuilder(16);
        for (var i = 0; i < text.Length; i += 3) many.Append(text, i, Math.Min(3, text.Length - i));
        Assert.True(CountChunks(many) > 5);
        var single = new StringBuilder(text.Length).Append(text);
        Assert.Equal(1, CountChunks(single));
        var expected = AbbreviationMarker.Mark(single).ToString();
        Assert.Equal(expected, AbbreviationMarker.Mark(many).ToString());
        Assert.Equal(6, expected.Split("<abbr ").Length - 1); // zkT, ELB, LZB, BG, JFW, K2: once each
    }

    private static int CountChunks(StringBuilder sb)
    {
        var n = 0;
        foreach (var _ in sb.GetChunks()) n++;
        return n;
    }
}
