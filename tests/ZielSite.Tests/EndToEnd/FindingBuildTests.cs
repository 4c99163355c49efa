using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ZielSite.Tests.EndToEnd;

/// <summary>
/// Finding a region in the built default project (18 zkT of NRW, years 2020–2025): the picker at the top of the start
/// page lists every region with a link to its newest page, and the search index knows the 35 other Kreise and
/// kreisfreien Städte of NRW (Köln among them, Borken not).
/// </summary>
public class FindingBuildTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    private IDocument Page(string path) => new HtmlParser().ParseDocument(site.Read(path));

    [Fact]
    public void The_start_page_has_a_region_picker_before_everything_else_with_every_region_linking_its_newest_page()
    {
        var doc = Page("index.html");
        var picker = doc.QuerySelector("main section.region-picker")!;
        Assert.NotNull(picker);
        // Right after the page's heading, before the introduction and the year at a glance.
        Assert.Equal("H1", picker.PreviousElementSibling!.TagName);
        Assert.Equal("Region finden", picker.QuerySelector("h2")!.TextContent);

        var regions = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv")).Skip(1).Select(l => l.Split(';')[1]).ToList();
        Assert.Equal(18, regions.Count);
        var links = picker.QuerySelectorAll(".region-index li a").ToList();
        Assert.Equal(regions.Order(StringComparer.Ordinal), links.Select(a => a.TextContent).Order(StringComparer.Ordinal));
        Assert.Equal("Alle 18 Regionen von A bis Z", picker.QuerySelector(".region-index summary")!.TextContent);
        // Sorted by the name without its kind word: Borken, Coesfeld, Düren, Ennepe-Ruhr-Kreis, …, Wuppertal.
        Assert.Equal(["Kreis Borken", "Kreis Coesfeld", "Kreis Düren", "Ennepe-Ruhr-Kreis"], links.Take(4).Select(a => a.TextContent));
        Assert.Equal("Stadt Wuppertal", links[^1].TextContent);
        foreach (var a in links)
        {
            var href = a.GetAttribute("href")!;
            Assert.StartsWith("2025/", href);   // 2025 is the newest year of every region
            Assert.True(File.Exists(Path.Combine(site.Site, href)), href + " does not exist");
            Assert.Equal(a.TextContent + " 2025", Page(href).QuerySelector("title")!.TextContent.Split(" – ")[0]);
        }

        // The select offers the same regions, Kreise and Städte apart, each with its page (assets/picker.js opens it);
        // the form is shown from the start (nothing moves when the script runs) and without JavaScript goes to the search page.
        var form = picker.QuerySelector("form.picker-form")!;
        Assert.False(form.HasAttribute("hidden"));
        Assert.Equal("suche/index.html", form.GetAttribute("action"));
        Assert.Equal("region-wahl", doc.QuerySelector("label[for='region-wahl']")!.GetAttribute("for"));
        var options = form.QuerySelectorAll("option[data-href]").ToList();
        Assert.Equal(links.Select(a => (a.TextContent, a.GetAttribute("href"))).Order(), options.Select(o => (o.TextContent, o.GetAttribute("data-href"))).Order());
        Assert.Equal(["Kreise", "Städte"], form.QuerySelectorAll("optgroup").Select(g => g.GetAttribute("label")));
        Assert.Equal(6, form.QuerySelectorAll("optgroup[label='Städte'] option").Length);   // Essen, Hamm, Mülheim, Münster, Solingen, Wuppertal
        Assert.Contains(doc.QuerySelectorAll("script[src]"), s => s.GetAttribute("src") == "assets/picker.js");
    }

    [Fact]
    public void The_table_beside_the_map_is_open_and_lists_every_region()
    {
        var doc = Page("index.html");
        var table = doc.QuerySelector("details.map-table")!;
        Assert.True(table.HasAttribute("open"));
        Assert.Equal(18, table.QuerySelectorAll("tbody tr[data-ags] a").Length);
    }

    [Fact]
    public void The_search_index_has_every_region_every_indicator_code_and_the_other_Kreise_of_NRW()
    {
        using var doc = JsonDocument.Parse(site.Read("search-index.json"));
        var entries = doc.RootElement.EnumerateArray().ToList();
        string C(JsonElement e) => e.GetProperty("c").GetString()!;
        string T(JsonElement e) => e.GetProperty("t").GetString()!;
        Assert.Equal(18, entries.Count(e => C(e) == "r"));
        var outside = entries.Where(e => C(e) == "x").Select(T).ToList();
        Assert.Equal(53 - 18, outside.Count);
        Assert.Contains("Köln", outside);
        Assert.DoesNotContain("Borken", outside);
        var k2 = entries.Single(e => C(e) == "i" && T(e) == "Integrationsquote (K2)");
        Assert.Equal("methodik/index.html#kennzahlen", k2.GetProperty("u").GetString());
        Assert.True(File.Exists(Path.Combine(site.Site, "methodik", "index.html")));
        Assert.Contains("id=\"kennzahlen\"", site.Read("methodik/index.html"));
        var borken = entries.Single(e => C(e) == "r" && T(e) == "Kreis Borken");
        var years = borken.GetProperty("y").EnumerateArray().Select(y => y.GetProperty("y").GetInt32()).ToList();
        Assert.Equal([2025, 2024, 2023, 2022, 2021, 2020], years);
        foreach (var y in years) Assert.True(File.Exists(Path.Combine(site.Site, $"{y}", "kreis-borken", "index.html")));
        // The verdict count of 2025 is the one of the start page's table.
        var row = Page("index.html").QuerySelector("#karte-tabelle tr[data-ags='05554'] td.n")!.TextContent;
        Assert.Equal(row + " Zielen auf Kurs (Stand Juni)", borken.GetProperty("y")[0].GetProperty("v").GetString());
    }

    [Fact]
    public void Without_JavaScript_the_search_page_says_so_and_links_the_region_list()
    {
        var doc = Page("suche/index.html");
        var note = doc.QuerySelector("#suchergebnisse .search-no-script")!;
        Assert.Contains("braucht JavaScript", note.TextContent);
        Assert.Equal("../index.html#regionen", note.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(Page("index.html").GetElementById("regionen"));
    }
}
