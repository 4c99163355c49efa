using System.Text.RegularExpressions;
using ZielSite.Build;

namespace ZielSite.Tests.EndToEnd;

/// <summary>Builds the repository's default project once into a temporary folder; the tests inspect the site.</summary>
public sealed class DefaultSiteFixture : IDisposable
{
    private readonly TempDir _temp = new();

    public DefaultSiteFixture()
    {
        Result = SiteBuilder.Build(new BuildOptions(TestPaths.RepoRoot, _temp["site"], BuiltinDir: TestPaths.BuiltinDir));
    }

    public BuildResult Result { get; }

    public string Site => _temp["site"];

    public string Read(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    public void Dispose() => _temp.Dispose();
}

public partial class DefaultProjectBuildTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    [Fact]
    public void The_default_project_builds_without_errors()
    {
        Assert.True(site.Result.Written, string.Join("\n", site.Result.Diagnostics));
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.IsError);
        Assert.True(File.Exists(Path.Combine(site.Site, "index.html")));
    }

    [Fact]
    public void Every_one_of_the_18_regions_has_a_page_for_2023()
    {
        var pages = Directory.GetDirectories(Path.Combine(site.Site, "2023")).Where(d => File.Exists(Path.Combine(d, "index.html"))).ToList();
        Assert.Equal(18, pages.Count);
        Assert.Contains(pages, p => p.EndsWith("stadt-muelheim-an-der-ruhr", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Borken_2023_cards_show_the_five_targets_with_actual_values_and_verdicts()
    {
        var html = site.Read("2023/kreis-borken/index.html");
        var rows = Regex.Matches(html, "<li class=\"verdict-card[^\"]*\"[^>]*>(.*?)</li>", RegexOptions.Singleline).Select(m => Text(m.Groups[1].Value)).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains("12,6", rows[0]);
        Assert.Contains("Ziel: nicht sinken", rows[1]);   // k2 >= 0 %
        Assert.Contains("Ziel: nicht steigen", rows[2]);  // k2_gap <= 0 pp
        Assert.Contains("5,2", rows[3]);
        Assert.Contains("6,6", rows[4]);
        // Hand-checked from data/kennzahlen (Kreis Borken, 2022 → 2023): Integrationen 1,550 → 1,714 (+10.58 %);
        // K2 15.281 → 15.403 (+0.80 %); gap of men and women 5.133 → 4.931 pp (−0.20 pp); mean LZB stock
        // 6,900.0 → 6,554.9 (−5.00 %); Integrationen of LZB 558 → 597 (+6.99 %). Rounded to one decimal and
        // compared with the thresholds: missed, met, met, missed (−5.0 > −5.2), met.
        // Each card: the target's name, then the verdict (symbol and word), then the actual value.
        (string Verdict, string Actual)[] expected =
            [("✗ verfehlt", "+10,6 %"), ("✓ erreicht", "+0,8 %"), ("✓ erreicht", "−0,2 Prozentpunkte"), ("✗ verfehlt", "−5,0 %"), ("✓ erreicht", "+7,0 %")];
        for (var i = 0; i < 5; i++)
            Assert.Matches(Spaced(expected[i].Verdict) + "\\s+" + Spaced(expected[i].Actual) + "(?![\\d,])", rows[i]);
        static string Spaced(string text) => Regex.Escape(text).Replace("\\ ", "\\s+");
    }

    [Fact]
    public void Pages_say_the_data_is_sample_data_and_draw_charts_from_the_local_plotly()
    {
        var html = site.Read("2023/kreis-borken/index.html");
        Assert.Contains("Musterdaten", html);
        Assert.Contains("../../assets/plotly-2.28.0.min.js", html);
        Assert.True(new FileInfo(Path.Combine(site.Site, "assets", "plotly-2.28.0.min.js")).Length > 1_000_000);
        Assert.Contains("<script type=\"application/json\" id=\"chart-data\">", html);
        Assert.Contains("Plotly.newPlot", File.ReadAllText(Path.Combine(site.Site, "assets", "charts.js")));
        Assert.Matches("(?s)<table[^>]*>.*?<th", html);
    }

    [Fact]
    public void No_page_refers_to_another_host()
    {
        foreach (var file in Directory.EnumerateFiles(site.Site, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        }
    }

    private static string Text(string html) => WebUtility(Regex.Replace(html, "<[^>]+>", " "));

    private static string WebUtility(string s) => System.Net.WebUtility.HtmlDecode(Regex.Replace(s, @"\s+", " ")).Trim();
}
