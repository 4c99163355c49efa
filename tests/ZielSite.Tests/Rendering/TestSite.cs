using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// A hand-built site: Kreis Borken and Stadt Essen, 2023 (final) and 2024 (Stand Juni). Borken 2023 has the
/// five targets of the real agreement (k2_gap corrected by hand), Essen 2023 has no agreement, Essen 2024 has a
/// target without data. No calculator is called.
/// </summary>
internal static class TestSite
{
    public static Region Borken { get; } = NewRegion("05554", "Kreis Borken", RegionKind.Kreis);
    public static Region Essen { get; } = NewRegion("05113", "Stadt Essen", RegionKind.Stadt);

    public static Region NewRegion(string ags, string name, RegionKind kind) =>
        new(ags, name, kind, Slug.From(name), new SourceSpan("data/regions.csv", 2), new Dictionary<string, string>());

    public static Target NewTarget(string key, string op, double value, int line, string? correctedBy = null) =>
        new(key, op, value, TargetKeys.Unit(key), new SourceSpan("content/agreements/2023/kreis-borken.txt", line), $"Satz zu {key}", correctedBy);

    public static Agreement NewAgreement(Region region, int year, IReadOnlyList<Target> targets) =>
        new($"content/agreements/{year}/{region.Slug}.txt", region.Name, region.Kind, region.Ags, year, targets, [])
        {
            Parties =
            [
                new Party("Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen", "Staatssekretär Matthias Heidmeier", 11),
                new Party(region.Name, "Landrat Dr. Kai Zwicker", 15),
            ],
            LegalBasis = "§ 48b Abs. 1 S. 1 Nr. 4 SGB II",
            Blocks =
            [
                new TextBlock(TextBlockKind.Heading, "Ziel II: Verbesserung der Integration in Erwerbstätigkeit", 150),
                new TextBlock(TextBlockKind.Paragraph, "Die Zahl der Integrationen soll um mindestens 12,6 Prozent steigen.", 155),
                new TextBlock(TextBlockKind.ListItem, "Integrationsquote", 160),
                new TextBlock(TextBlockKind.ListItem, "Abstand Männer und Frauen", 161),
            ],
        };

    /// <summary>Values of month <paramref name="m"/>: smooth series whose last month carries <paramref name="last"/>.</summary>
    public static IndicatorSet Values(string ags, int year, int m, double scale, IReadOnlyDictionary<string, double?>? last = null)
    {
        var v = new Dictionary<string, double?>
        {
            [ValueKeys.Integrationen] = 300 * m * scale,
            [ValueKeys.IntegrationenPrev] = 265 * m * scale,
            [ValueKeys.IntegrationenChange] = (300.0 / 265 - 1) * 100,
            [ValueKeys.IntegrationenF] = 120 * m * scale,
            [ValueKeys.IntegrationenM] = 180 * m * scale,
            [ValueKeys.K2] = 1.3 * m,
            [ValueKeys.K2F] = 1.1 * m,
            [ValueKeys.K2M] = 1.5 * m,
            [ValueKeys.K2Gap] = 0.4 * m,
            [ValueKeys.K2Rolling] = 15 + 0.1 * m + (year - 2023),
            [ValueKeys.Elb] = 16000 * scale + 30 * m,
            [ValueKeys.ElbMean] = 16000 * scale,
            [ValueKeys.ElbMeanPrev] = 15500 * scale,
            [ValueKeys.Lzb] = 7000 * scale - 10 * m,
            [ValueKeys.LzbChange] = -4.5,
            [ValueKeys.LzbMean] = 6950 * scale,
            [ValueKeys.LzbMeanPrev] = 7300 * scale,
            [ValueKeys.Llu] = 2_500_000.0 * m * scale,
            [ValueKeys.LluPrev] = 2_400_000.0 * m * scale,
            [ValueKeys.Kdu] = 1_800_000.0 * m * scale,
            [ValueKeys.KduPrev] = 1_700_000.0 * m * scale,
            [ValueKeys.Bg] = 8000 * scale,
            [ValueKeys.BgPrev] = 7721 * scale,
        };
        if (last is not null)
            foreach (var (k, x) in last) v[k] = x;
        return new IndicatorSet(ags, year, m, v);
    }

    public static RegionYearResult Result(Region region, int year, int month, Agreement? agreement, IReadOnlyList<Verdict> verdicts,
        double scale, IReadOnlyDictionary<string, double?>? last = null)
    {
        var byMonth = Enumerable.Range(1, month).Select(m => Values(region.Ags, year, m, scale, m == month ? last : null)).ToList();
        var total = Enumerable.Range(1, month).Select(m => Values(ObservationTable.TotalKey, year, m, 18)).ToList();
        return new RegionYearResult(region, year, month, agreement, verdicts, byMonth, total)
        {
            Ranks = new Dictionary<string, int> { [ValueKeys.K2] = 3, [ValueKeys.IntegrationenChange] = 5 },
            RankedRegions = 18,
            Projection = month == 12 ? new Dictionary<string, double?>() : new Dictionary<string, double?> { [ValueKeys.IntegrationenChange] = 11.9, [ValueKeys.K3Change] = -4.1 },
        };
    }

