using System.Text.Json;
using System.Text.RegularExpressions;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

/// <summary>
/// The default project with Stadt Essen's 2023 agreement replaced by one of level targets, as other Länder write
/// them ("mindestens 612 Integrationen", "eine Integrationsquote von mindestens 60,0 %", the same for women), built once.
/// </summary>
public sealed class LevelProjectFixture : IDisposable
{
    private readonly TempDir _temp = new();

    public const string Agreement = """
        Zielvereinbarung

        für das Jahr 2023

        zwischen dem

        Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen

        und der

        Stadt Essen

        als zugelassenem kommunalen Träger

        Auf der Grundlage des § 48b Abs. 1 Satz 1 Nr. 4 SGB II wird Folgendes vereinbart:

        1. Ziele für 2023

        Vereinbart werden mindestens 612 Integrationen im Jahr 2023.

        Es wird vereinbart, dass die Integrationsquote im Jahr 2023 mindestens 60,0 % beträgt.

        Es wird vereinbart, dass die Integrationsquote der Frauen mindestens 13,5 % erreicht.

        """;

    public LevelProjectFixture()
    {
        var project = _temp["project"];
        TestPaths.CopyDefaultProject(project);
        File.WriteAllText(Path.Combine(project, "content", "agreements", "2023", "stadt-essen.txt"), Agreement);
        Result = SiteBuilder.Build(new BuildOptions(project, _temp["site"], BuiltinDir: TestPaths.BuiltinDir));
    }

    public BuildResult Result { get; }

    public string Site => _temp["site"];

