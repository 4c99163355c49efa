using System.Text.RegularExpressions;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Publishing;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

public class SiteRendererTests
{
    private const string Nbsp = "\u00A0";
    private static RenderedSite Site => RenderedSite.Default;

    private static IEnumerable<string> HtmlPages(RenderedSite site) => site.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void Renders_without_diagnostics() =>
        Assert.Empty(Site.Diagnostics.ToSortedList().Select(d => d.ToString()));

    [Fact]
    public void Writes_every_file_of_the_contract()
    {
        string[] expected =
        [
            "index.html", "404.html", "sitemap.xml", "search-index.json", "suche/index.html",
            "assets/style.css", "assets/search.js", "assets/search-index.js", "assets/plotly-2.28.0.min.js",
            "2023/index.html", "2024/index.html",
            "2023/kreis-borken/index.html", "2023/kreis-borken/daten.csv", "2023/kreis-borken/daten.json",
            "2023/stadt-essen/index.html", "2024/kreis-borken/index.html", "2024/stadt-essen/index.html",
            "methodik/index.html", "impressum/index.html", "barrierefreiheit/index.html", "leichte-sprache/index.html",
        ];
        foreach (var path in expected) Assert.True(Site.ByPath.ContainsKey(path), path);
        Assert.Equal(Site.Files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal), Site.Files.Select(f => f.Path));
    }

    [Fact]
    public void Borken_2023_verdict_cards_show_verdict_actual_target_and_level_in_agreement_order()
    {
        // Levels behind the changes (TestSite.Values at December, scale 1): Σ Integrationen 300 × 12 = 3.600 against
        // 265 × 12 = 3.180; K2 15,4 % and the gap 4,9 pp (no previous-year value in TestSite); mean LZB 6.950
        // against 7.300; Integrationen of LZB have no level in TestSite, so that card has none.
        string LEVEL0 = "3.600 Integrationen, 2022: 3.180", LEVEL1 = $"15,4{Nbsp}%; die Veränderung ist relativ (in %, nicht in Prozentpunkten)", LEVEL2 = $"4,9{Nbsp}Prozentpunkte Abstand",
            LEVEL3 = "6.950 im Durchschnitt, 2022: 7.300", LEVEL4 = "";
        var rows = Cards(Site.Text("2023/kreis-borken/index.html"));
        // Card text: label | verdict | actual and target | level (and notes); values from TestSite (seed agreement).
        Assert.Equal(5, rows.Count);
        Assert.Equal(["Zahl der Integrationen", "✓ erreicht", $"+13,1{Nbsp}% Ziel: mindestens +12,6{Nbsp}% Abstand zum Ziel: +0,5{Nbsp}Pkt.", LEVEL0], rows[0]);
        Assert.Equal(["Integrationsquote (K2)", "✓ erreicht", $"+0,8{Nbsp}% Ziel: nicht sinken Abstand zum Ziel: +0,8{Nbsp}Pkt.", LEVEL1], rows[1]);
        Assert.Equal(["Abstand der Integrationsquoten von Männern und Frauen", "✗ verfehlt",
            $"+0,3{Nbsp}Prozentpunkte Ziel: nicht steigen Abstand zum Ziel: −0,3{Nbsp}Pkt.", LEVEL2 + " | von Hand eingetragen (Datei korrekturen.csv)"], rows[2]);
        Assert.Equal(["Bestand an Langzeitleistungsbeziehenden (K3)", "✗ verfehlt", $"−5,0{Nbsp}% Ziel: höchstens −5,2{Nbsp}% Abstand zum Ziel: −0,2{Nbsp}Pkt.", LEVEL3], rows[3]);
        Assert.Equal(["Integrationen von Langzeitleistungsbeziehenden", "✓ erreicht", $"+7,0{Nbsp}% Ziel: mindestens +6,6{Nbsp}% Abstand zum Ziel: +0,4{Nbsp}Pkt.", LEVEL4], rows[4]);
    }

    [Fact]
    public void Region_page_heading_names_region_year_parties_legal_basis_and_stand()
    {
        var html = Site.Text("2023/kreis-borken/index.html");
        Assert.Contains("<h1>Kreis Borken <span class=\"h1-year\">2023</span></h1>", html);
        Assert.Contains("Stand: Dezember 2023 (Jahreswert)", html);
        Assert.Contains("§ 48b Abs. 1 S. 1 Nr. 4 SGB II", html);
        Assert.Contains("vertreten durch Landrat Dr. Kai Zwicker", html);
        Assert.Contains("href=\"../../quellen/2023/kreis-borken.txt\"", html);
        Assert.Contains("<h3>Ziel II: Verbesserung der Integration in Erwerbstätigkeit</h3>", html);
        Assert.Contains("Rang 3 von 18", html);
        Assert.Contains("Im Jahr 2023 hat der Kreis Borken 3 von 5 Zielen erreicht.", html);
    }

    [Fact]
    public void In_year_page_shows_on_track_verdicts_and_says_what_the_projection_judges()
    {
        var html = Site.Text("2024/kreis-borken/index.html");
        Assert.Contains("Stand: Juni 2024</strong>", html);
        var rows = Cards(html);
        Assert.Equal("● auf Kurs (Stand Juni)", rows[0][1]);
        Assert.Equal("⚠ nicht auf Kurs (Stand Juni)", rows[1][1]);
        // In a running year the level is compared with the same months of last year (TestSite.Values, Borken 2024 at
        // scale 1,05): Σ Integrationen Jan–Jun 300 × 6 × 1,05 = 1.890 against 265 × 6 × 1,05 = 1.669,5 → 1.670;
        // the mean LZB 6.950 × 1,05 = 7.297,5 → 7.298 against 7.300 × 1,05 = 7.665.
        Assert.Equal("1.890 Integrationen, Jan–Jun 2023: 1.670", rows[0][3]);
        Assert.Equal("7.298 im Durchschnitt, Jan–Jun 2023: 7.665", rows[1][3]);
        Assert.Contains("Ziele auf einen Jahreswert (etwa eine Quote) werden vor Dezember mit dem hochgerechneten Wert bewertet", html);
        Assert.DoesNotContain("keine Bewertung", html);
        Assert.Contains($"+11,9{Nbsp}%", html); // projected integrationen_change
        Assert.DoesNotContain("Hochrechnung", Site.Text("2023/kreis-borken/index.html"));
    }

    [Fact]
    public void Region_without_agreement_still_gets_its_values()
    {
        var html = Site.Text("2023/stadt-essen/index.html");
        Assert.Contains("Für dieses Jahr liegt keine Zielvereinbarung vor.", html);
        Assert.Contains("id=\"chart-integrationen\"", html);
        Assert.DoesNotContain("class=\"verdict-cards\"", html);
    }

    [Fact]
    public void Target_without_data_shows_keine_Daten_with_the_reason()
    {
        var rows = Cards(Site.Text("2024/stadt-essen/index.html"));
        Assert.Equal("– keine Daten", rows[0][1]);
        Assert.Equal("– Ziel: mindestens +1,0 %", rows[0][2]);
        Assert.Contains("keine Daten zu geringfügiger Beschäftigung", rows[0][3]);
    }

    [Fact]
    public void Overview_has_every_region_with_verdicts_and_counts_and_a_year_switch()
    {
        var html = Site.Text("2023/index.html");
        Assert.Contains("<a href=\"kreis-borken/index.html\">Kreis Borken</a>", html);
        Assert.Contains("3 von 5", html);
        Assert.Contains("keine Zielvereinbarung", html);
        Assert.Contains("<a href=\"../2024/index.html\">2024</a>", html);
        Assert.Contains("<b>erreicht</b>", html);
    }

    [Fact]
    public void Every_page_carries_the_sample_notice_and_none_without_sample_data()
    {
        foreach (var page in HtmlPages(Site))
            Assert.Contains("Musterdaten:</strong> Diese Seite zeigt generierte Beispieldaten, keine amtlichen Zahlen.", Site.Text(page));
        var real = new RenderedSite(TestSite.Model(isSample: false));
        Assert.DoesNotContain("Musterdaten:", real.Text("2023/kreis-borken/index.html"));
    }

    [Fact]
    public void Chart_ids_are_stable_and_unique_and_no_page_repeats_an_id()
    {
        var html = Site.Text("2023/kreis-borken/index.html");
        var charts = Regex.Matches(html, "<div id=\"(chart-[a-z0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["chart-integrationen", "chart-integrationen-veraenderung", "chart-k2-geschlecht", "chart-lzb", "chart-k2-verlauf", "chart-k1"], charts);
        foreach (var page in HtmlPages(Site))
        {
            var ids = Regex.Matches(Site.Text(page), "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{page}: duplicate id among {string.Join(", ", ids)}");
        }
    }

    [Fact]
    public void Every_page_has_lang_one_h1_main_and_scoped_headers()
    {
        foreach (var page in HtmlPages(Site))
        {
            var html = Site.Text(page);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"de\">", html);
            Assert.Single(Regex.Matches(html, "<h1[ >]"));
            Assert.Single(Regex.Matches(html, "<main[ >]"));
            Assert.Contains("<a class=\"skip-link\" href=\"#inhalt\">Zum Inhalt</a>", html);
            Assert.Empty(Regex.Matches(html, "<th>"));
        }
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        var again = new RenderedSite(TestSite.Model());
        Assert.Equal(Site.Files.Select(f => f.Path), again.Files.Select(f => f.Path));
        foreach (var f in Site.Files)
            Assert.True(f.Content.Span.SequenceEqual(again.ByPath[f.Path].Content.Span), f.Path);
    }

    [Fact]
    public void Every_link_is_relative_and_resolves()
    {
        var bag = new DiagnosticBag();
        var sources = Site.Model.Agreements.Select(AgreementSources.SitePath);
        LinkChecker.Check(Site.Files, bag, sources.Append(ResultsDocument.SitePath)); // written by SiteBuilder beside the renderer
        Assert.Empty(bag.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Region_page_stays_small_and_plotly_is_a_shared_asset()
    {
        foreach (var page in HtmlPages(Site))
            Assert.True(Site.ByPath[page].Content.Length < 150_000, page);
        Assert.Single(Site.Files, f => f.Path.EndsWith(".min.js", StringComparison.Ordinal));
        Assert.True(Site.ByPath["assets/plotly-2.28.0.min.js"].Content.Length > 1_000_000);
        // plotly.js is not loaded by the page itself but by charts.js when a chart comes near the screen.
        Assert.Contains("<script src=\"../../assets/charts.js\" data-plotly=\"../../assets/plotly-2.28.0.min.js\" defer></script>", Site.Text("2023/kreis-borken/index.html"));
        Assert.DoesNotContain("<script src=\"../../assets/plotly", Site.Text("2023/kreis-borken/index.html"));
    }

    [Fact]
    public void Sitemap_is_relative_without_base_url_and_absolute_with_it()
    {
        Assert.Contains("<loc>2023/kreis-borken/index.html</loc>", Site.Text("sitemap.xml"));
        Assert.DoesNotContain("404.html", Site.Text("sitemap.xml"));
        var site = new RenderedSite(TestSite.Model(config: TestSite.Config with { BaseUrl = "https://example.org/ziele/" }));
        Assert.Contains("<loc>https://example.org/ziele/2023/kreis-borken/index.html</loc>", site.Text("sitemap.xml"));
    }

    [Fact]
    public void Downloads_are_readable_with_labels_units_and_values_rounded_as_shown()
    {
        var csv = Site.Text("2023/kreis-borken/daten.csv");
        var lines = csv.Split('\n');
        Assert.Equal("\uFEFFBereich;Kennzahl;Einheit;Schlüssel;Jan 2023;Feb 2023;Mär 2023;Apr 2023;Mai 2023;Jun 2023;Jul 2023;Aug 2023;Sep 2023;Okt 2023;Nov 2023;Dez 2023;Rang (1 = bestes Ergebnis, von 18)", lines[0]);
        // A target: three rows, the value in the column of the month it was judged at (December).
        Assert.Equal("Ziel;Zahl der Integrationen: Zielwert (mindestens);% (Veränderung);integrationen;;;;;;;;;;;;12,6;", lines[1]);
        Assert.Equal("Ziel;Zahl der Integrationen: Ist-Wert;% (Veränderung);integrationen;;;;;;;;;;;;13,1;", lines[2]);
        Assert.Equal("Ziel;Zahl der Integrationen: Bewertung;;integrationen;;;;;;;;;;;;erreicht;", lines[3]);
        Assert.Contains("\nZiel;Bestand an Langzeitleistungsbeziehenden (K3): Ist-Wert;% (Veränderung);k3;;;;;;;;;;;;-5,0;\n", csv);
        // Region rows: label, unit, key, one decimal for a quota, the rank at the end (TestSite: K2 rank 3).
        var k2 = lines.Single(l => l.StartsWith("Kreis Borken;Integrationsquote (K2, Jahresfortschrittswert);%;k2;", StringComparison.Ordinal));
        Assert.EndsWith(";15,4;3", k2);
        Assert.DoesNotMatch(@"\d,\d{3,}", csv);            // no unrounded values like 45,83333333333333
        Assert.DoesNotContain("\nregion;", csv);
        var json = Site.Text("2023/kreis-borken/daten.json");
        Assert.Contains("\"status\":\"erreicht\"".Replace("status", "verdict_text"), json);
        Assert.Contains("\"corrected_by\":\"korrekturen.csv\"", json);
        Assert.Contains("\"operator\":\"\\u003E=\"", json);   // markup characters stay escaped
        Assert.DoesNotContain("\n", json);                     // not indented
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("05554", root.GetProperty("ags").GetString());
        Assert.Equal("Integrationsquote (K2, Jahresfortschrittswert)", root.GetProperty("keys").GetProperty("k2").GetProperty("label").GetString());
        Assert.Equal("%", root.GetProperty("keys").GetProperty("k2").GetProperty("unit").GetString());
        Assert.Equal(15.4, root.GetProperty("months")[11].GetProperty("k2").GetDouble());
        Assert.Equal("1 = bestes Ergebnis", root.GetProperty("rank_order").GetString());
        foreach (var month in root.GetProperty("months").EnumerateArray())
            foreach (var p in month.EnumerateObject())
                if (p.Value.ValueKind == System.Text.Json.JsonValueKind.Number)
                    Assert.Equal(Math.Round(p.Value.GetDouble(), 1), p.Value.GetDouble());
    }

    [Fact]
    public void Search_index_lists_regions_and_text_pages()
    {
        var index = Site.Text("search-index.json");
        Assert.Contains("{\"c\":\"r\",\"t\":\"Kreis Borken\",", index);
        Assert.Contains("\"u\":\"methodik/index.html\"", index);
        Assert.StartsWith("window.ZIELSITE_SEARCH = [", Site.Text("assets/search-index.js"));
    }

    /// <summary>The text of each body row of the table with the given class (tags removed, whitespace folded).</summary>
    /// <summary>Each verdict card as [heading, verdict, actual and target, level and notes], text only.</summary>
    internal static List<string[]> Cards(string html)
    {
        static string Text(string h) => Regex.Replace(Regex.Replace(Regex.Replace(h, "</?abbr[^>]*>", ""), "<[^>]+>", " "), "[ \\t\\r\\n]+", " ").Trim();
        return Regex.Matches(html, "<li class=\"verdict-card[^\"]*\"[^>]*>(.*?)</li>", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Select(card => new[]
            {
                Text(Regex.Match(card, "<h3>(.*?)</h3>", RegexOptions.Singleline).Groups[1].Value),
                Text(Regex.Match(card, "<p class=\"card-verdict[^\"]*\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value),
                Text(Regex.Match(card, "<p class=\"card-figures\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value),
                string.Join(" | ", Regex.Matches(card, "<p class=\"card-(?:level|note)[^\"]*\">(.*?)</p>", RegexOptions.Singleline).Select(p => Text(p.Groups[1].Value))),
            })
            .ToList();
    }

    internal static List<string[]> TableRows(string html, string tableClass)
    {
        var start = html.IndexOf($"<table class=\"{tableClass}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"table {tableClass} not found");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return Regex.Matches(body, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .Select(tr => Regex.Matches(tr.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)
                .Select(c => Regex.Replace(Regex.Replace(c.Groups[1].Value, "<[^>]+>", " "), "[ \\t\\r\\n]+", " ").Trim())
                .ToArray())
            .ToList();
    }
}
