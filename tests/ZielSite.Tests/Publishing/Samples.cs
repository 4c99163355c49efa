using System.Text;
using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Output;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

/// <summary>Hand-built results and a small synthetic site, for tests that must not depend on the real pipeline.</summary>
internal static class Samples
{
    public static Region Region(string ags, string name, RegionKind kind) =>
        new(ags, name, kind, Slug.From(name), new SourceSpan("data/regions.csv", 2), new Dictionary<string, string>());

    public static Target Target(string key, string op, double value) =>
        new(key, op, value, TargetKeys.Unit(key), new SourceSpan("content/agreements/2023/x.txt", 100), "…");

    /// <summary>
    /// A result with the given Stand month: values only for the keys given (every other key missing), verdicts as given.
    /// </summary>
    public static RegionYearResult Result(Region region, int year, int month, IReadOnlyDictionary<string, double?> values, params Verdict[] verdicts)
    {
        var months = Enumerable.Range(1, month)
            .Select(m => new IndicatorSet(region.Ags, year, m, m == month ? values : new Dictionary<string, double?>()))
            .ToList();
        var total = months.Select(s => s with { Ags = ObservationTable.TotalKey }).ToList();
        return new RegionYearResult(region, year, month, null, verdicts, months, total);
    }

    public static Region Borken { get; } = Region("05554", "Kreis Borken", RegionKind.Kreis);

    public static Region Bottrop { get; } = Region("05512", "Stadt Bottrop", RegionKind.Stadt);

    /// <summary>
    /// Borken 2023 (December, final) with two targets: integrationen ≥ +12.6 % with actual 13.1 (met) and
    /// k3 ≤ −5.2 % with actual −5.0 (missed); Bottrop 2023 in November (in-year) with k2 ≥ 0 and actual 0.4 (on track).
    /// </summary>
    public static IReadOnlyList<RegionYearResult> Results(double borkenIntegrationenChange = 13.1)
    {
        var met = borkenIntegrationenChange >= 12.6 ? VerdictStatus.Met : VerdictStatus.Missed;
        var borken = Result(Borken, 2023, 12,
            new Dictionary<string, double?> { [ValueKeys.IntegrationenChange] = borkenIntegrationenChange, [ValueKeys.K3Change] = -5.0, [ValueKeys.K2] = 15.4 },
            new Verdict(Target(TargetKeys.K3, "<=", -5.2), -5.0, -5.0, VerdictStatus.Missed, 12),
            new Verdict(Target(TargetKeys.Integrationen, ">=", 12.6), borkenIntegrationenChange, Math.Round(borkenIntegrationenChange, 1), met, 12));
        var bottrop = Result(Bottrop, 2023, 11,
            new Dictionary<string, double?> { [ValueKeys.K2Change] = 0.4 },
            new Verdict(Target(TargetKeys.K2, ">=", 0), 0.4, 0.4, VerdictStatus.OnTrack, 11));
        return [borken, bottrop];
    }

    public static ResultsDocument Document(double borkenIntegrationenChange = 13.1) =>
        ResultsDocument.FromResults(Results(borkenIntegrationenChange), isSample: true);

    private static OutputFile F(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static string Page(string title, string head, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"de\"><head><title>{title}</title>{head}</head>\n<body><header><a href=\"#main\">Zum Inhalt</a></header><main id=\"main\"><h1>{title}</h1>\n{body}\n</main></body></html>\n";

    /// <summary>
    /// A small site laid out like a real one: home page, two years of region pages and year overviews, a Markdown
    /// page, a stylesheet using an image and a font, a chart script, an agreement source, the results document,
    /// and one asset no page uses.
    /// </summary>
    public static IReadOnlyList<OutputFile> Site(double borkenIntegrationenChange = 13.1)
    {
        const string css2 = "<link rel=\"stylesheet\" href=\"../../assets/site.css\">";
        return
        [
            F("index.html", Page("Zielvereinbarungen", "<link rel=\"stylesheet\" href=\"assets/site.css\">",
                "<a href=\"2023/\">2023</a> <a href=\"2022/index.html\">2022</a> <a href=\"2023/kreis-borken/\">Kreis Borken</a>")),
            F("assets/site.css", "body { background: url(bg.png); }\n@font-face { font-family: x; src: url(\"fonts/x.woff2\") format(\"woff2\"); }\n"),
            F("assets/bg.png", "PNG"),
            F("assets/fonts/x.woff2", "WOFF2"),
            F("assets/chart.js", "function draw(){}"),
            F("assets/unused.js", "// used by no page"),
            F("methodik/index.html", Page("Methodik", "<link rel=\"stylesheet\" href=\"../assets/site.css\">", "<a href=\"../\">Start</a>")),
            F("quellen/agreements/2023/kreis-borken.txt", "Zielvereinbarung 2023 Kreis Borken"),
            F("2022/index.html", Page("2022", "<link rel=\"stylesheet\" href=\"../assets/site.css\">", "<a href=\"kreis-borken/\">Kreis Borken</a>")),
            F("2022/kreis-borken/index.html", Page("Kreis Borken 2022", css2, "<a href=\"../../2023/kreis-borken/\">2023</a>")),
            F("2023/index.html", Page("2023", "<link rel=\"stylesheet\" href=\"../assets/site.css\">",
                "<a href=\"kreis-borken/\">Kreis Borken</a> <a href=\"stadt-bottrop/index.html\">Stadt Bottrop</a> <a href=\"../\">Start</a> " +
                "<a href=\"../2022/\">2022</a> <a href=\"../methodik/#formeln\">Methodik</a> <a href=\"../daten/ergebnisse.json\">JSON</a>")),
            F("2023/kreis-borken/index.html", Page("Kreis Borken 2023", css2 + "<script src=\"../../assets/chart.js\"></script>",
                "<a href=\"../\">Übersicht 2023</a> <a href=\"../../index.html#top\">Start</a> <a href=\"../../2022/kreis-borken/\">2022</a> " +
                "<a href=\"../../quellen/agreements/2023/kreis-borken.txt\">Quelle</a> <a href=\"https://example.org/\">extern</a> " +
                "<a href=\"mailto:a@example.org\">Mail</a> <a href=\"#ziele\">Ziele</a> <a href='../stadt-bottrop/'>Bottrop</a>")),
            F("2023/stadt-bottrop/index.html", Page("Stadt Bottrop 2023", css2, "<a href=\"../kreis-borken/\">Borken</a> <a href=\"../../\">Start</a>")),
            Document(borkenIntegrationenChange).ToOutputFile(),
        ];
    }

    /// <summary>Writes files into a folder.</summary>
    public static string WriteTo(string dir, IEnumerable<OutputFile> files)
    {
        foreach (var f in files)
        {
            var path = Path.Combine(dir, f.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, f.Content.ToArray());
        }
        return dir;
    }
}
