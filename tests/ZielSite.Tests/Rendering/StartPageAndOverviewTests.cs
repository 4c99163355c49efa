using System.Text.RegularExpressions;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// The start page at a glance, the year overview (cells, total row, year CSV), the map's data, meta and Open Graph
/// tags, the 404 page and the sitemap, on the hand-built <see cref="TestSite"/> (figures worked out by hand below).
/// </summary>
public class StartPageAndOverviewTests
{
    private const string Nbsp = "\u00A0";
    private static RenderedSite Site => RenderedSite.Default;

    /// <summary>A map of Borken, Essen and a Kreis outside the agreements (05999).</summary>
    private static GeoMap Map() => new("data/karte.geojson", "© GeoBasis-DE / BKG (2021), dl-de/by-2-0",
        [new("05554", "Borken"), new("05113", "Essen"), new("05999", "Anderswo")],
        "{\"type\":\"FeatureCollection\",\"features\":[]}");

    private static readonly Lazy<RenderedSite> WithMap = new(() => new RenderedSite(TestSite.Model() with { Map = Map() }));

    private static string Row(string html, string ags) =>
        Regex.Match(html, $"<tr data-ags=\"{ags}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public void The_start_page_counts_the_verdicts_of_the_latest_year()
    {
        // 2024 (Stand Juni): Borken integrationen on track, k3 off track; Essen k2e1 without data.
        var html = Site.Text("index.html");
        Assert.Contains("<h2 id=\"blick\">2024 auf einen Blick</h2>", html);
        Assert.Contains("<strong>Stand: Juni 2024</strong>", html);
        Assert.Contains("3 Ziele in 2 Regionen", html);
        Assert.Contains("<li class=\"tile s-on\"><span class=\"tile-num\">1</span> <span class=\"tile-word\"><span aria-hidden=\"true\">●</span> auf Kurs</span></li>", html);
        Assert.Contains("<li class=\"tile s-off\"><span class=\"tile-num\">1</span>", html);
        Assert.Contains("<li class=\"tile s-nd\"><span class=\"tile-num\">1</span>", html);
        Assert.DoesNotContain("s-met", html);   // an open year has no "erreicht" yet
        // Per target: columns auf Kurs, nicht auf Kurs, keine Daten, zusammen.
        Assert.Contains("<tr><th scope=\"row\">Zahl der Integrationen</th><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Bestand an Langzeit\u00ADleistungs\u00ADbeziehenden (K3)</th><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Eintritte in geringfügige Beschäftigung (K2E1)</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>", html);
    }

    [Fact]
    public void The_start_page_gives_the_figures_of_all_regions_against_the_previous_year()
    {
        // Total at June 2024 (TestSite.Values, scale 18): 300·6·18 = 32 400 Integrationen, 265·6·18 = 28 620 before,
        // change (300/265 − 1)·100 = 13,21 %; K2 1,3·6 = 7,8 % (no previous value); LZB mean 6 950·18 = 125 100, before 131 400.
        var html = Site.Text("index.html");
        Assert.Contains("<tr><th scope=\"row\">Integrationen</th><td class=\"num\">32.400</td><td class=\"num\">28.620</td><td class=\"num\">+13,2" + Nbsp + "%</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Integrations\u00ADquote (K2)</th><td class=\"num\">7,8" + Nbsp + "%</td><td class=\"num\">–</td><td class=\"num\">–</td></tr>", html);
        Assert.Contains("<td class=\"num\">125.100</td><td class=\"num\">131.400</td>", html);
        Assert.Contains("alle zkT in NRW: Januar bis Juni 2024 und im gleichen Zeitraum 2023", html);
        // The links to every year, the overview and Methodik stay.
        Assert.Contains("<a href=\"2023/index.html\">Übersicht 2023</a>", html);
        Assert.Contains("<a href=\"methodik/index.html\">Methodik</a>", html);
    }

    [Fact]
    public void The_start_page_lists_each_region_with_its_share_and_best_and_weakest_need_two_regions()
    {
        var html = Site.Text("index.html");
        Assert.Equal("<th scope=\"row\"><a href=\"2024/kreis-borken/index.html\">Kreis Borken</a></th><td class=\"n num\">1 von 2</td><td class=\"num\">50" + Nbsp + "%</td>", Row(html, "05554"));
        Assert.Equal("<th scope=\"row\"><a href=\"2024/stadt-essen/index.html\">Stadt Essen</a></th><td class=\"n num\">0 von 1</td><td class=\"num\">0" + Nbsp + "%</td>", Row(html, "05113"));
        // Each 2024 target is held by one region only: no best/worst table.
        Assert.DoesNotContain("Bestes und schwächstes Ergebnis", html);
    }

    [Fact]
    public void Best_and_weakest_follow_the_direction_of_the_target()
    {
        var a = TestSite.Model();
        var borken = a.Results.First(r => r.Year == 2023 && r.Region.Ags == "05554");
        var other = borken with { Region = TestSite.NewRegion("05558", "Kreis Coesfeld", RegionKind.Kreis), Verdicts =
        [
            new(borken.Verdicts[0].Target, 9.0, 9.0, ZielSite.Indicators.VerdictStatus.Missed, 12),   // Integrationen: less is worse
            new(borken.Verdicts[3].Target, -6.0, -6.0, ZielSite.Indicators.VerdictStatus.Met, 12),    // K3 (LZB stock): less is better
        ] };
        var glance = IndexPageBuilder.Glance([borken, other], null)!;
        var integrationen = glance.Extremes.Single(e => e.Label == "Zahl der Integrationen");
        Assert.Equal(("Kreis Borken", "+13,1" + Nbsp + "%", "met"), (integrationen.Best.Name, integrationen.Best.Value, integrationen.Best.Class));
        Assert.Equal(("Kreis Coesfeld", "+9,0" + Nbsp + "%", "miss"), (integrationen.Worst.Name, integrationen.Worst.Value, integrationen.Worst.Class));
        var k3 = glance.Extremes.Single(e => e.Label == "Bestand an Langzeit\u00ADleistungs\u00ADbeziehenden (K3)");
        Assert.Equal("Kreis Coesfeld", k3.Best.Name);
        Assert.Equal("Kreis Borken", k3.Worst.Name);
        Assert.Equal(2, k3.Regions);
        Assert.Equal([4, 3], glance.Statuses.Select(s => s.Count));   // 4 met (3 Borken + 1), 3 missed (2 + 1)
    }

    [Fact]
    public void The_overview_shows_value_and_verdict_per_cell_the_stand_once_and_a_total_row()
    {
        // The marks of the first "Pkt." and "zkT" aside (<abbr title>: Rendering/AbbreviationMarkerTests).
        var html = Regex.Replace(Site.Text("2023/index.html"), "</?abbr[^>]*>", "");
        Assert.Contains("<strong>Stand: Dezember 2023 (Jahreswert)</strong>", html);
        Assert.DoesNotContain("(Stand ", html[html.IndexOf("<table", StringComparison.Ordinal)..]);
        Assert.Equal(
            "<th scope=\"row\"><a href=\"kreis-borken/index.html\">Kreis Borken</a></th>" +
            // Each cell: Ist-Wert, verdict, target and the distance to it (+ beaten, − missed; "höchstens": Ziel − Ist),
            // by hand: 13,1 − 12,6 = +0,5; 0,8 − 0,0 = +0,8; 0,0 − 0,3 = −0,3; −5,2 − (−5,0) = −0,2; 7,0 − 6,6 = +0,4.
            Cell("met", "13.1", "0.5", "+13,1" + Nbsp + "%", "erreicht", "≥ +12,6" + Nbsp + "%", "+0,5") +
            Cell("met", "0.8", "0.8", "+0,8" + Nbsp + "%", "erreicht", "≥ 0,0" + Nbsp + "%", "+0,8") +
            Cell("miss", "0.3", "-0.3", "+0,3" + Nbsp + "Prozentpunkte", "verfehlt", "≤ 0,0" + Nbsp + "Prozentpunkte", "−0,3") +
            Cell("miss", "-5", "-0.2", "−5,0" + Nbsp + "%", "verfehlt", "≤ −5,2" + Nbsp + "%", "−0,2") +
            Cell("met", "7", "0.4", "+7,0" + Nbsp + "%", "erreicht", "≥ +6,6" + Nbsp + "%", "+0,4") +
            "<td class=\"n\">3 von 5", Row(html, "05554"));
        Assert.EndsWith("<td class=\"x\">kein Ziel<td class=\"n\">keine Zielvereinbarung", Row(html, "05113"));
        // Total: Integrationen of all regions +13,2 % ((300/265 − 1)·100), 1 of the 1 region with the target met; 3 of 5 in all.
        var total = Regex.Match(html, "<tfoot>\n<tr>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(
            "<th scope=\"row\">Insgesamt (alle zkT in NRW)</th><td>+13,2" + Nbsp + "%<b>1 von 1 erreicht</b></td><td>–<b>1 von 1 erreicht</b></td>" +
            "<td>–<b>0 von 1 erreicht</b></td><td>–<b>0 von 1 erreicht</b></td><td>–<b>1 von 1 erreicht</b></td><td class=\"n\">3 von 5</td>", total);
        Assert.Contains("<a href=\"uebersicht-2023.csv\" download>", html);
        // The card labels of narrow screens are in the head, one rule per column.
        Assert.Contains(".mx td:nth-child(2)::before { content: \"Integrationen\"; }", html);
        Assert.Contains(".mx td:nth-child(7)::before { content: \"Ziele erreicht\"; }", html);
    }

    [Fact]
    public void An_open_year_says_auf_Kurs_and_colours_it()
    {
        var html = Site.Text("2024/index.html");
        Assert.Contains("<strong>Stand: Juni 2024</strong> – laufendes Jahr", html);
        Assert.Matches("<td class=\"on\" data-v=\"6.2\" data-d=\"[^\"]+\">\\+6,2" + Nbsp + "%<b>auf Kurs</b><small>Ziel ", html);
        Assert.Matches("<td class=\"off\" data-v=\"-1\" data-d=\"-[^\"]+\">−1,0" + Nbsp + "%<b>nicht auf Kurs</b><small>Ziel ", html);
        // No value: no sort keys and no distance, only the target.
        Assert.Matches("<td class=\"nd\" data-v=\"\" data-d=\"\">–<b>keine Daten</b><small>Ziel [^<·]+</small>", html);
        var css = Site.Text("assets/style.css");
        Assert.Contains(".mx td.on { background: var(--on-bg); }", css);
        Assert.Contains(".mx td.on b { color: var(--on); }", css);
    }

    [Fact]
    public void The_year_csv_has_labels_units_and_values_rounded_as_shown()
    {
        var lines = Site.Text("2023/uebersicht-2023.csv").Split('\n');
        Assert.Equal("\uFEFFRegion;AGS;Stand;" +
            "Zahl der Integrationen: Ziel;Zahl der Integrationen: Ist-Wert (%);Zahl der Integrationen: Bewertung;" +
            "Integrationsquote (K2): Ziel;Integrationsquote (K2): Ist-Wert (%);Integrationsquote (K2): Bewertung;" +
            "Abstand der Integrationsquoten von Männern und Frauen: Ziel;Abstand der Integrationsquoten von Männern und Frauen: Ist-Wert (Prozentpunkte);Abstand der Integrationsquoten von Männern und Frauen: Bewertung;" +
            "Bestand an Langzeitleistungsbeziehenden (K3): Ziel;Bestand an Langzeitleistungsbeziehenden (K3): Ist-Wert (%);Bestand an Langzeitleistungsbeziehenden (K3): Bewertung;" +
            "Integrationen von Langzeitleistungsbeziehenden: Ziel;Integrationen von Langzeitleistungsbeziehenden: Ist-Wert (%);Integrationen von Langzeitleistungsbeziehenden: Bewertung;" +
            "Ziele erreicht;Ziele insgesamt", lines[0]);
        Assert.Equal("Kreis Borken;05554;Dezember 2023;mindestens +12,6 %;13,1;erreicht;mindestens 0,0 %;0,8;erreicht;" +
            "höchstens 0,0 Prozentpunkte;0,3;verfehlt;höchstens -5,2 %;-5,0;verfehlt;mindestens +6,6 %;7,0;erreicht;3;5", lines[1]);
        Assert.Equal("Stadt Essen;05113;Dezember 2023" + string.Concat(Enumerable.Repeat(";;;keine Zielvereinbarung", 5)) + ";0;0", lines[2]);
        Assert.Equal("alle zkT in NRW;;Dezember 2023;;13,2" + new string(';', 14) + "3;5", lines[3]);
        // The data's attribution as the last row (sample data here: own calculation on sample data, no BA link).
        Assert.Equal("Quelle: Eigene Berechnung auf generierten Musterdaten, nicht auf Daten der Statistik der Bundesagentur für Arbeit", lines[4]);
        Assert.Equal("", lines[5]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void Without_a_geojson_there_is_no_map_and_no_error()
    {
        Assert.Empty(Site.Diagnostics.ToSortedList());
        Assert.DoesNotContain("class=\"map\"", Site.Text("index.html"));
        Assert.DoesNotContain("class=\"map\"", Site.Text("2023/index.html"));
        Assert.DoesNotContain("map.js", Site.Text("2023/index.html"));
        Assert.False(Site.ByPath.ContainsKey("assets/karte.js"));
        Assert.Contains("<details class=\"map-table\" open>", Site.Text("index.html"));   // the table stays
    }

    [Fact]
    public void With_a_geojson_the_pages_draw_the_map_from_one_shared_script_and_their_table()
    {
        var site = WithMap.Value;
        Assert.Empty(site.Diagnostics.ToSortedList());
        Assert.Equal("window.ZIELSITE_KARTE = {\"type\":\"FeatureCollection\",\"features\":[]};\n", site.Text("assets/karte.js"));
        var overview = site.Text("2023/index.html");
        Assert.Contains("<div class=\"map\" id=\"karte\" data-table=\"uebersicht\" data-word=\"erreicht\" data-geo=\"../assets/karte.js\" data-plotly=\"../assets/plotly-2.28.0.min.js\" role=\"img\"", overview);
        Assert.Contains("<span class=\"map-attribution\">Kartengrundlage: © GeoBasis-DE / BKG (2021), dl-de/by-2-0</span>", overview);
        Assert.Contains("<script src=\"../assets/map.js\" defer></script>", overview);
        Assert.DoesNotContain("FeatureCollection", overview);   // the shapes are not inlined
        var start = site.Text("index.html");
        Assert.Contains("data-table=\"karte-tabelle\" data-word=\"auf Kurs\" data-geo=\"assets/karte.js\"", start);
        Assert.Contains("<table id=\"karte-tabelle\"", start);
        Assert.Contains("<details class=\"map-table\" open>", start);   // two regions: the table is open beside the map
        // The map's values are the table's: Borken 1 of 2 on track in 2024 (50 %), Essen 0 of 1.
        Assert.Contains("<td class=\"n num\">1 von 2</td><td class=\"num\">50" + Nbsp + "%</td>", Row(start, "05554"));
        Assert.Contains("<td class=\"n num\">0 von 1</td><td class=\"num\">0" + Nbsp + "%</td>", Row(start, "05113"));
    }

    [Fact]
    public void Every_page_has_a_description_and_open_graph_tags_and_og_url_only_with_a_base_url()
    {
        foreach (var path in Site.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Site.Text(path);
            Assert.Matches("<meta name=\"description\" content=\"[^\"]{40,}\">", html);
            Assert.Contains("<meta property=\"og:title\" content=\"", html);
            Assert.Contains("<meta property=\"og:description\" content=\"", html);
            Assert.Contains("<meta property=\"og:type\" content=\"website\">", html);
            Assert.Contains("<meta property=\"og:locale\" content=\"de_DE\">", html);
            Assert.DoesNotContain("og:url", html);
        }
        Assert.Contains("<meta name=\"description\" content=\"Kreis Borken 2023: 3 von 5 Zielen erreicht, Stand: Dezember 2023 (Jahreswert).", Site.Text("2023/kreis-borken/index.html"));
        Assert.Contains("<meta name=\"description\" content=\"Übersicht 2023: die Ziele aller 2 Jobcenter in kommunaler Trägerschaft in Nordrhein-Westfalen, 3 von 5 Zielen erreicht", Site.Text("2023/index.html"));
        var site = new RenderedSite(TestSite.Model(config: ProjectConfig.Default with { BaseUrl = "https://example.org/ziele" }));
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/ziele/2023/kreis-borken/index.html\">", site.Text("2023/kreis-borken/index.html"));
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/ziele/index.html\">", site.Text("index.html"));
        Assert.DoesNotContain("og:url", site.Text("404.html"));
        Assert.Contains("<loc>https://example.org/ziele/2023/index.html</loc>", site.Text("sitemap.xml"));
        Assert.Contains("<loc>https://example.org/ziele/index.html</loc>", site.Text("sitemap.xml"));
    }

    [Fact]
    public void The_404_page_links_absolutely_with_a_base_url_and_sets_its_base_by_script_without()
    {
        var plain = Site.Text("404.html");
        Assert.Contains("<script>(function(){var t=[\"2023\",\"2024\",\"404.html\",\"assets\",\"barrierefreiheit\",", plain);
        Assert.True(plain.IndexOf("<script>", StringComparison.Ordinal) < plain.IndexOf("assets/style.css", StringComparison.Ordinal), "the base must be set before the stylesheet");
        Assert.Contains("<link rel=\"stylesheet\" href=\"assets/style.css\">", plain);
        Assert.Contains("<a href=\"index.html\">Startseite</a>", plain);
        var site = new RenderedSite(TestSite.Model(config: ProjectConfig.Default with { BaseUrl = "https://example.org/ziele/" }));
        var based = site.Text("404.html");
        Assert.DoesNotContain("<script>", based);
        Assert.Contains("<link rel=\"stylesheet\" href=\"https://example.org/ziele/assets/style.css\">", based);
        Assert.Contains("<a href=\"https://example.org/ziele/index.html\">Startseite</a>", based);
        Assert.Contains("<a href=\"https://example.org/ziele/2024/index.html\">Übersicht 2024</a>", based);
    }

    [Fact]
    public void The_map_reader_keeps_ags_and_name_greys_unknown_shapes_and_names_missing_regions()
    {
        const string geo = """
            {"type":"FeatureCollection","attribution":"© GeoBasis-DE / BKG (2021)","features":[
              {"type":"Feature","properties":{"ags":"05554","name":"Borken","bez":"Kreis"},"geometry":{"type":"Polygon","coordinates":[[[6.5,51.8],[7.0,51.8],[7.0,52.1],[6.5,51.8]]],"hinweis":"<a href=x>"}},
              {"type":"Feature","properties":{"ags":"09999","name":"Anderswo"},"geometry":{"type":"MultiPolygon","coordinates":[[[[1,1],[2,1],[2,2],[1,1]]]]}}]}
            """;
        var bag = new DiagnosticBag();
        var map = MapReader.Read(geo, "data/karte.geojson", [TestSite.Borken, TestSite.Essen], bag)!;
        Assert.Equal("© GeoBasis-DE / BKG (2021)", map.Attribution);
        Assert.Equal(["05554", "09999"], map.Features.Select(f => f.Ags));
        Assert.StartsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"ags\":\"05554\",\"name\":\"Borken\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.5,51.8],", map.Json);
        Assert.DoesNotContain("bez", map.Json);
        Assert.DoesNotContain("hinweis", map.Json); // only type and coordinates of a geometry are published
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal((Severity.Warning, DiagnosticCodes.MapRegionMissing), (d.Severity, d.Code));
        Assert.Contains("05113 (Stadt Essen)", d.Message);
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",", "not valid JSON")]
    [InlineData("{\"type\":\"FeatureCollection\"}", "no \"features\" array")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":5554},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}}]}", "feature 1 of the map has no properties.ags")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}", "(AGS 05554) has no Polygon or MultiPolygon")]
    [InlineData("{\"features\":[]}", "the map has no features")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Polygon\"}}]}", "(AGS 05554): the geometry has no \"coordinates\" array")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}}]}", "(AGS 05554): the polygon has no ring")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[]]}}]}", "ring 1 must be an array of at least four positions")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[\"6\",\"51\"],[7,51],[7,52],[6,51]]]}}]}", "ring 1, position 1: '\"6\"' is not a number")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1e308,51],[7,51],[7,52],[6,51]]]}}]}", "ring 1, position 1: longitude 1e308 is outside -180 to 180")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6,51],[7,95],[7,52],[6,51]]]}}]}", "ring 1, position 2: latitude 95 is outside -90 to 90")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6],[7,51],[7,52],[6,51]]]}}]}", "a position must be an array of two numbers")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[]}}]}", "the MultiPolygon has no polygon")]
    [InlineData("{\"features\":[{\"properties\":{\"ags\":\"05554\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[6,51],[7,51],[7,52],[6,51]]],[[[6,51],[7,51],[6,51]]]]}}]}", "polygon 2: ring 1 must be an array of at least four")]
    public void A_broken_map_is_an_error_naming_the_file(string text, string message)
    {
        var bag = new DiagnosticBag();
        Assert.Null(MapReader.Read(text, "data/karte.geojson", [TestSite.Borken], bag));
        var d = bag.ToSortedList().First(x => x.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.MapInvalid, d.Code);
        Assert.Equal("data/karte.geojson", d.Span.File);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void A_year_without_agreements_says_so_and_never_counts_0_of_0()
    {
        var model = TestSite.Model();
        model = model with { Results = model.Results.Select(r => r.Year == 2023 ? r with { Agreement = null, Verdicts = [] } : r).ToList() };
        var site = new RenderedSite(model);
        var overview = site.Text("2023/index.html");
        Assert.Contains("Für 2023 liegt keine Zielvereinbarung mit auswertbaren Zielen vor; die Tabelle zeigt nur die Regionen.", overview);
        Assert.DoesNotContain("0 von 0", overview);
    }

    /// <summary>An overview cell as written: class, sort keys, value, verdict word, target and distance.</summary>
    private static string Cell(string cls, string v, string d, string value, string word, string target, string distance) =>
        $"<td class=\"{cls}\" data-v=\"{v}\" data-d=\"{d}\">{value}<b>{word}</b><small>Ziel {target} · Abstand {distance}{Nbsp}Pkt.</small>";
}
