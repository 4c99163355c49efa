using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Rendering;
using Xunit;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// The words of the frame come from <c>templates/strings.json</c>: a project's own file with one key changes that
/// label on every page kind and nothing else; a bad file is a ZS0506 diagnostic with file and line.
/// </summary>
public sealed class TemplateStringsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("zielsite-strings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Render(string strings)
    {
        File.WriteAllText(Path.Combine(_dir, "strings.json"), strings);
        var bag = new DiagnosticBag();
        var files = RenderedSite.Render(TestSite.Model(), [_dir, TestSite.BuiltInTemplates], bag);
        return (files, bag.ToSortedList());
    }

    private static string Text(IReadOnlyList<OutputFile> files, string path) =>
        Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content.Span);

    private static string Between(string html, string start, string end)
    {
        var i = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not found");
        return html[i..html.IndexOf(end, i, StringComparison.Ordinal)];
    }

    [Fact]
    public void A_projects_home_label_is_in_the_navigation_and_breadcrumbs_of_every_page_kind()
    {
        var (files, diagnostics) = Render("{ \"home\": \"Zur Startseite\" }\n");
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.TemplateStrings);

        // index, region, overview, Markdown page, search, 404
        foreach (var path in new[] { "index.html", "2023/kreis-borken/index.html", "2023/index.html", "methodik/index.html", "suche/index.html", "404.html" })
        {
            var html = Text(files, path);
            var nav = Between(html, "aria-label=\"Hauptnavigation\"", "</nav>");
            Assert.Contains(">Zur Startseite</a>", nav, StringComparison.Ordinal);
            // Only that label changed: the other links of the navigation keep the built-in words.
            Assert.Contains(">Übersicht 2024</a>", nav, StringComparison.Ordinal);
            Assert.Contains(">Suche</a>", nav, StringComparison.Ordinal);
            if (path != "index.html")
            {
                // The first crumb leads home (the start page itself has no breadcrumbs).
                var crumbs = Between(html, "aria-label=\"Brotkrumennavigation\"", "</nav>");
                var first = crumbs[crumbs.IndexOf("<li>", StringComparison.Ordinal)..crumbs.IndexOf("</li>", StringComparison.Ordinal)];
                Assert.Contains(">Zur Startseite</a>", first, StringComparison.Ordinal);
            }
            Assert.DoesNotContain(">Startseite<", html, StringComparison.Ordinal);
        }
        // Templates read the same words: the 404 page's link back to the start.
        Assert.Contains("Weiter zur <a href=\"index.html\">Zur Startseite</a>", Text(files, "404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_with_a_placeholder_is_filled_where_it_is_used()
    {
        var (files, _) = Render("{ \"overview\": \"Jahresüberblick {year}\", \"not_found\": \"Nicht da\" }");
        Assert.Contains("<h1>Jahresüberblick 2023</h1>", Text(files, "2023/index.html"), StringComparison.Ordinal);
        Assert.Contains(">Jahresüberblick 2023</a>", Text(files, "2023/kreis-borken/index.html"), StringComparison.Ordinal);
        var notFound = Text(files, "404.html");
        Assert.Contains("<h1>Nicht da</h1>", notFound, StringComparison.Ordinal);
        Assert.Contains(">Jahresüberblick 2024</a>.</p>", notFound, StringComparison.Ordinal);
        // The start page's links to the overviews use the same word, in its list of years too.
        var index = Text(files, "index.html");
        Assert.Contains("index.html\">Jahresüberblick 2023</a></li>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Übersicht 202", index, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_its_line()
    {
        var (files, diagnostics) = Render("{\n  \"home\": \"Start\",\n  \"hom\": \"Start\"\n}\n");
        Assert.NotEmpty(files);
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.TemplateStrings);
        Assert.False(d.IsError);
        Assert.EndsWith("strings.json", d.Span.File, StringComparison.Ordinal);
        Assert.Equal(3, d.Span.Line);
        Assert.Contains("'hom'", d.Message, StringComparison.Ordinal);
        Assert.Contains(">Start</a>", Text(files, "index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"home\": \"Start\"\n  \"search\": \"Finden\"\n}\n", 3)] // a comma missing
    [InlineData("{\n  \"home\": 1\n}\n", 2)]                                // not a string
    [InlineData("[\"home\"]\n", 1)]                                          // not an object
    [InlineData("{\n\"home\": \"a\",\n\"home\": \"b\"\n}", 3)]              // a key twice
    public void A_malformed_file_is_an_error_at_its_line_and_no_site(string text, int line)
    {
        var (files, diagnostics) = Render(text);
        Assert.Empty(files);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateStrings, d.Code);
        Assert.True(d.IsError);
        Assert.EndsWith("strings.json", d.Span.File, StringComparison.Ordinal);
        Assert.Equal(line, d.Span.Line);
        Assert.DoesNotContain("LineNumber", d.Message, StringComparison.Ordinal); // one position, the span's (1-based)
    }

    [Fact]
    public void Placeholders_are_filled_in_one_pass()
    {
        File.WriteAllText(Path.Combine(_dir, "strings.json"), "{ \"t\": \"{site} in {land}: {other}\" }");
        var strings = ZielSite.Templates.TemplateStrings.Load([_dir], f => f, new DiagnosticBag());
        // A value that holds a placeholder's name stays as it is; a name without a value is kept.
        Assert.Equal("Ziele {land} in Bayern: {other}", strings.Format("t", ("site", "Ziele {land}"), ("land", "Bayern")));
        Assert.Equal("missing", strings["missing"]);
    }

    [Fact]
    public void Every_key_the_program_asks_for_is_in_the_built_in_file()
    {
        var builtin = ZielSite.Templates.TemplateStrings.Load([TestSite.BuiltInTemplates], f => f, new DiagnosticBag());
        var source = string.Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src", "ZielSite", "Rendering"), "SiteRun*.cs").Select(File.ReadAllText));
        var keys = System.Text.RegularExpressions.Regex.Matches(source, @"(?:strings\[|Format\()""([a-z_]+)""").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("home", keys); // the pattern finds them
        Assert.True(keys.Count >= 15, string.Join(", ", keys));
        Assert.All(keys, k => Assert.True(builtin.Values.ContainsKey(k), $"templates/strings.json has no '{k}'"));
    }
}
