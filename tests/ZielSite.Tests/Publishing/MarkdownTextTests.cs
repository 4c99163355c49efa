using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Kreis Borken", "Kreis Borken")]
    [InlineData("Stadt Mülheim an der Ruhr", "Stadt Mülheim an der Ruhr")]
    [InlineData("Rhein-Kreis Neuss", "Rhein-Kreis Neuss")]
    [InlineData("![x](https://evil.example/t.png)", "\\!\\[x\\]\\(https\\://evil\\.example/t\\.png\\)")]
    [InlineData("[Klick](javascript:alert(1))", "\\[Klick\\]\\(javascript\\:alert\\(1\\)\\)")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("**fett** _kursiv_ ~~weg~~ `code`", "\\*\\*fett\\*\\* \\_kursiv\\_ \\~\\~weg\\~\\~ \\`code\\`")]
    [InlineData("www.evil.example", "www\\.evil\\.example")]
    [InlineData("@ministerium/team", "\\@ministerium/team")]
    [InlineData("$x^2$", "\\$x^2\\$")]
    [InlineData("Zeile 1\n# Zeile 2\r\n", "Zeile 1 \\# Zeile 2  ")]
    [InlineData("&lt;b&gt;", "&amp;lt;b&amp;gt;")]
    [InlineData("a\\", "a\\\\")]
    public void Input_text_is_literal_in_a_cell(string text, string expected) => Assert.Equal(expected, MarkdownText.Cell(text));

    [Theory]
    [InlineData("elb_f", "`elb_f`")]
    [InlineData("x`y", "x\\`y")]
    [InlineData("site/main.zip", "`site/main.zip`")]
    [InlineData("a|b", "a\\|b")] // a pipe would end the table cell even in a code span
    public void A_key_is_a_code_span_only_when_plain(string text, string expected) => Assert.Equal(expected, MarkdownText.Code(text));

    [Fact]
    public void Known_target_names_are_written_as_the_site_writes_them_unknown_keys_escaped()
    {
        Assert.Equal("Zahl der Integrationen", MarkdownText.Target("integrationen"));
        Assert.Equal("\\!\\[x\\]\\(y\\)", MarkdownText.Target("![x](y)"));
    }
}
