using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>The repository's own Markdown pages (content/pages) render, link correctly and say what they must.</summary>
public class ContentPagesTests
{
    private static readonly string PagesFolder = Path.Combine(Path.GetDirectoryName(TestSite.BuiltInTemplates)!, "content", "pages");

    [Fact]
    public void Pages_render_with_titles_from_their_first_heading_and_all_links_resolve()
    {
        var pages = MarkdownPageReader.Read(PagesFolder, "content/pages");
        Assert.Equal(["barrierefreiheit", "impressum", "leichte-sprache", "methodik"], pages.Select(p => p.Slug));
        Assert.Equal(["Erklärung zur Barrierefreiheit", "Impressum", "Leichte Sprache", "Methodik"], pages.Select(p => p.Title));

        var model = TestSite.Model() with { Pages = pages };
        var site = new RenderedSite(model);
        Assert.Empty(site.Diagnostics.ToSortedList());
        var bag = new DiagnosticBag();
        LinkChecker.Check(site.Files, bag, model.Agreements.Select(AgreementSources.SitePath).Append(ZielSite.Publishing.ResultsDocument.SitePath));
        Assert.Empty(bag.ToSortedList().Select(d => d.ToString()));

        var methodik = site.Text("methodik/index.html");
        Assert.Contains("<h2 id=\"hochrechnung\">Hochrechnung</h2>", methodik);
        Assert.Contains("Annahme", methodik);
        Assert.Contains("rounded_comparison", methodik);
        Assert.Contains("Verschobener Nenner", methodik);
        Assert.Contains("stellt jede Region dem Gesamtwert (alle zkT in NRW) gegenüber", methodik);
        var barrierefreiheit = site.Text("barrierefreiheit/index.html");
        Assert.Contains("BITV 2.0", barrierefreiheit);
        Assert.Contains("barrierefreiheit@example.org", barrierefreiheit);
        Assert.Contains("Schlichtungs", barrierefreiheit);
        Assert.Contains("Das Land Nordrhein-Westfalen und die Jobcenter", site.Text("leichte-sprache/index.html"));
    }
}
