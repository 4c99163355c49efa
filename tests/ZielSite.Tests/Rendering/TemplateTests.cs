using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

public sealed class TemplateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("zielsite-tpl-").FullName;

    public TemplateTests() => Directory.CreateDirectory(Path.Combine(_dir, "partials"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (IReadOnlyList<ZielSite.Output.OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Render(SiteModel? model = null)
    {
        var bag = new DiagnosticBag();
        var files = RenderedSite.Render(model ?? TestSite.Model(), [_dir, TestSite.BuiltInTemplates], bag);
        return (files, bag.ToSortedList());
    }

    private static string Text(IReadOnlyList<ZielSite.Output.OutputFile> files, string path) =>
        Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content.Span);

    [Fact]
    public void Syntax_error_gives_a_diagnostic_with_file_and_line_and_no_site()
    {
        File.WriteAllText(Path.Combine(_dir, "region.sbn-html"), "<h1>x</h1>\n<p>ok</p>\n<p>{{ page.year + }}</p>\n");
        var (files, diagnostics) = Render();
        Assert.Empty(files);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, d.Code);
        Assert.True(d.IsError);
        Assert.EndsWith("region.sbn-html", d.Span.File);
        Assert.Equal(3, d.Span.Line); // "+" without its right operand on line 3
    }

    [Fact]
    public void Runtime_error_gives_a_diagnostic_with_file_and_line()
    {
        File.WriteAllText(Path.Combine(_dir, "404.sbn-html"), "<h1>Nicht gefunden</h1>\n{{ no_such_function 1 2 }}\n");
        var (_, diagnostics) = Render();
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, d.Code);
        Assert.Equal(2, d.Span.Line);
        Assert.EndsWith("404.sbn-html", d.Span.File);
    }

    [Fact]
    public void A_template_cannot_read_the_clock_so_the_same_input_gives_the_same_bytes()
    {
        File.WriteAllText(Path.Combine(_dir, "404.sbn-html"), "<h1>Nicht gefunden</h1>\n<p>{{ date.now | date.to_string \"%Y\" }}</p>\n");
        var (_, diagnostics) = Render();
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, d.Code);
        Assert.Equal(2, d.Span.Line);
        Assert.Contains("date.now is not available", d.Message);
        Assert.Contains("site.generated_at", d.Message);
        // The other date functions stay: a fixed date is formatted as before.
        File.WriteAllText(Path.Combine(_dir, "404.sbn-html"), "<h1>Nicht gefunden</h1>\n<p>{{ date.parse \"2023-03-01\" | date.to_string \"%Y\" }}</p>\n");
        var (files, after) = Render();
        Assert.Empty(after);
        Assert.Contains("<p>2023</p>", Text(files, "404.html"));
    }

    [Fact]
    public void Project_templates_override_built_in_ones_also_for_includes_and_assets()
    {
        File.WriteAllText(Path.Combine(_dir, "partials", "sample-notice.sbn-html"), "<div class=\"sample-notice\" role=\"note\"><p><strong>Musterdaten:</strong> Eigener Hinweis.</p></div>");
        Directory.CreateDirectory(Path.Combine(_dir, "assets"));
        File.WriteAllText(Path.Combine(_dir, "assets", "style.css"), "body { color: black; }");
        var (files, diagnostics) = Render();
        Assert.Empty(diagnostics);
        Assert.Contains("Eigener Hinweis.", Text(files, "2023/kreis-borken/index.html"));
        Assert.Equal("body { color: black; }", Text(files, "assets/style.css"));
        Assert.Contains("search.js", string.Join(" ", files.Select(f => f.Path))); // built-in assets still there
    }

    [Fact]
    public void Narrative_wording_comes_from_the_template()
    {
        File.WriteAllText(Path.Combine(_dir, "narrative.sbn"), "{{ region | nominativ | satzanfang }} im Jahr {{ year }}.");
        var (files, diagnostics) = Render();
        Assert.Empty(diagnostics);
        Assert.Contains("<p>Der Kreis Borken im Jahr 2023.</p>", Text(files, "2023/kreis-borken/index.html"));
        Assert.Contains("<p>Die Stadt Essen im Jahr 2023.</p>", Text(files, "2023/stadt-essen/index.html"));
    }

    [Fact]
    public void Region_name_with_markup_is_escaped_everywhere()
    {
        var model = TestSite.Model(borkenName: "Kreis <script>alert(1)</script>");
        var (files, diagnostics) = Render(model);
        Assert.Empty(diagnostics);
        foreach (var f in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".json", StringComparison.Ordinal) || f.Path.EndsWith(".js", StringComparison.Ordinal)))
            Assert.DoesNotContain("<script>alert", Encoding.UTF8.GetString(f.Content.Span));
        var page = files.First(f => f.Path.StartsWith("2023/kreis-script-alert-1-script/", StringComparison.Ordinal) && f.Path.EndsWith("/index.html", StringComparison.Ordinal)).Path;
        Assert.Contains("Kreis &lt;script&gt;alert(1)&lt;/script&gt;", Text(files, page));
    }

    [Fact]
    public void Markdown_raw_html_is_escaped_unless_allowed_and_placeholders_are_filled()
    {
        var (files, _) = Render();
        var methodik = Text(files, "methodik/index.html");
        Assert.DoesNotContain("<script>alert(1)</script>", methodik);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", methodik);
        Assert.Contains("Kontakt: barrierefreiheit@example.org", Text(files, "impressum/index.html"));

        var allowed = TestSite.Model(config: TestSite.Config with { AllowRawHtml = true });
        var (files2, _) = Render(allowed);
        Assert.Contains("<script>alert(1)</script>", Text(files2, "methodik/index.html"));
    }
}
