using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

public class LinkCheckerTests
{
    private static OutputFile F(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Finds_broken_links_other_hosts_root_absolute_and_folder_links_with_their_line()
    {
        var files = new[]
        {
            F("index.html", "<a href=\"2023/index.html\">ok</a>\n<a href=\"2023/missing.html\">broken</a>\n<img src=\"https://cdn.example.org/x.png\">\n<script src=\"//cdn.example.org/p.js\"></script>\n<a href=\"/abs.html\">abs</a>\n<a href=\"2023/\">folder</a>\n<a href=\"#oben\">frag</a> <a href=\"mailto:a@b.de\">mail</a>"),
            F("2023/index.html", "<h1 id=\"oben\">x</h1><a href=\"../index.html#nirgends\">frag</a><a href='../quellen/2023/a%20b.txt'>q</a>"),
            F("assets/style.css", "body { background: url(\"https://example.org/bg.png\"); }\n@import \"fonts.css\";"),
        };
        var bag = new DiagnosticBag();
        LinkChecker.Check(files, bag, ["quellen/2023/a b.txt"], Severity.Error);
        var found = bag.ToSortedList().Select(d => $"{d.Span}|{d.Code}").ToList();
        Assert.Equal(
        [
            "2023/index.html:1|ZS0503",      // fragment #nirgends missing on index.html
            "assets/style.css:1|ZS0504",     // url(https://…)
            "assets/style.css:2|ZS0503",     // @import of a file that does not exist
            "index.html:2|ZS0503",           // 2023/missing.html
            "index.html:3|ZS0504",           // https://
            "index.html:4|ZS0504",           // //host
            "index.html:5|ZS0503",           // root-absolute
            "index.html:6|ZS0503",           // folder link
            "index.html:7|ZS0503",           // #oben is not an id of index.html
        ], found);
        Assert.All(bag.ToSortedList(), d => Assert.True(d.IsError));
    }

    [Theory]
    [InlineData("2023/kreis-borken/index.html", "../../assets/style.css", "assets/style.css")]
    [InlineData("2023/index.html", "kreis-borken/daten.csv", "2023/kreis-borken/daten.csv")]
    [InlineData("index.html", "../x.html", null)]
    public void Resolves_relative_to_the_page_folder(string page, string target, string? expected) =>
        Assert.Equal(expected, LinkChecker.Resolve(page, target));
}
