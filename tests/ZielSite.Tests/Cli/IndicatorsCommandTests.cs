using System.Globalization;
using System.Text.Json;

namespace ZielSite.Tests.Cli;

/// <summary>
/// <c>indicators --json</c> on the default project, checked against a computation written here from the
/// raw CSV rows with the formulas of docs/kennzahlen.md §3–4 (independent of the library's calculator).
/// </summary>
public class IndicatorsCommandTests
{
    [Fact]
    public void Indicators_json_for_Borken_2023_equals_an_independent_computation()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "indicators", "--region", "05554", "--year", "2023", "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("05554", root.GetProperty("ags").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal(12, root.GetProperty("month").GetInt32());
        var values = root.GetProperty("values");

        var data = RawData.Load(TestPaths.RepoRoot, "05554");
        double Sum(string m, int year, int from, int to) => Enumerable.Range(from, to - from + 1).Sum(mo => data[(m, year, mo)]);
        // Mean ELB stock Dec(t−1)..Nov(t): the shifted denominator.
        double ShiftedElb(string m, int year) => (data[(m, year - 1, 12)] + Sum(m, year, 1, 11)) / 12;

        var integrationenChange = (Sum("integrationen", 2023, 1, 12) / Sum("integrationen", 2022, 1, 12) - 1) * 100;
        var k2 = Sum("integrationen", 2023, 1, 12) / ShiftedElb("elb", 2023) * 100;
        var k2Prev = Sum("integrationen", 2022, 1, 12) / ShiftedElb("elb", 2022) * 100;
        var k3Change = (Sum("lzb", 2023, 1, 12) / 12 / (Sum("lzb", 2022, 1, 12) / 12) - 1) * 100;
        var gap = Sum("integrationen_m", 2023, 1, 12) / ShiftedElb("elb_m", 2023) * 100 - Sum("integrationen_f", 2023, 1, 12) / ShiftedElb("elb_f", 2023) * 100;
        var gapPrev = Sum("integrationen_m", 2022, 1, 12) / ShiftedElb("elb_m", 2022) * 100 - Sum("integrationen_f", 2022, 1, 12) / ShiftedElb("elb_f", 2022) * 100;

        Assert.Equal(integrationenChange, values.GetProperty("integrationen_change").GetDouble(), 1e-9);
        Assert.Equal(k2, values.GetProperty("k2").GetDouble(), 1e-9);
        Assert.Equal((k2 / k2Prev - 1) * 100, values.GetProperty("k2_change").GetDouble(), 1e-9);
        Assert.Equal(k3Change, values.GetProperty("k3_change").GetDouble(), 1e-9);
        Assert.Equal(gap - gapPrev, values.GetProperty("k2_gap_change").GetDouble(), 1e-9);

        // The five targets of the real agreement, each with a status of the contract.
        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(["integrationen", "k2", "k2_gap", "k3", "integrationen_lzb"], targets.Select(t => t.GetProperty("key").GetString()));
        // Hand-checked (the values above, rounded to one decimal as configured): +10.6 % < +12.6 % missed;
        // K2 +0.8 % ≥ 0 met; gap −0.2 pp ≤ 0 met; K3 −5.0 % > −5.2 % missed; Integrationen of LZB +7.0 % ≥ +6.6 % met.
        Assert.Equal(10.58, integrationenChange, 0.005);
        Assert.Equal(-5.00, k3Change, 0.005);
        Assert.Equal(["missed", "met", "met", "missed", "met"], targets.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(integrationenChange, targets[0].GetProperty("actual").GetDouble(), 1e-9);
        Assert.Equal(k3Change, targets[3].GetProperty("actual").GetDouble(), 1e-9);
    }

    [Fact]
    public void Indicators_for_a_month_in_progress_give_track_verdicts_with_that_month()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "indicators", "--region", "05554", "--year", "2025", "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(6, doc.RootElement.GetProperty("month").GetInt32());
        // Hand-checked on the raw rows, January–June 2025 against January–June 2024: Integrationen +2.0 % (target ≥ +10.8),
        // K2 −2.5 % (≥ 0), gap −0.3 pp (≤ 0), K3 +3.8 % (≤ 0), Integrationen of LZB +12.3 % (≥ +4.4).
        var targets = doc.RootElement.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(["off_track", "off_track", "on_track", "off_track", "on_track"], targets.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal([10.8, 0.0, 0.0, 0.0, 4.4], targets.Select(t => t.GetProperty("value").GetDouble()));
        Assert.Equal(2.0, targets[0].GetProperty("actual").GetDouble(), 0.05);
        Assert.Equal(12.3, targets[4].GetProperty("actual").GetDouble(), 0.05);
    }
}

/// <summary>The raw values of one region from the project's CSV files, read with a plain split.</summary>
internal static class RawData
{
    public static Dictionary<(string Measure, int Year, int Month), double> Load(string root, string ags)
    {
        var d = new Dictionary<(string, int, int), double>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "data"), "*.csv", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == "regions.csv") continue;
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var c = line.Split(';');
                if (c.Length != 4 || c[0] != ags || c[3].Length == 0) continue;
                d[(c[2], int.Parse(c[1][..4], CultureInfo.InvariantCulture), int.Parse(c[1][5..], CultureInfo.InvariantCulture))] =
                    double.Parse(c[3].Replace(',', '.'), CultureInfo.InvariantCulture);
            }
        }
        return d;
    }
}
