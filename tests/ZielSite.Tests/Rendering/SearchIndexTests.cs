using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>The entries of search-index.json: regions with their years, indicators with codes and method sections, overviews, pages, the Land's other Kreise.</summary>
public class SearchIndexTests
{
    private static readonly SearchPage Method = new("methodik/index.html", "Methodik",
    [
        new PageSection("begriffe", "Begriffe", "Integration: Aufnahme einer Beschäftigung."),
        new PageSection("kennzahlen", "Kennzahlen", "K2 Integrationsquote (Jahresfortschrittswert) … K3E1 Integrationsquote der LZB"),
        new PageSection("veraenderungen", "Veränderungen gegenüber dem Vorjahr", "K2 relativ. K3 Durchschnitt des LZB-Bestands. K1, K1E1 Leistungen."),
    ]);

    private static IReadOnlyList<SearchEntry> Build(IReadOnlyList<LandKreis>? other = null) =>
        SearchIndexBuilder.Build(TestSite.Model().Results, [Method], Method.Path, other ?? [], y => $"Übersicht {y}", y => $"Übersicht {y} alle Regionen");

    [Theory]
    [InlineData("Köln", "koeln koln")]
    [InlineData("Stadt Mülheim an der Ruhr", "stadt muelheim an der ruhr mulheim")]
    [InlineData("Straße", "strasse")]
    [InlineData("STÄDTEREGION Aachen", "staedteregion aachen stadteregion")]
    [InlineData("Ennepe-Ruhr-Kreis", "ennepe ruhr kreis")]
    [InlineData("Café  René", "cafe rene")]
    [InlineData("Kreis Borken Kreis 05554", "kreis borken 05554")]
    [InlineData("Integrationsquote (K2E3)", "integrationsquote k2e3")]
    public void Fold_writes_lower_case_umlauts_spelt_out_and_bare_and_each_word_once(string text, string folded) =>
        Assert.Equal(folded, SearchIndexBuilder.Fold(text));

    [Fact]
    public void Every_target_key_is_an_indicator_entry_with_its_code_among_its_words()
    {
        var indicators = Build().Where(e => e.Category == "i").ToList();
        Assert.Equal(TargetKeys.All.Count, indicators.Count);
        var byTitle = indicators.ToDictionary(e => e.Title);
        foreach (var (title, code) in new[]
                 {
                     ("Integrationsquote (K2)", "k2"), ("Nachhaltigkeit der Integrationen (K2E3)", "k2e3"), ("Bestand an Langzeitleistungsbeziehenden (K3)", "k3"),
                     ("Leistungen zum Lebensunterhalt (K1)", "k1"), ("Abgangsrate aus dem Langzeitleistungsbezug (K3E4)", "k3e4"),
                 })
            Assert.Contains(code, byTitle[title].Keywords.Split(' '));
        // Short names and the spelt-out abbreviation are words too.
        Assert.Contains("lzb", byTitle["Bestand an Langzeitleistungsbeziehenden (K3)"].Keywords.Split(' '));
        Assert.Contains("integrationsquote", byTitle["Integrationsquote (K2)"].Keywords.Split(' '));
        Assert.Equal("abstand der integrationsquoten von maennern und frauen maenner mannern manner",
            byTitle["Abstand der Integrationsquoten von Männern und Frauen"].Keywords);
    }

    [Fact]
    public void An_indicator_links_the_first_method_section_naming_its_code_else_the_Kennzahlen_section()
    {
        var byTitle = Build().Where(e => e.Category == "i").ToDictionary(e => e.Title);
        Assert.Equal("methodik/index.html#kennzahlen", byTitle["Integrationsquote (K2)"].Path);
        Assert.Equal("Methodik: Kennzahlen", byTitle["Integrationsquote (K2)"].Detail);
        // K3 is not a word of "K3E1": the section on changes is the first to name it.
        Assert.Equal("methodik/index.html#veraenderungen", byTitle["Bestand an Langzeitleistungsbeziehenden (K3)"].Path);
        Assert.Equal("methodik/index.html#veraenderungen", byTitle["Leistungen für Unterkunft und Heizung (K1E1)"].Path);
        Assert.Equal("methodik/index.html#kennzahlen", byTitle["Nachhaltigkeit der Integrationen (K2E3)"].Path);
        // Without a method page, an indicator links nothing.
        var none = SearchIndexBuilder.Build(TestSite.Model().Results, [], null, [], y => "", y => "").First(e => e.Category == "i");
        Assert.Null(none.Path);
    }

