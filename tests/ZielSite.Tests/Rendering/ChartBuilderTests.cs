using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>Charts that state their finding: captions and accessible names with the numbers, the LZB mean, axes and styles.</summary>
public class ChartBuilderTests
{
    private const string Nbsp = "\u00A0";

    private static IReadOnlyList<ChartView> BorkenCharts()
    {
        var model = TestSite.Model();
        var history = model.Results.Where(r => r.Region.Ags == "05554").ToList();
        return ChartBuilder.Build(history.Single(r => r.Year == 2023), history, "alle zkT in NRW");
    }

    [Fact]
    public void The_finding_names_the_actual_value_and_the_target_and_says_knapp_within_half_a_point()
    {
        var k3 = TestSite.NewTarget(TargetKeys.K3, "<=", -5.2, 209);
        var integrationen = TestSite.NewTarget(TargetKeys.Integrationen, ">=", 12.6, 159);
        Assert.Equal($"Ziel knapp verfehlt: −5,0{Nbsp}% statt höchstens −5,2{Nbsp}%", ChartBuilder.Finding(new Verdict(k3, -5.04, -5.0, VerdictStatus.Missed, 12)));
        Assert.Equal($"Ziel verfehlt: +10,6{Nbsp}% statt mindestens +12,6{Nbsp}%", ChartBuilder.Finding(new Verdict(integrationen, 10.6, 10.6, VerdictStatus.Missed, 12)));
        Assert.Equal($"Ziel erreicht: +13,1{Nbsp}% bei mindestens +12,6{Nbsp}%", ChartBuilder.Finding(new Verdict(integrationen, 13.1, 13.1, VerdictStatus.Met, 12)));
        Assert.Equal($"Nicht auf Kurs (Stand Juni): −1,0{Nbsp}% statt höchstens −5,2{Nbsp}%", ChartBuilder.Finding(new Verdict(k3, -1.0, -1.0, VerdictStatus.OffTrack, 6)));
        Assert.Equal("Für die Bewertung fehlen Werte.", ChartBuilder.Finding(new Verdict(k3, null, null, VerdictStatus.NoData, 6)));
    }

    [Fact]
    public void The_LZB_chart_compares_the_mean_since_January_with_the_target_path()
    {
        var lzb = BorkenCharts().Single(c => c.Id == "chart-lzb");
        // TestSite: mean LZB 6.950 (2023) against 7.300 (2022); target path 7.300 × (1 − 5,2 %) = 6.920,4.
        Assert.Equal(["Monat", "Durchschnitt 2023", "Durchschnitt 2022", $"Zielpfad (höchstens −5,2{Nbsp}%)"], lzb.Table.Columns);
        Assert.Equal(12, lzb.Table.Rows.Count);
        Assert.Equal(new DataRowView("Dez", ["6.950", "7.300", "6.920"]), lzb.Table.Rows[11], new RowComparer());
        Assert.StartsWith($"Ziel knapp verfehlt: −5,0{Nbsp}% statt höchstens −5,2{Nbsp}%. Durchschnitt Januar bis Dezember 2023: 6.950, 2022: 7.300.", lzb.Caption);
        Assert.Equal($"Diagramm: Langzeitleistungsbeziehende im Durchschnitt. Ziel knapp verfehlt: −5,0{Nbsp}% statt höchstens −5,2{Nbsp}%. " +
            "Durchschnitt Januar bis Dezember 2023: 6.950, 2022: 7.300. Alle Werte stehen in der Tabelle zum Diagramm.", lzb.AriaLabel);
    }

    [Fact]
    public void Captions_of_the_other_charts_carry_their_numbers()
    {
        var charts = BorkenCharts().ToDictionary(c => c.Id);
        // Σ Integrationen 300 × 12 = 3.600 against 265 × 12 = 3.180; verdict +13,1 % (TestSite).
        Assert.StartsWith($"Ziel erreicht: +13,1{Nbsp}% bei mindestens +12,6{Nbsp}%. Januar bis Dezember 2023: 3.600 Integrationen, 2022: 3.180.",
            charts["chart-integrationen"].Caption);
        // K2 at December: women 12,9 %, men 17,8 %, all 15,4 %, gap 4,9 pp; the gap target was missed by less than half a point (+0,3 pp against 0,0): knapp.
        Assert.StartsWith($"Dezember 2023: Frauen 12,9{Nbsp}%, Männer 17,8{Nbsp}%, insgesamt 15,4{Nbsp}%; Abstand 4,9{Nbsp}Prozentpunkte. " +
            $"Abstand: Ziel knapp verfehlt: +0,3{Nbsp}Prozentpunkte statt höchstens 0,0{Nbsp}Prozentpunkte.", charts["chart-k2-geschlecht"].Caption);
        // LLU 2.500.000 × 12 = 30,00 Mio. €, KdU 1.800.000 × 12 = 21,60 Mio. €.
        Assert.StartsWith($"Januar bis Dezember 2023: Lebensunterhalt 30,00{Nbsp}Mio.{Nbsp}€, Unterkunft und Heizung 21,60{Nbsp}Mio.{Nbsp}€.", charts["chart-k1"].Caption);
    }

