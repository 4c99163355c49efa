using System.Text.RegularExpressions;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
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
    public void Borken_2023_targets_table_shows_threshold_actual_and_verdict_in_the_right_rows()
    {
        var rows = TableRows(Site.Text("2023/kreis-borken/index.html"), "targets");
        // Row text: label | Zielwert | Ist-Wert | Bewertung; values from TestSite (seed agreement).
        Assert.Equal(["Zahl der Integrationen", $"mindestens +12,6{Nbsp}%", $"+13,1{Nbsp}%", "✓ erreicht"], rows[0]);
        Assert.Equal(["Integrationsquote (K2)", $"mindestens 0,0{Nbsp}%", $"+0,8{Nbsp}%", "✓ erreicht"], rows[1]);
        Assert.Equal(["Abstand der Integrationsquoten von Männern und Frauen von Hand eingetragen (Datei korrekturen.csv)",
            $"höchstens 0,0{Nbsp}Prozentpunkte", $"+0,3{Nbsp}Prozentpunkte", "✗ verfehlt"], rows[2]);
        Assert.Equal(["Bestand an Langzeitleistungsbeziehenden (K3)", $"höchstens −5,2{Nbsp}%", $"−5,0{Nbsp}%", "✗ verfehlt"], rows[3]);
        Assert.Equal(["Integrationen von Langzeitleistungsbeziehenden", $"mindestens +6,6{Nbsp}%", $"+7,0{Nbsp}%", "✓ erreicht"], rows[4]);
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
    public void In_year_page_shows_on_track_verdicts_and_a_projection_that_is_no_verdict()
    {
        var html = Site.Text("2024/kreis-borken/index.html");
        Assert.Contains("Stand: Juni 2024</strong>", html);
        var rows = TableRows(html, "targets");
        Assert.Equal("● auf Kurs (Stand Juni)", rows[0][3]);
        Assert.Equal("⚠ nicht auf Kurs (Stand Juni)", rows[1][3]);
        Assert.Contains("Projektion, keine Bewertung.", html);
        Assert.Contains($"+11,9{Nbsp}%", html); // projected integrationen_change
        Assert.DoesNotContain("Hochrechnung", Site.Text("2023/kreis-borken/index.html"));
    }

    [Fact]
    public void Region_without_agreement_still_gets_its_values()
    {
        var html = Site.Text("2023/stadt-essen/index.html");
        Assert.Contains("Für dieses Jahr liegt keine Zielvereinbarung vor.", html);
        Assert.Contains("id=\"chart-integrationen\"", html);
        Assert.DoesNotContain("class=\"targets\"", html);
    }

    [Fact]
    public void Target_without_data_shows_keine_Daten_with_the_reason()
    {
        var rows = TableRows(Site.Text("2024/stadt-essen/index.html"), "targets");
        Assert.Equal("– keine Daten keine Daten zu geringfügiger Beschäftigung", rows[0][3]);
        Assert.Equal("–", rows[0][2]);
    }

    [Fact]
    public void Overview_has_every_region_with_verdicts_and_counts_and_a_year_switch()
    {
        var html = Site.Text("2023/index.html");
        Assert.Contains("<a href=\"../2023/kreis-borken/index.html\">Kreis Borken</a>", html);
        Assert.Contains("3 von 5", html);
        Assert.Contains("keine Zielvereinbarung", html);
        Assert.Contains("<a href=\"../2024/index.html\">2024</a>", html);
        Assert.Contains("✓</span> erreicht", html);
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
        Assert.Equal(["chart-integrationen", "chart-k2-geschlecht", "chart-lzb", "chart-k2-verlauf", "chart-k1"], charts);
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
        LinkChecker.Check(Site.Files, bag, sources);
        Assert.Empty(bag.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Region_page_stays_small_and_plotly_is_a_shared_asset()
    {
        foreach (var page in HtmlPages(Site))
            Assert.True(Site.ByPath[page].Content.Length < 150_000, page);
        Assert.Single(Site.Files, f => f.Path.EndsWith(".min.js", StringComparison.Ordinal));
        Assert.True(Site.ByPath["assets/plotly-2.28.0.min.js"].Content.Length > 1_000_000);
        Assert.Contains("<script src=\"../../assets/plotly-2.28.0.min.js\"></script>", Site.Text("2023/kreis-borken/index.html"));
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
    public void Downloads_hold_the_figures_of_the_page()
    {
        var csv = Site.Text("2023/kreis-borken/daten.csv");
        Assert.StartsWith("\uFEFFart;schluessel;monat;wert\n", csv);
        Assert.Contains("\nziel;integrationen;;12,6\n", csv);
        Assert.Contains("\nistwert;k3;2023-12;-5\n", csv);
        Assert.Contains("\nregion;k2;2023-12;15,4\n", csv);
        var json = Site.Text("2023/kreis-borken/daten.json");
        Assert.Contains("\"status\":\"missed\"", json);
        Assert.Contains("\"corrected_by\":\"korrekturen.csv\"", json);
        Assert.Contains("\"operator\":\"\\u003E=\"", json);   // markup characters stay escaped
        Assert.DoesNotContain("\n", json);                     // not indented
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("05554", parsed.RootElement.GetProperty("ags").GetString());
    }

    [Fact]
    public void Search_index_lists_region_pages_and_text_pages()
    {
        var index = Site.Text("search-index.json");
        Assert.Contains("{\"t\":\"Kreis Borken 2023\",\"u\":\"2023/kreis-borken/index.html\"", index);
        Assert.Contains("\"u\":\"methodik/index.html\"", index);
        Assert.StartsWith("window.ZIELSITE_SEARCH = [", Site.Text("assets/search-index.js"));
    }

    /// <summary>The text of each body row of the table with the given class (tags removed, whitespace folded).</summary>
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
