using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// The built-in Markdown pages (pages/, shipped with the program) with the default project's own (content/pages)
/// over them render, link correctly and say what they must; the built-in ones name no Land and no publisher.
/// </summary>
public class ContentPagesTests
{
    private static readonly string Root = Path.GetDirectoryName(TestSite.BuiltInTemplates)!;

    [Fact]
    public void Pages_render_with_titles_from_their_first_heading_and_all_links_resolve()
    {
        // The default project (the repository's root) with the built-in pages (pages/) beneath, read as a build reads them.
        var pages = ProjectPages(Root);
        Assert.Equal(["barrierefreiheit", "impressum", "leichte-sprache", "methodik"], pages.Select(p => p.Slug));
        Assert.Equal(["content/pages/barrierefreiheit.md", "content/pages/impressum.md", "(built-in)/pages/leichte-sprache.md",
            "(built-in)/pages/methodik.md"], pages.Select(p => p.File));
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
        // No configuration key on a public page; the distance and the rule of % and Prozentpunkte are explained.
        Assert.DoesNotContain("rounded_comparison", methodik);
        Assert.Contains("<h2 id=\"abstand-zum-ziel\">Abstand zum Ziel</h2>", methodik);
        Assert.Contains("<h2 id=\"prozent-und-prozentpunkte\">Prozent und Prozentpunkte</h2>", methodik);
        Assert.Contains("Verschobener Nenner", methodik);
        // Reflow: each Markdown table scrolls inside its own focusable box labelled by its column headings.
        Assert.Contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabelle: Kennzahl, Berechnung\">\n<table class=\"stack\">", methodik);
        Assert.Contains("<td data-label=\"Kennzahl\">K2 der letzten 12 Monate</td>", methodik);
        Assert.Equal(CountOf(methodik, "<table"), CountOf(methodik, "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabelle: "));
        // The first "zkT" of the page is marked with what it stands for (Wording/Abbreviations).
        Assert.Contains("stellt jede Region dem Gesamtwert (alle <abbr title=\"zugelassene kommunale Träger (Jobcenter, die ein Kreis oder eine kreisfreie Stadt allein trägt)\">zkT</abbr> in NRW) gegenüber", methodik);
        var barrierefreiheit = site.Text("barrierefreiheit/index.html");
        Assert.Contains("BITV 2.0", barrierefreiheit);
        Assert.Contains("barrierefreiheit@example.org", barrierefreiheit);
        Assert.Contains("Schlichtungs", barrierefreiheit);
        // Every part of the EU model statement (Durchführungsbeschluss (EU) 2018/1523), with the widths the site reflows to.
        foreach (var part in new[] { "<h2 id=\"stand-der-vereinbarkeit-mit-den-anforderungen\">", "<strong>teilweise</strong>", "<h2 id=\"nicht-barrierefreie-inhalte\">",
                     "Grund:", "erstellt und zuletzt am", "Selbstbewertung", "innerhalb eines Monats (§ 12b BGG)", "§ 16", "ab 320 Pixel Breite" })
            Assert.Contains(part, barrierefreiheit);
        Assert.DoesNotContain("ab 390", barrierefreiheit);
        Assert.Contains("Das Land Nordrhein-Westfalen und die Jobcenter", site.Text("leichte-sprache/index.html"));
    }

    [Fact]
    public void Built_in_pages_name_no_Land_and_no_publisher_and_mark_what_is_to_fill_in()
    {
        using var empty = new TempDir();
        var builtin = ProjectPages(empty.Path);
        Assert.Equal(["barrierefreiheit", "impressum", "leichte-sprache", "methodik"], builtin.Select(p => p.Slug));
        foreach (var page in builtin)
        {
            foreach (var word in new[] { "Nordrhein", "NRW", "MAGS", "Ministerium", "Düsseldorf", "Borken" })
                Assert.False(page.Markdown.Contains(word, StringComparison.Ordinal), $"{page.File} names '{word}'");
        }
        Assert.Contains("PLATZHALTER", builtin.Single(p => p.Slug == "impressum").Markdown);
        var statement = builtin.Single(p => p.Slug == "barrierefreiheit").Markdown;
        Assert.Contains("PLATZHALTER", statement);
        // The template asks for each part of the EU model statement that only the publisher can fill in.
        foreach (var part in new[] { "PLATZHALTER: Name der herausgebenden Stelle", "erstellt und zuletzt am PLATZHALTER: Datum", "innerhalb\neines Monats",
                     "PLATZHALTER: Name, Anschrift und\nWebsite der zuständigen Stelle des Landes", "## Nicht barrierefreie Inhalte", "**teilweise**" })
            Assert.Contains(part, statement);
        // The default project's own pages are filled in: no placeholder left.
        Assert.All(ProjectPages(Root).Where(p => p.File.StartsWith("content/", StringComparison.Ordinal)), p => Assert.DoesNotContain("PLATZHALTER", p.Markdown));
    }

    /// <summary>The pages of the project at <paramref name="root"/> over the built-in ones, as a build loads them.</summary>
    private static IReadOnlyList<MarkdownPage> ProjectPages(string root)
    {
        var bag = new DiagnosticBag();
        return ProjectLoader.LoadSources(ProjectLoader.LoadBasics(root, bag), Root, bag).Pages;
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