    [Fact]
    public void A_year_without_last_years_values_does_not_promise_last_years_line()
    {
        // 2020: the first year of data, no 2019 values at all.
        var region = TestSite.Borken;
        var months = Enumerable.Range(1, 12)
            .Select(m => new IndicatorSet(region.Ags, 2020, m, new Dictionary<string, double?> { [ValueKeys.Integrationen] = 100.0 * m }))
            .ToList();
        var r = new RegionYearResult(region, 2020, 12, null, [], months, months);
        var chart = ChartBuilder.Build(r, [r], "alle").Single(c => c.Id == "chart-integrationen");
        Assert.Equal(["Monat", "2020"], chart.Table.Columns);
        Assert.DoesNotContain("2019", chart.Caption);
        Assert.Contains("Integrationen seit Januar (aufsummiert) 2020.", chart.Caption);
    }

    [Fact]
    public void Every_series_differs_in_colour_and_marker_legend_sits_above_and_labels_are_not_clipped()
    {
        foreach (var chart in BorkenCharts())
        {
            using var figure = JsonDocument.Parse(chart.FigureJson);
            var traces = figure.RootElement.GetProperty("data").EnumerateArray().ToList();
            var colours = traces.Select(t => t.GetProperty("line").GetProperty("color").GetString()).ToList();
            var markers = traces.Select(t => t.GetProperty("marker").GetProperty("symbol").GetString()).ToList();
            Assert.True(colours.Distinct().Count() == colours.Count, $"{chart.Id}: colours {string.Join(", ", colours)}");
            Assert.True(markers.Distinct().Count() == markers.Count, $"{chart.Id}: markers {string.Join(", ", markers)}");
            var layout = figure.RootElement.GetProperty("layout");
            Assert.True(layout.GetProperty("legend").GetProperty("y").GetDouble() > 1, chart.Id);
            Assert.True(layout.GetProperty("yaxis").GetProperty("automargin").GetBoolean(), chart.Id);
            Assert.True(layout.GetProperty("xaxis").GetProperty("automargin").GetBoolean(), chart.Id);
            Assert.Equal(0, layout.GetProperty("xaxis").GetProperty("tickangle").GetInt32());
        }
    }

    [Fact]
    public void The_12_month_chart_has_a_date_axis_with_yearly_ticks_and_no_empty_months()
    {
        var chart = BorkenCharts().Single(c => c.Id == "chart-k2-verlauf");
        using var figure = JsonDocument.Parse(chart.FigureJson);
        var xaxis = figure.RootElement.GetProperty("layout").GetProperty("xaxis");
        Assert.Equal("date", xaxis.GetProperty("type").GetString());
        Assert.Equal("M12", xaxis.GetProperty("dtick").GetString());
        var x = figure.RootElement.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(e => e.GetString()).ToList();
        // TestSite has all 12 months of 2023 (Borken's page year); nothing before January 2023.
        Assert.Equal("2023-01-01", x[0]);
        Assert.Equal("2023-12-01", x[^1]);
        Assert.Equal(12, x.Count);
        Assert.Equal("Jan 2023", chart.Table.Rows[0].Header);
    }

    private static Target LevelTarget(string key, double value, string unit) =>
        TestSite.NewTarget(key, ">=", value, 30) with { Unit = unit, Kind = TargetKinds.Level };

    [Fact]
    public void The_finding_of_a_level_target_names_the_level_and_the_projection_before_December()
    {
        var count = LevelTarget(TargetKeys.Integrationen, 612, "count");
        var quota = LevelTarget(TargetKeys.K2, 60, "%");
        Assert.Equal("Ziel erreicht: 1.714 bei mindestens 612 Integrationen", ChartBuilder.Finding(new Verdict(count, 1714, 1714, VerdictStatus.Met, 12)));
        Assert.Equal($"Ziel verfehlt: 17,7{Nbsp}% statt mindestens 60,0{Nbsp}%", ChartBuilder.Finding(new Verdict(quota, 17.69, 17.7, VerdictStatus.Missed, 12)));
        // In June the level judged is the projected year's value (LevelTargetTests), and the finding says so.
        Assert.Equal("Auf Kurs (Stand Juni): hochgerechnet 640 bei mindestens 612 Integrationen",
            ChartBuilder.Finding(new Verdict(count, 640, 640, VerdictStatus.OnTrack, 6)));
    }

