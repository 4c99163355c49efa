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
    public void Level_targets_are_paths_to_their_level_in_December_named_with_the_threshold_and_stated_in_caption_and_name()
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
        Assert.Equal(["Monat", "2023", "2022", "Zielpfad (mindestens 612 Integrationen im Dezember)"], integrationen.Table.Columns);
        // The test site has no 2022 for Borken, so the path is the even one to 612 in December: June 612 × 6 ÷ 12 = 306.
        Assert.Equal(new DataRowView("Jun", ["1.800", "1.590", "306"]), integrationen.Table.Rows[5], new RowComparer());
        Assert.Equal(new DataRowView("Dez", ["3.600", "3.180", "612"]), integrationen.Table.Rows[11], new RowComparer());
        Assert.StartsWith("Ziel erreicht: 3.600 bei mindestens 612 Integrationen. Januar bis Dezember 2023: 3.600 Integrationen, 2022: 3.180 (+13,1" + Nbsp + "%).",
            integrationen.Caption);
        Assert.EndsWith("mit Zielpfad: der gleichmäßige Weg zur vereinbarten Zahl im Dezember (Zielwert × Monat ÷ 12).", integrationen.Caption);
        Assert.Contains("Ziel erreicht: 3.600 bei mindestens 612 Integrationen.", integrationen.AriaLabel);
        using (var figure = JsonDocument.Parse(integrationen.FigureJson))
        {
            // The path is drawn first, under the lines.
            var line = figure.RootElement.GetProperty("data")[0];
            Assert.Equal("Zielpfad (mindestens 612 Integrationen im Dezember)", line.GetProperty("name").GetString());
            Assert.Equal("lines", line.GetProperty("mode").GetString());
            Assert.Equal(12, line.GetProperty("y").GetArrayLength());
            Assert.Equal(306, line.GetProperty("y")[5].GetDouble());
            Assert.Equal(612, line.GetProperty("y")[11].GetDouble());
        }

        // The K2 chart: women first, then all (the order of its lines), each with its finding in the caption.
        var k2 = charts["chart-k2-geschlecht"];
        Assert.Equal(["Monat", "Frauen", "Männer", "insgesamt", $"Zielpfad Frauen (mindestens 13,5{Nbsp}% im Dezember)", $"Zielpfad insgesamt (mindestens 15,0{Nbsp}% im Dezember)"], k2.Table.Columns);
        var finding = $"Frauen: Ziel verfehlt: 12,9{Nbsp}% statt mindestens 13,5{Nbsp}%. Insgesamt: Ziel erreicht: 15,4{Nbsp}% bei mindestens 15,0{Nbsp}%.";
        Assert.Contains(finding, k2.Caption);
        Assert.Contains(finding, k2.AriaLabel);
        Assert.EndsWith("mit Zielpfaden: der gleichmäßige Weg zu den vereinbarten Quoten im Dezember (Zielwert × Monat ÷ 12).", k2.Caption);
        using (var figure = JsonDocument.Parse(k2.FigureJson))
        {
            var lines = figure.RootElement.GetProperty("data").EnumerateArray()
                .Where(t => t.GetProperty("name").GetString()!.StartsWith("Zielpfad", StringComparison.Ordinal)).ToList();
            // Each path ends at its target in December.
            Assert.Equal([15.0, 13.5], lines.Select(t => t.GetProperty("y")[11].GetDouble()));
            // Two target paths told apart by dash and width, not only by colour.
            Assert.Equal(["solid", "longdash"], lines.Select(t => t.GetProperty("line").GetProperty("dash").GetString()));
            Assert.Equal([8, 2], lines.Select(t => t.GetProperty("line").GetProperty("width").GetInt32()));
        }

        // No level line on a chart of another measure, and no target path of changes for a level target.
        Assert.DoesNotContain(charts["chart-lzb"].Table.Columns, c => c.StartsWith("Ziel", StringComparison.Ordinal));
        Assert.Single(integrationen.Table.Columns, c => c.StartsWith("Zielpfad", StringComparison.Ordinal));
        Assert.DoesNotContain(charts.Keys, id => id == "chart-integrationen-veraenderung");
    }

    [Fact]
    public void A_level_target_before_December_is_drawn_as_a_path_along_last_years_course_not_as_a_line_at_the_year_end_level()
    {
        // Borken 2024, Stand Juni, with K2 at least 15,9 % in the year: 2023's K2 grew 1,3 a month to 15,4 in December,
        // so June's path is 1,3 × 6 × 15,9 ÷ 15,4 = 8,053 (a line at 15,9 would call every month a miss).
        var history = TestSite.Model().Results.Where(r => r.Region.Ags == "05554").ToList();
        var r = history.Single(r => r.Year == 2024);
        var quota = LevelTarget(TargetKeys.K2, 15.9, "%");
        var level = r with
        {
            Agreement = r.Agreement! with { Targets = [quota] },
            Verdicts = [new(quota, 15.3, 15.3, VerdictStatus.OffTrack, 6)],
        };
        var k2 = ChartBuilder.Build(level, history, "alle zkT in NRW").Single(c => c.Id == "chart-k2-geschlecht");
        using var figure = JsonDocument.Parse(k2.FigureJson);
        var path = figure.RootElement.GetProperty("data")[0];
        Assert.Equal($"Zielpfad insgesamt (mindestens 15,9{Nbsp}% im Dezember)", path.GetProperty("name").GetString());
        Assert.Equal(6, path.GetProperty("y").GetArrayLength());
        Assert.Equal(1.342, path.GetProperty("y")[0].GetDouble());
        Assert.Equal(8.053, path.GetProperty("y")[5].GetDouble());
        Assert.EndsWith("mit Zielpfad: der Weg zur vereinbarten Quote im Dezember im Verlauf des Vorjahres (Vorjahreswert des Monats × Zielwert ÷ Vorjahreswert im Dezember).", k2.Caption);
        Assert.Contains($"Nicht auf Kurs (Stand Juni): hochgerechnet 15,3{Nbsp}% statt mindestens 15,9{Nbsp}%", k2.Caption);
    }

    [Fact]
    public void Axes_hold_zero_a_target_path_lies_under_the_lines_and_years_are_labelled_at_their_start()
    {
        var model = TestSite.Model();
        var history = model.Results.Where(r => r.Region.Ags == "05554").ToList();
        var charts = ChartBuilder.Build(history.Single(r => r.Year == 2023), history, "alle zkT in NRW");
        foreach (var chart in charts)
        {
            using var figure = JsonDocument.Parse(chart.FigureJson);
            var y = figure.RootElement.GetProperty("layout").GetProperty("yaxis");
            Assert.Equal("tozero", y.GetProperty("rangemode").GetString());
            // A target path is drawn first, wider than any line, so a line on it (a 0 % target: last year's line) leaves it visible.
            var traces = figure.RootElement.GetProperty("data").EnumerateArray().ToList();
            var paths = traces.Select((t, i) => (t, i)).Where(p => p.t.GetProperty("name").GetString()!.StartsWith("Zielpfad", StringComparison.Ordinal)).ToList();
            Assert.All(paths, p => Assert.True(p.i < traces.Count - paths.Count || traces.Count == paths.Count));
            Assert.All(paths, p => Assert.True(p.t.GetProperty("line").GetProperty("width").GetInt32() > 3));
            var x = figure.RootElement.GetProperty("layout").GetProperty("xaxis");
            Assert.False(x.TryGetProperty("ticklabelmode", out _), chart.Id + ": a year's label in the middle of the year");
        }
        // The change the Integrationen target is judged on, month by month, with the target as a line.
        var change = charts.Single(c => c.Id == "chart-integrationen-veraenderung");
        Assert.Equal(["Monat", "Veränderung 2023 gegenüber 2022", $"Ziel (mindestens +12,6{Nbsp}%)"], change.Table.Columns);
        Assert.Equal(new DataRowView("Dez", [$"+13,1{Nbsp}%", $"+12,6{Nbsp}%"]), change.Table.Rows[11], new RowComparer());
        Assert.StartsWith($"Ziel erreicht: +13,1{Nbsp}% bei mindestens +12,6{Nbsp}%.", change.Caption);
    }

    private sealed class RowComparer : IEqualityComparer<DataRowView>
    {
        public bool Equals(DataRowView? a, DataRowView? b) => a!.Header == b!.Header && a.Cells.SequenceEqual(b.Cells);
        public int GetHashCode(DataRowView r) => r.Header.GetHashCode();
    }
}