    /// <summary>The test site's settings: an NRW project (the program's defaults name no Land).</summary>
    public static ProjectConfig Config { get; } = new("Zielvereinbarungen SGB II in Nordrhein-Westfalen", "Nordrhein-Westfalen", "alle zkT in NRW",
        Contact: "barrierefreiheit@example.org");

    public static SiteModel Model(bool isSample = true, string borkenName = "Kreis Borken", ProjectConfig? config = null)
    {
        var borken = borkenName == Borken.Name ? Borken : NewRegion("05554", borkenName, RegionKind.Kreis);
        // Borken 2023: the five targets of the real agreement; k2_gap entered by hand.
        var t = new[]
        {
            NewTarget(TargetKeys.Integrationen, ">=", 12.6, 159),
            NewTarget(TargetKeys.K2, ">=", 0.0, 165),
            NewTarget(TargetKeys.K2Gap, "<=", 0.0, 178, correctedBy: "korrekturen.csv"),
            NewTarget(TargetKeys.K3, "<=", -5.2, 209),
            NewTarget(TargetKeys.IntegrationenLzb, ">=", 6.6, 218),
        };
        var a2023 = NewAgreement(borken, 2023, t);
        var v2023 = new[]
        {
            new Verdict(t[0], 13.1, 13.1, VerdictStatus.Met, 12),
            new Verdict(t[1], 0.8, 0.8, VerdictStatus.Met, 12),
            new Verdict(t[2], 0.3, 0.3, VerdictStatus.Missed, 12),
            new Verdict(t[3], -5.0, -5.0, VerdictStatus.Missed, 12),
            new Verdict(t[4], 7.0, 7.0, VerdictStatus.Met, 12),
        };
        var last2023 = new Dictionary<string, double?>
        {
            [ValueKeys.IntegrationenChange] = 13.1, [ValueKeys.K2] = 15.4, [ValueKeys.K2Change] = 0.8, [ValueKeys.K2F] = 12.9,
            [ValueKeys.K2M] = 17.8, [ValueKeys.K2Gap] = 4.9, [ValueKeys.K2GapChange] = 0.3, [ValueKeys.K3Change] = -5.0,
            [ValueKeys.IntegrationenLzbChange] = 7.0, [ValueKeys.Elb] = 16352, [ValueKeys.Bg] = 8232,
        };
        var a2024 = NewAgreement(borken, 2024, [NewTarget(TargetKeys.Integrationen, ">=", 5.0, 150), NewTarget(TargetKeys.K3, "<=", -3.0, 200)]);
        var v2024 = new[]
        {
            new Verdict(a2024.Targets[0], 6.2, 6.2, VerdictStatus.OnTrack, 6),
            new Verdict(a2024.Targets[1], -1.0, -1.0, VerdictStatus.OffTrack, 6),
        };
        var e2024 = NewAgreement(Essen, 2024, [NewTarget(TargetKeys.K2E1, ">=", 1.0, 120)]);
        var ve2024 = new[] { new Verdict(e2024.Targets[0], null, null, VerdictStatus.NoData, 6, "keine Daten zu geringfügiger Beschäftigung") };

        var results = new List<RegionYearResult>
        {
            Result(borken, 2023, 12, a2023, v2023, 1, last2023),
            Result(Essen, 2023, 12, null, [], 2.5),
            Result(borken, 2024, 6, a2024, v2024, 1.05),
            Result(Essen, 2024, 6, e2024, ve2024, 2.6),
        };
        var pages = new List<MarkdownPage>
        {
            new("methodik", "Methodik", "# Methodik\n\nSo wird gerechnet: K2 = Σ Integrationen / ELB.\n\n## Hochrechnung\n\nFortschreibung.\n\n<script>alert(1)</script>\n\n[Impressum](../impressum/index.html)", "content/pages/methodik.md"),
            new("impressum", "Impressum", "# Impressum\n\nKontakt: {{contact}}", "content/pages/impressum.md"),
            new("barrierefreiheit", "Barrierefreiheit", "# Barrierefreiheit\n\nText.", "content/pages/barrierefreiheit.md"),
            new("leichte-sprache", "Leichte Sprache", "# Leichte Sprache\n\nText.", "content/pages/leichte-sprache.md"),
        };
        var provenance = new List<Provenance> { new("Generierte Musterdaten", null, null, isSample, null, "data/provenance.json") };
        return new SiteModel(config ?? Config, [Essen, borken], [2023, 2024], results, [a2023, a2024, e2024], pages,
            provenance, ObservationTable.Empty, null);
    }

    /// <summary>The repository's built-in templates folder (found by walking up to ZielSite.sln).</summary>
    public static string BuiltInTemplates
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ZielSite.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("ZielSite.sln not found"), "templates");
        }
    }
}