    public string Read(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// Level targets in every output: the region page (card and charts), <c>daten/ergebnisse.json</c>, REVIEW.md and
/// <c>zielsite diff</c> (Markdown and JSON) carry the kind and say "mindestens 612 Integrationen" and "mindestens 60,0 %"
/// with the same label, never a signed change ("+60,0 %").
/// </summary>
public class SameWordsLevelTests(LevelProjectFixture site) : IClassFixture<LevelProjectFixture>
{
    // Stadt Essen 2023 (default project data, `zielsite indicators --region 05113 --year 2023`): 11.419 Integrationen,
    // K2 17,695… % (17,7), K2 of women 13,708… % (13,7).
    private const string Quota = "Integrationsquote (K2)";
    private const string QuotaThreshold = "mindestens 60,0\u00A0%";
    private const string Count = "Zahl der Integrationen";
    private const string CountThreshold = "mindestens 612 Integrationen";

    private ResultsDocument Results()
    {
        var results = ResultsLoader.Load(site.Site, TestPaths.BuiltinDir, new DiagnosticBag());
        Assert.NotNull(results);
        return results;
    }

    [Fact]
    public void The_page_names_the_level_targets_with_the_site_threshold_and_draws_them_as_lines()
    {
        Assert.True(site.Result.Written, string.Join("\n", site.Result.Diagnostics));
        var html = site.Read("2023/stadt-essen/index.html");
        var page = Regex.Replace(html, "<[^>]+>", " ").Replace("&nbsp;", "\u00A0");
        foreach (var (label, threshold) in new[] { (Quota, QuotaThreshold), (Count, CountThreshold) })
        {
            var card = page[page.IndexOf(label, StringComparison.Ordinal)..];
            Assert.Contains("Ziel: " + threshold, card[..Math.Min(card.Length, 300)]);
        }
        Assert.DoesNotContain("+60,0", page);
        // The summary above the cards says what the values are: levels here, changes where the targets are changes.
        Assert.Matches(@"von 3 \s*Zielen \(erreichte Werte, Stand: Dezember 2023", page);
        Assert.Contains("Zielen (Veränderung gegenüber dem Vorjahr, Stand: Dezember 2023", site.Read("2023/kreis-borken/index.html"));

        var data = Regex.Match(html, "<script type=\"application/json\" id=\"chart-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var charts = JsonDocument.Parse(data);
        var line = charts.RootElement.GetProperty("chart-integrationen").GetProperty("data").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "Zielpfad (" + CountThreshold + " im Dezember)");
        Assert.Equal(612, line.GetProperty("y")[11].GetDouble());
        var quota = charts.RootElement.GetProperty("chart-k2-geschlecht").GetProperty("data").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "Zielpfad insgesamt (" + QuotaThreshold + " im Dezember)");
        Assert.Equal(60, quota.GetProperty("y")[11].GetDouble());
        Assert.Contains("Ziel erreicht: 11.419 bei " + CountThreshold + ".", page);
        Assert.Contains("Insgesamt: Ziel verfehlt: 17,7\u00A0% statt " + QuotaThreshold + ".", page);
        Assert.Contains("aria-label=\"Diagramm: Integrationen seit Januar. Ziel erreicht: 11.419 bei " + CountThreshold + ".", html.Replace("&nbsp;", "\u00A0"));
    }

    [Fact]
    public void The_overview_and_its_CSV_show_the_levels_with_the_site_threshold()
    {
        var overview = Regex.Replace(site.Read("2023/index.html"), "<[^>]+>", " ").Replace("&nbsp;", "\u00A0");
        var row = overview[overview.IndexOf("Stadt Essen", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("von 3", StringComparison.Ordinal)];
        // The level itself (11.419, 17,7 %, 13,7 %), never a signed change; the column of women's K2 has its short label.
        // With the target and the distance to it: 11.419 − 612 = +10.807 Integrationen; 17,7 − 60,0 = −42,3 Prozentpunkte.
        // The Integrationen column holds changes of other regions too: its cells say which kind their target is.
        Assert.Matches(@"11\.419\s+erreicht\s+Ziel \(Stand\) ≥ 612 · Abstand \+10\.807\s+17,7\u00A0%\s+verfehlt\s+Ziel (\(Stand\) )?≥ 60,0\u00A0% · Abstand −42,3\u00A0Pkt\.", row);
        Assert.Matches(@"13,7\u00A0%\s+erreicht", row);
        Assert.Contains("K2 Frauen", overview);

        var csv = site.Read("2023/uebersicht-2023.csv").Split('\n');
        Assert.Contains("Zahl der Integrationen: Ist-Wert (% oder Anzahl)", csv[0]);
        Assert.Contains("Integrationsquote der Frauen: Ist-Wert (%)", csv[0]);
        Assert.Contains("Stadt Essen;05113;Dezember 2023;mindestens 612 Integrationen;11419;erreicht;mindestens 60,0 %;17,7;verfehlt;", csv.Single(l => l.StartsWith("Stadt Essen;", StringComparison.Ordinal)));

        // The region's download: a count is whole there too, a quota with one decimal.
        var download = site.Read("2023/stadt-essen/daten.csv").Split('\n');
        Assert.EndsWith(";11419", download.Single(l => l.Contains("Zahl der Integrationen: Ist-Wert;Anzahl;", StringComparison.Ordinal)).TrimEnd(';'));
        Assert.EndsWith(";612", download.Single(l => l.Contains("Zahl der Integrationen: Zielwert (mindestens);Anzahl;", StringComparison.Ordinal)).TrimEnd(';'));
        Assert.EndsWith(";17,7", download.Single(l => l.Contains("Integrationsquote (K2): Ist-Wert;%;", StringComparison.Ordinal)).TrimEnd(';'));
    }

    [Fact]
    public void Results_json_carries_the_kind_and_reads_back()
    {
        using var json = JsonDocument.Parse(site.Read("daten/ergebnisse.json"));
        var essen = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(e => e.GetProperty("ags").GetString() == "05113" && e.GetProperty("year").GetInt32() == 2023);
        var targets = essen.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(["integrationen level count 612", "k2 level % 60", "k2_f level % 13.5"],
            targets.Select(t => $"{t.GetProperty("key").GetString()} {t.GetProperty("kind").GetString()} {t.GetProperty("unit").GetString()} {t.GetProperty("value").GetDouble()}"));
        // The one target form: key, kind, operator, value, unit, actual, compared, status.
        Assert.Equal(["key", "kind", "operator", "value", "unit", "actual", "compared", "status", "projected"], targets[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("met", targets[0].GetProperty("status").GetString());
        Assert.Equal("missed", targets[1].GetProperty("status").GetString());
        // Borken keeps its change targets, now with their kind written out.
        var borken = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(e => e.GetProperty("ags").GetString() == "05554" && e.GetProperty("year").GetInt32() == 2023);
        Assert.All(borken.GetProperty("targets").EnumerateArray(), t => Assert.Equal("change", t.GetProperty("kind").GetString()));

        Assert.All(Results().Find("05113", 2023)!.Targets, t => Assert.True(t.IsLevel));
    }

    [Fact]
    public void Review_and_diff_word_the_level_targets_as_the_site_does()
    {
        var results = Results();
        var review = ReviewReport.Render(results, [], "test", 1);
        Assert.Matches($@"\| {Regex.Escape(Count)} \| {Regex.Escape(CountThreshold)} \| 11\.419 \| 11\.419 \| erreicht \|", review);
        Assert.Matches($@"\| {Regex.Escape(Quota)} \| {Regex.Escape(QuotaThreshold)} \| 17,70\u00A0% \| 17,7\u00A0% \| \*\*verfehlt\*\* \|", review);

        // Essen's K2 raised to 61 %: diff shows the row with levels, unsigned, and the kind in its JSON.
        var changed = results with
        {
            Results = [.. results.Results.Select(e => e.Ags == "05113" && e.Year == 2023
                ? e with { Targets = [.. e.Targets.Select(t => t.Key == "k2" ? t with { Actual = 61.0, Compared = 61.0, Status = "met" } : t)] }
                : e)],
        };
        var diff = ResultsDiff.Compare(results, changed);
        var md = DiffMarkdown.Render(diff, "alt", "neu");
        Assert.Matches($@"\| {Regex.Escape(Quota)} \| {Regex.Escape(QuotaThreshold)} \| 17,70\u00A0% \| 61,00\u00A0% \| verfehlt \| \*\*erreicht\*\* \|", md);
        Assert.DoesNotContain("+60,0", md);

        using var json = JsonDocument.Parse(DiffJson.ToBytes(diff, "alt", "neu"));
        var target = json.RootElement.GetProperty("changes")[0].GetProperty("targets")[0];
        Assert.Equal("k2", target.GetProperty("key").GetString());
        foreach (var side in new[] { "old", "new" })
        {
            var t = target.GetProperty(side);
            Assert.Equal(["key", "kind", "operator", "value", "unit", "actual", "compared", "status", "projected"], t.EnumerateObject().Select(p => p.Name));
            Assert.Equal("level", t.GetProperty("kind").GetString());
        }
    }
}