    [Fact]
    public void Level_targets_are_lines_at_their_level_named_with_the_threshold_and_stated_in_caption_and_name()
    {
        // Borken 2023 of TestSite with level targets instead of its changes: 3.600 Integrationen (300 × 12) against at
        // least 612 (met; the change TestSite gives is +13,1 %), K2 of women 12,9 % against at least 13,5 % (missed by 0,6: not knapp), K2 15,4 % against 15,0 %.
        var history = TestSite.Model().Results.Where(r => r.Region.Ags == "05554").ToList();
        var r = history.Single(r => r.Year == 2023);
        var count = LevelTarget(TargetKeys.Integrationen, 612, "count");
        var women = LevelTarget("k2_f", 13.5, "%");
        var all = LevelTarget(TargetKeys.K2, 15.0, "%");
        var levels = r with
        {
            Agreement = r.Agreement! with { Targets = [count, all, women] },
            Verdicts = [new(count, 3600, 3600, VerdictStatus.Met, 12), new(all, 15.4, 15.4, VerdictStatus.Met, 12), new(women, 12.9, 12.9, VerdictStatus.Missed, 12)],
        };
        var charts = ChartBuilder.Build(levels, history, "alle zkT in NRW").ToDictionary(c => c.Id);

        var integrationen = charts["chart-integrationen"];
        Assert.Equal(["Monat", "2023", "2022", "Ziel (mindestens 612 Integrationen)"], integrationen.Table.Columns);
        Assert.Equal(new DataRowView("Jun", ["1.800", "1.590", "612"]), integrationen.Table.Rows[5], new RowComparer());
        Assert.StartsWith("Ziel erreicht: 3.600 bei mindestens 612 Integrationen. Januar bis Dezember 2023: 3.600 Integrationen, 2022: 3.180 (+13,1" + Nbsp + "%).",
            integrationen.Caption);
        Assert.EndsWith("mit Ziellinie: die vereinbarte Zahl für das ganze Jahr.", integrationen.Caption);
        Assert.Contains("Ziel erreicht: 3.600 bei mindestens 612 Integrationen.", integrationen.AriaLabel);
        using (var figure = JsonDocument.Parse(integrationen.FigureJson))
        {
            var line = figure.RootElement.GetProperty("data")[2];
            Assert.Equal("Ziel (mindestens 612 Integrationen)", line.GetProperty("name").GetString());
            Assert.Equal("lines", line.GetProperty("mode").GetString());
            Assert.All(line.GetProperty("y").EnumerateArray(), y => Assert.Equal(612, y.GetDouble()));
            Assert.Equal(12, line.GetProperty("y").GetArrayLength());
        }

        // The K2 chart: women first, then all (the order of its lines), each with its finding in the caption.
        var k2 = charts["chart-k2-geschlecht"];
        Assert.Equal(["Monat", "Frauen", "Männer", "insgesamt", $"Ziel Frauen (mindestens 13,5{Nbsp}%)", $"Ziel insgesamt (mindestens 15,0{Nbsp}%)"], k2.Table.Columns);
        var finding = $"Frauen: Ziel verfehlt: 12,9{Nbsp}% statt mindestens 13,5{Nbsp}%. Insgesamt: Ziel erreicht: 15,4{Nbsp}% bei mindestens 15,0{Nbsp}%.";
        Assert.Contains(finding, k2.Caption);
        Assert.Contains(finding, k2.AriaLabel);
        Assert.EndsWith("mit Ziellinien: die vereinbarten Quoten für das ganze Jahr.", k2.Caption);
        using (var figure = JsonDocument.Parse(k2.FigureJson))
        {
            var lines = figure.RootElement.GetProperty("data").EnumerateArray().Skip(3).ToList();
            Assert.Equal([13.5, 15.0], lines.Select(t => t.GetProperty("y")[0].GetDouble()));
            // Two target lines told apart by dash, not only by colour.
            Assert.Equal(["longdash", "dot"], lines.Select(t => t.GetProperty("line").GetProperty("dash").GetString()));
        }

        // No level line on a chart of another measure, and no target path of changes for a level target.
        Assert.DoesNotContain(charts["chart-lzb"].Table.Columns, c => c.StartsWith("Ziel", StringComparison.Ordinal));
        Assert.DoesNotContain(integrationen.Table.Columns, c => c.StartsWith("Zielpfad", StringComparison.Ordinal));
    }

    private sealed class RowComparer : IEqualityComparer<DataRowView>
    {
        public bool Equals(DataRowView? a, DataRowView? b) => a!.Header == b!.Header && a.Cells.SequenceEqual(b.Cells);
        public int GetHashCode(DataRowView r) => r.Header.GetHashCode();
    }
}