    [Fact]
    public void An_indicator_lists_its_years_newest_first_with_the_verdicts_of_its_targets()
    {
        var byTitle = Build().Where(e => e.Category == "i").ToDictionary(e => e.Title);
        // Borken: Integrationen met in 2023, on track in 2024 (Stand Juni); Essen has no such target.
        Assert.Equal([new SearchYear(2024, "1 von 1 Zielen auf Kurs (Stand Juni)"), new SearchYear(2023, "1 von 1 Zielen erreicht")],
            byTitle["Zahl der Integrationen"].Years);
        // Essen's K2E1 target of 2024 has no data: not positive.
        Assert.Equal([new SearchYear(2024, "0 von 1 Zielen auf Kurs (Stand Juni)")], byTitle["Eintritte in geringfügige Beschäftigung (K2E1)"].Years);
        Assert.Empty(byTitle["Nachhaltigkeit der Integrationen (K2E3)"].Years!);
    }

    [Fact]
    public void A_region_is_one_entry_with_its_years_newest_first_and_each_years_verdict_count()
    {
        var regions = Build().Where(e => e.Category == "r").ToList();
        Assert.Equal(["Kreis Borken", "Stadt Essen"], regions.Select(r => r.Title));   // by name without the kind word: Borken, Essen
        var borken = regions[0];
        Assert.Equal("kreis borken 05554", borken.Keywords);
        Assert.Equal("Kreis, AGS 05554", borken.Detail);
        Assert.Equal("kreis-borken", borken.Slug);
        Assert.Equal([new SearchYear(2024, "1 von 2 Zielen auf Kurs (Stand Juni)"), new SearchYear(2023, "3 von 5 Zielen erreicht")], borken.Years);
        Assert.Equal([new SearchYear(2024, "0 von 1 Zielen auf Kurs (Stand Juni)"), new SearchYear(2023, "keine Zielvereinbarung mit auswertbaren Zielen")], regions[1].Years);
    }

    [Fact]
    public void Overviews_come_newest_first_and_pages_with_each_section()
    {
        var entries = Build();
        Assert.Equal([("Übersicht 2024", "2024/index.html", "1 von 3 Zielen auf Kurs (Stand Juni)"), ("Übersicht 2023", "2023/index.html", "3 von 5 Zielen erreicht")],
            entries.Where(e => e.Category == "o").Select(e => (e.Title, e.Path!, e.Detail!)));
        Assert.Equal(["methodik/index.html", "methodik/index.html#begriffe", "methodik/index.html#kennzahlen", "methodik/index.html#veraenderungen"],
            entries.Where(e => e.Category == "p").Select(e => e.Path!));
        Assert.Equal("Methodik: Veränderungen gegenüber dem Vorjahr", entries.Last(e => e.Category == "p").Title);
        Assert.Equal("methodik veraenderungen gegenueber dem vorjahr veranderungen gegenuber", entries.Last(e => e.Category == "p").Keywords);
    }

    [Fact]
    public void Kreise_of_the_Land_outside_the_project_are_entries_of_their_own_sorted_by_name()
    {
        var entries = Build([new LandKreis("05315", "Köln", "Kreisfreie Stadt"), new LandKreis("05158", "Mettmann", "Kreis"), new LandKreis("05314", "Bonn", "Kreisfreie Stadt")]);
        var outside = entries.Where(e => e.Category == "x").ToList();
        Assert.Equal(["Bonn", "Köln", "Mettmann"], outside.Select(e => e.Title));
        Assert.Equal("koeln kreisfreie stadt 05315 koln", outside[1].Keywords);
        Assert.Null(outside[1].Path);
    }

    [Fact]
    public void The_rendered_index_is_compact_json_and_the_same_bytes_twice()
    {
        var first = RenderedSite.Default.Text("search-index.json");
        var second = new RenderedSite(TestSite.Model()).Text("search-index.json");
        Assert.Equal(first, second);
        Assert.StartsWith("[{\"c\":\"r\",\"t\":\"Kreis Borken\",\"k\":\"kreis borken 05554\",\"d\":\"Kreis, AGS 05554\",\"s\":\"kreis-borken\",\"y\":[{\"y\":2024,\"v\":\"1 von 2 Zielen auf Kurs (Stand Juni)\"},", first);
        using var doc = JsonDocument.Parse(first);
        Assert.Contains(doc.RootElement.EnumerateArray(), e => e.GetProperty("c").GetString() == "i" && e.GetProperty("t").GetString() == "Integrationsquote (K2)");
        Assert.DoesNotContain("\n", first);
    }

    [Fact]
    public void Sections_are_read_from_the_rendered_h2_headings_with_their_text()
    {
        var sections = SearchIndexBuilder.SectionsOf("<h1 id=\"m\">Methodik</h1><p>Vorweg</p><h2 id=\"a\">Erste &amp; <em>beste</em></h2><p>Text\n mit K2</p><h3 id=\"x\">Unter</h3><p>mehr</p><h2 id=\"b\">Zweite</h2><p>Ende</p>");
        Assert.Equal([new PageSection("a", "Erste & beste", "Text mit K2 Unter mehr"), new PageSection("b", "Zweite", "Ende")], sections);
    }
}
