using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ZielSite.Build;

namespace ZielSite.Tests.EndToEnd;

/// <summary>
/// The comparison figures of the region pages, read back from the built default project (18 regions with generated
/// Vergleichstypen): one per target, every region in its table, this region highlighted in figure and table, the
/// total and the target marked, the diamond where its value is on the axis, and every value equal to what the
/// overview and the region's own page say, in a finished year (2023) and a running one (2025, Stand Juni).
/// </summary>
public sealed class ComparisonFigureBuildTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _site;
    private readonly Dictionary<string, IDocument> _pages = new(StringComparer.Ordinal);

    private static readonly string[] Regions = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv")).Skip(1).ToArray();
    private static string NameOf(string line) => line.Split(';')[1];
    private static string TypeOf(string line) => line.Split(';')[3];

    public ComparisonFigureBuildTests()
    {
        _site = _temp["site"];
        var result = SiteBuilder.Build(new BuildOptions(TestPaths.RepoRoot, _site, BuiltinDir: TestPaths.BuiltinDir));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _temp.Dispose();

    private IDocument Page(string path)
    {
        if (!_pages.TryGetValue(path, out var doc))
            _pages[path] = doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site, path)));
        return doc;
    }

    private static double Number(string text) => double.Parse(text.Replace("\u2212", "-", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal)
        .Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);

    private static double Percent(string attribute) => double.Parse(attribute.TrimEnd('%'), CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2023, "kreis-borken")]
    [InlineData(2025, "kreis-borken")]
    [InlineData(2025, "stadt-essen")]
    public void Each_target_has_a_figure_of_all_regions_with_this_region_the_total_and_the_target_marked(int year, string slug)
    {
        var page = Page($"{year}/{slug}/index.html");
        var name = page.QuerySelector("h1")!.ChildNodes[0].TextContent.Trim();
        var cards = page.QuerySelectorAll(".verdict-card").ToList();
        var figures = page.QuerySelectorAll("figure.cmp-figure").ToList();
        Assert.Equal(cards.Select(c => c.GetAttribute("data-key")), figures.Select(f => f.Id!.Split('-')[1]));
        var totalName = "alle zkT in NRW";
        var type = TypeOf(Regions.Single(r => NameOf(r) == name));
        var overview = Page($"{year}/index.html");
        var keys = overview.QuerySelectorAll("#uebersicht thead th").Select(th => th.GetAttribute("data-key")).ToList();
        foreach (var (card, figure) in cards.Zip(figures))
        {
            var key = card.GetAttribute("data-key")!;
            var actual = card.QuerySelector(".card-actual")!.TextContent;
            var threshold = card.QuerySelector(".card-target")!.TextContent["Ziel: ".Length..]
                .Replace("mindestens ", "≥ ", StringComparison.Ordinal).Replace("höchstens ", "≤ ", StringComparison.Ordinal);
            var svg = figure.QuerySelector("svg.cmp-svg")!;
            var desc = svg.QuerySelector("desc")!.TextContent;
            // The accessible name and description: this region's value and rank, the total, the target.
            Assert.Equal(svg.QuerySelector("title")!.Id, svg.GetAttribute("aria-labelledby"));
            Assert.Equal(svg.QuerySelector("desc")!.Id, svg.GetAttribute("aria-describedby"));
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Matches($"^{Regex.Escape(name)}: {Regex.Escape(actual)}, Rang [0-9]+ von 18; {totalName}: ", desc);
            // A zero target's card says "nicht sinken"/"nicht steigen"; the figure marks it on its axis as "≥ 0,0 %"/"≤ 0,0 %".
            Assert.Contains("; Ziel " + AxisWords(threshold), desc);

            // The table: every region once, this one marked, each value equal to its own page's card and the overview's cell.
            var rows = figure.QuerySelectorAll("table.cmp-table tbody tr").ToList();
            Assert.Equal(Regions.Select(NameOf).Order(StringComparer.Ordinal), rows.Select(r => r.QuerySelector("th")!.TextContent.Replace(" (diese Region)", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            var mine = Assert.Single(rows, r => r.ClassList.Contains("cmp-this"));
            Assert.Equal(name, mine.QuerySelector("th strong")!.TextContent);
            Assert.Equal(actual, mine.QuerySelectorAll("td")[1].TextContent);
            Assert.Contains($"Rang {mine.QuerySelectorAll("td")[0].TextContent} von 18;", desc);
            foreach (var row in rows)
            {
                var region = row.QuerySelector("th")!.TextContent.Replace(" (diese Region)", "", StringComparison.Ordinal);
                var value = row.QuerySelectorAll("td")[1].TextContent;
                var overviewRow = overview.QuerySelectorAll("#uebersicht tbody tr").Single(r => r.QuerySelector("th a")!.TextContent == region);
                var cell = overviewRow.QuerySelectorAll("td")[keys.IndexOf(key) - 1];
                if (cell.ClassList.Contains("x")) continue; // no target on this key: the overview shows none
                Assert.Equal(cell.ChildNodes[0].TextContent, value.StartsWith("keine Daten", StringComparison.Ordinal) ? "–" : value);
                var own = Page($"{year}/{overviewRow.QuerySelector("th a")!.GetAttribute("href")}");
                Assert.Equal(own.QuerySelector($".verdict-card[data-key='{key}'] .card-actual")!.TextContent, cell.ChildNodes[0].TextContent);
                Assert.Contains(cell.QuerySelector("b")!.TextContent, row.QuerySelectorAll("td")[3].TextContent);
            }

            // The marks: the bold label of this region, the target's label and dashed line, the total's label.
            var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
            Assert.Contains(texts, t => t == $"{name}: {actual}".Replace("Prozentpunkte", "Pkt.", StringComparison.Ordinal) || t == actual.Replace("Prozentpunkte", "Pkt.", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.StartsWith("Ziel " + AxisWords(threshold).Replace("Prozentpunkte", "Pkt.", StringComparison.Ordinal), StringComparison.Ordinal));
            Assert.Contains(texts, t => t.StartsWith(totalName + ": ", StringComparison.Ordinal));
            Assert.Single(svg.QuerySelectorAll("line[stroke-dasharray]"));
            Assert.Equal(17, svg.QuerySelectorAll("g[stroke='#767676'] line").Length); // the 17 other regions

            // The diamond stands where this region's value is on the axis (ticks read from the SVG; the value rounded as shown).
            var ticks = svg.QuerySelectorAll("g[text-anchor='middle'] text").Where(t => t.GetAttribute("y") != null && t.TextContent.Length < 8)
                .Select(t => (X: Percent(t.GetAttribute("x")!), V: Number(t.TextContent))).ToList();
            var (first, last) = (ticks[0], ticks[^1]);
            Assert.Contains(0.0, ticks.Select(t => t.V));
            var diamond = svg.QuerySelectorAll("svg").Single(s => s.QuerySelector("path")!.GetAttribute("fill") == "#1f4e79");
            var shown = Number(actual.Split('\u00A0')[0]);
            var expected = first.X + (shown - first.V) / (last.V - first.V) * (last.X - first.X);
            var tolerance = 0.05 / (last.V - first.V) * (last.X - first.X) + 0.01; // half a unit of the last decimal, and the 2 decimals of a percentage
            Assert.InRange(Percent(diamond.GetAttribute("x")!), expected - tolerance, expected + tolerance);

            // Similar regions: the others of the same type from regions.csv, and the generated types are said to be generated.
            var similar = figure.QuerySelector(".cmp-similar")!.TextContent;
            Assert.StartsWith($"Ähnliche Jobcenter (Vergleichstyp {type}):", similar);
            foreach (var other in Regions.Where(r => NameOf(r) != name))
                Assert.Equal(TypeOf(other) == type, similar.Contains(NameOf(other) + " ", StringComparison.Ordinal));
            Assert.Contains("Musterdaten sind generiert", similar);
            Assert.Equal(Regions.Count(r => TypeOf(r) == type) - 1, svg.QuerySelectorAll("circle").Length);
        }
    }

    [Fact]
    public void A_year_still_running_says_every_region_is_compared_on_the_same_months()
    {
        var caption = Page("2025/kreis-borken/index.html").QuerySelector("figure.cmp-figure figcaption")!.TextContent;
        Assert.Contains("Januar bis Juni 2025 gegenüber Januar bis Juni 2024", caption);
        Assert.Contains("Stand Juni 2025: bei jeder Region dieselben Monate (Jahresfortschrittswert), Bewertung vorläufig.", caption);
        var final = Page("2023/kreis-borken/index.html").QuerySelector("figure.cmp-figure figcaption")!.TextContent;
        Assert.Contains("Veränderung 2023 gegenüber 2022; 18 Regionen und der Gesamtwert (alle zkT in NRW).", final);
        Assert.DoesNotContain("vorläufig", final);
    }

    [Fact]
    public void The_ranks_equal_those_of_the_comparison_table_and_a_year_without_targets_has_no_figure()
    {
        var page = Page("2023/kreis-borken/index.html");
        var table = page.QuerySelectorAll("section[aria-labelledby='vergleich'] table.stack:not(.cmp-table) tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td")[2].TextContent);
        string RankOf(string id) => Regex.Match(page.QuerySelector($"#{id} desc")!.TextContent, "Rang [0-9]+ von [0-9]+").Value;
        Assert.Equal(table["Veränderung der Integrationen"], RankOf("vgl-integrationen-change"));
        Assert.Equal(table["Veränderung der Integrationsquote (K2)"], RankOf("vgl-k2-change"));
        Assert.Equal(table["Veränderung des Bestands an Langzeitleistungsbeziehenden (K3)"], RankOf("vgl-k3-change"));
        Assert.Equal(table["Veränderung der Integrationen von Langzeitleistungsbeziehenden"], RankOf("vgl-integrationen_lzb-change"));
        // 2020 is the first year: no agreements, no figures, the section keeps its old title.
        var first = Page("2020/kreis-borken/index.html");
        Assert.Empty(first.QuerySelectorAll("figure.cmp-figure"));
        Assert.Equal("Vergleich mit dem Gesamtwert (alle zkT in NRW)", first.QuerySelector("#vergleich")!.TextContent);
    }

    /// <summary>A zero target's card says "nicht sinken"/"nicht steigen"; the figure marks it on its axis as "≥ 0,0 …"/"≤ 0,0 …".</summary>
    private static string AxisWords(string threshold) => threshold switch { "nicht sinken" => "≥ 0,0", "nicht steigen" => "≤ 0,0", _ => threshold };
}
