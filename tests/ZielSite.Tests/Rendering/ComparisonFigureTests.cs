using System.Text.RegularExpressions;
using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// The comparison figure of a region page: its axis (holds zero, every value and the target; nice German ticks that do
/// not touch at 320 px), positions from hand-computed numbers, labels that fit, and the values, ranks, reasons and
/// similar regions the builder gives for hand-built results.
/// </summary>
public class ComparisonFigureTests
{
    [Fact]
    public void The_axis_holds_zero_every_value_and_the_target_with_german_ticks()
    {
        // Regions −8,7 … +12,6 %, target +10,8 %, total +2,9 %: step 2.5 would need 11 ticks, 5 gives −10 … +15 (6 ticks).
        var axis = ComparisonFigure.Axis([-8.7, 2.0, 12.6, 10.8, 2.9], signed: true);
        Assert.Equal((-10.0, 15.0, 5.0), (axis.Min, axis.Max, axis.Step));
        Assert.Equal(["−10", "−5", "0", "+5", "+10", "+15"], axis.Labels);
        // A level: 14,3 … 25,5 % and a target of 25,1 %: zero stays on the axis; no sign on the ticks.
        var level = ComparisonFigure.Axis([14.3, 25.5, 25.1, 19.1], signed: false);
        Assert.Equal((0.0, 30.0), (level.Min, level.Max));
        Assert.Equal(["0", "5", "10", "15", "20", "25", "30"], level.Labels);
        // All values below zero: the axis ends at 0.
        var down = ComparisonFigure.Axis([-4.1, -0.3, -5.2], signed: true);
        Assert.Equal(0.0, down.Max);
        Assert.Equal(-6.0, down.Min);
        Assert.Equal(["−6", "−5", "−4", "−3", "−2", "−1", "0"], down.Labels);
        // Percentage points near zero: decimals as the step needs them, a comma, the minus sign U+2212.
        var points = ComparisonFigure.Axis([-0.3, 0.0, 0.4], signed: true);
        Assert.Equal(["−0,4", "−0,2", "0,0", "+0,2", "+0,4"], points.Labels);
        // Counts: thousands with a dot.
        Assert.Equal(["0", "500", "1.000", "1.500"], ComparisonFigure.Axis([612, 1480], signed: false).Labels);
        // Nothing but zero still gives an axis around it; nothing finer than the one decimal values are shown with.
        Assert.Equal(["−1,0", "−0,5", "0,0", "+0,5", "+1,0"], ComparisonFigure.Axis([0.0, 0.0], signed: true).Labels);
        Assert.Equal(["0,0", "+0,1"], ComparisonFigure.Axis([0.01, 0.03], signed: true).Labels);
    }

    [Fact]
    public void Positions_are_fractions_of_the_width_between_8_and_92_percent()
    {
        var axis = ComparisonFigure.Axis([-8.7, 2.0, 12.6, 10.8, 2.9], signed: true);
        // 0.08 + (2 − (−10)) / 25 × 0.84 = 0.08 + 0.4032
        Assert.Equal(0.4832, ComparisonFigure.X(axis, 2.0), 10);
        Assert.Equal(0.77888, ComparisonFigure.X(axis, 10.8), 10); // 0.08 + 20.8 / 25 × 0.84
        Assert.Equal(0.08, ComparisonFigure.X(axis, -10), 10);
        Assert.Equal(0.92, ComparisonFigure.X(axis, 15), 10);
        Assert.Equal("48.32%", ComparisonSvg.P(ComparisonFigure.X(axis, 2.0)));
    }

    [Fact]
    public void Ticks_never_touch_at_320_px_and_always_cover_the_values()
    {
        var random = new Random(20);
        for (var i = 0; i < 2000; i++)
        {
            // Changes (signed) of ±0,01 to ±130 %, levels (unsigned, never below zero) of 0,01 to 13.000.
            var signed = random.Next(2) == 0;
            var scale = Math.Pow(10, random.Next(-2, signed ? 3 : 5));
            var values = Enumerable.Range(0, random.Next(1, 60))
                .Select(_ => (signed ? random.NextDouble() * 2 - 0.7 : random.NextDouble() * 1.3) * scale).ToArray();
            var axis = ComparisonFigure.Axis(values, signed);
            Assert.True(axis.Min <= Math.Min(0, values.Min()) && axis.Max >= Math.Max(0, values.Max()), $"{axis} for {string.Join(", ", values)}");
            Assert.Contains(0.0, axis.Ticks);
            Assert.InRange(axis.Ticks.Count, 2, ComparisonFigure.MaxTicks);
            var gap = (ComparisonFigure.Right - ComparisonFigure.Left) * ComparisonFigure.NarrowestWidth / (axis.Ticks.Count - 1);
            var widest = axis.Labels.Max(l => ComparisonFigure.TextWidth(l, ComparisonFigure.TickSize, bold: false));
            Assert.True(gap >= widest + 10, $"ticks {string.Join(" ", axis.Labels)}: {gap} px apart, labels up to {widest} px");
            // The end ticks' labels stay inside the figure.
            Assert.True(ComparisonFigure.Left * ComparisonFigure.NarrowestWidth >= widest / 2, string.Join(" ", axis.Labels));
        }
    }

    [Fact]
    public void A_label_is_centred_where_it_fits_else_anchored_at_its_mark_else_shortened()
    {
        // "Kreis Borken: +2,0 %": 20 characters × 13 px × 0.68 = 176.8 px; at 50 % of 288 px it fits centred.
        Assert.Equal(("Kreis Borken: +2,0 %", "middle"), ComparisonFigure.Place("Kreis Borken: +2,0 %", "+2,0 %", 0.5, bold: true));
        // At 90 % (259 px) it ends at its mark, at 8 % (23 px) it starts there.
        Assert.Equal(("Kreis Borken: +2,0 %", "end"), ComparisonFigure.Place("Kreis Borken: +2,0 %", "+2,0 %", 0.9, bold: true));
        Assert.Equal(("Kreis Borken: +2,0 %", "start"), ComparisonFigure.Place("Kreis Borken: +2,0 %", "+2,0 %", 0.08, bold: true));
        // 34 characters (300 px) do not fit 288 px at all: the value alone; on a wide screen (608 px) the full label.
        var name = "Stadt Mülheim an der Ruhr: +12,3 %";
        Assert.Equal(("+12,3 %", "middle"), ComparisonFigure.Place(name, "+12,3 %", 0.5, bold: true));
        Assert.Equal((name, "middle"), ComparisonFigure.Place(name, "+12,3 %", 0.5, bold: true, ComparisonFigure.WideWidth));
    }

    private static readonly Region A = Region("05554", "Kreis Borken", "IIa"), B = Region("05358", "Kreis Düren", "IIa"),
        C = Region("05558", "Kreis Coesfeld", "Ia"), D = Region("05566", "Kreis Steinfurt", null);

    private static Region Region(string ags, string name, string? type) =>
        TestSite.NewRegion(ags, name, RegionKind.Kreis) with { ComparisonType = type };

    private static Target Integrationen => new(TargetKeys.Integrationen, ">=", 10.8, "%", new SourceSpan("content/agreements/2025/a.txt", 9), "…");

    private static IndicatorSet Set(string ags, int month, double integrationen, double k3) =>
        new(ags, 2025, month, new Dictionary<string, double?> { [ValueKeys.IntegrationenChange] = integrationen, [ValueKeys.K3Change] = k3 });

    /// <summary>A result of 2025 at <paramref name="month"/> whose values at every month are those given.</summary>
    private static RegionYearResult Result(Region region, int month, double integrationen, double k3, params Target[] targets)
    {
        var byMonth = Enumerable.Range(1, month).Select(m => Set(region.Ags, m, integrationen, k3)).ToArray();
        var total = Enumerable.Range(1, month).Select(m => Set(ObservationTable.TotalKey, m, 2.9, 3.7)).ToArray();
        var verdicts = targets.Select(t => VerdictCalculator.Judge(t, byMonth[^1])).ToArray();
        var agreement = targets.Length == 0 ? null : new Agreement($"content/agreements/2025/{region.Slug}.txt", region.Name, region.Kind, region.Ags, 2025, targets, []);
        return new RegionYearResult(region, 2025, month, agreement, verdicts, byMonth, total);
    }

    private static (RegionYearResult This, ComparisonPeers Peers) Sample()
    {
        var a = Result(A, 6, 2.0, 3.8, Integrationen, new Target(TargetKeys.K3, "<=", -2.9, "%", new SourceSpan("a", 10), "…"));
        var b = Result(B, 6, 12.6, 1.0, Integrationen with { Value = 12.7 });
        var c = Result(C, 6, -8.7, 5.0);
        var d = Result(D, 5, 4.0, 2.0, Integrationen);
        return (a, new ComparisonPeers(2025, [A, B, C, D], [a, b, c, d], [], ObservationTable.Empty));
    }

    [Fact]
    public void Every_region_is_compared_at_the_pages_stand_with_its_rank_or_the_reason_it_has_no_value()
    {
        var (a, peers) = Sample();
        var points = ComparisonBuilder.Points(a, TargetKeys.Integrationen, TargetKinds.Change, peers);
        Assert.Equal([2.0, 12.6, -8.7, null], points.Select(p => p.Value));
        Assert.Equal([2, 1, 3, (int?)null], points.Select(p => p.Rank));
        Assert.Equal("Daten nur bis Mai 2025", points[3].Reason);
        Assert.Equal([true, false, false, false], points.Select(p => p.IsThis));
        Assert.Equal([false, true, false, false], points.Select(p => p.IsSimilar));
        Assert.Equal(12.7, points[1].Verdict!.Target.Value);
        Assert.Null(points[2].Verdict); // Coesfeld has no target on it
        // K3: less is better, so the smallest rise ranks first (as on the rest of the page).
        Assert.Equal([2, 1, 3, (int?)null], ComparisonBuilder.Points(a, TargetKeys.K3, TargetKinds.Change, peers).Select(p => p.Rank));
    }

    [Fact]
    public void The_figure_marks_this_region_the_total_and_the_target_at_their_values()
    {
        var (a, peers) = Sample();
        var views = ComparisonBuilder.Build(a, peers, "alle zkT in NRW");
        Assert.Equal(["vgl-integrationen-change", "vgl-k3-change"], views.Select(v => v.Id));
        var v = views[0];
        var svg = v.Svg.Html.Replace('\u00A0', ' '); // the no-break space before a unit, written as a space here
        // Axis −10 … +15 (as above): the diamond at 48,32 %, the target at 77,89 %, the total's triangle at 51,34 %.
        Assert.Contains("<svg x=\"48.32%\" y=\"", svg);
        Assert.Contains("x1=\"77.89%\" x2=\"77.89%\"", svg);
        Assert.Contains("<svg x=\"51.34%\" y=\"", svg);
        Assert.Contains(">Kreis Borken: +2,0 %</text>", svg);
        Assert.Contains(">Ziel ≥ +10,8 %</text>", svg);
        Assert.Contains(">alle zkT in NRW: +2,9 %</text>", svg);
        // Two other regions with a value are strokes (Steinfurt has none), Düren is also ringed.
        Assert.Equal(2, Regex.Count(svg, "<line x1=\"[0-9.]+%\" x2=\"[0-9.]+%\" y1=\"47\""));
        Assert.Equal(1, Regex.Count(svg, "<circle "));
        Assert.Equal("Kreis Borken: +2,0 %, Rang 2 von 3; alle zkT in NRW: +2,9 %; Ziel ≥ +10,8 %; Mittelwert Vergleichstyp IIa: +7,3 %; Spanne der Regionen: −8,7 % bis +12,6 %.", v.Description.Replace('\u00A0', ' '));
        Assert.Contains("aria-describedby=\"vgl-integrationen-change-d\"", svg);
        Assert.Contains(v.Description.Replace('\u00A0', ' '), svg);
        // Similar: Düren, and the mean of Borken and Düren, (2,0 + 12,6) / 2.
        Assert.Equal("IIa", v.Similar!.Type);
        Assert.Equal([new ComparisonView.Member("Kreis Düren", "+12,6\u00A0%")], v.Similar.Members);
        Assert.Equal(("+7,3\u00A0%", 2), (v.Similar.Mean, v.Similar.Count));
        // The table: by rank, the region without a value last, with its reason.
        Assert.Equal(["Kreis Düren", "Kreis Borken", "Kreis Coesfeld", "Kreis Steinfurt"], v.Rows.Select(r => r.Name));
        Assert.Equal(["1", "2", "3", "–"], v.Rows.Select(r => r.Rank));
        Assert.Equal(["+12,6\u00A0%", "+2,0\u00A0%", "−8,7\u00A0%", "keine Daten (Daten nur bis Mai 2025)"], v.Rows.Select(r => r.Value));
        Assert.Equal(["≥ +12,7\u00A0%", "≥ +10,8\u00A0%", "kein Ziel vereinbart", "≥ +10,8\u00A0%"], v.Rows.Select(r => r.Target));
        Assert.Equal(["off_track", "off_track", "none", "off_track"], v.Rows.Select(r => r.Status));
        Assert.True(v.Rows[1].IsThis);
        Assert.Equal(["IIa", "IIa", "Ia", "–"], v.Rows.Select(r => r.Type));
        Assert.StartsWith("Veränderung Januar bis Juni 2025 gegenüber Januar bis Juni 2024; 3 Regionen", v.Caption);
        Assert.Contains("Stand Juni 2025: bei jeder Region dieselben Monate", v.Caption);
    }

    [Fact]
    public void Without_a_type_there_is_no_similar_list_and_no_ring()
    {
        var (a, peers) = Sample();
        var plain = a with { Region = a.Region with { ComparisonType = null } };
        var v = ComparisonBuilder.Build(plain, peers, "alle")[0];
        Assert.Null(v.Similar);
        Assert.DoesNotContain("<circle ", v.Svg.Html);
        Assert.DoesNotContain("Vergleichstyp", v.Description);
    }

    [Fact]
    public void A_table_of_many_regions_keeps_the_ten_best_the_ten_worst_and_ten_either_side_of_this_region()
    {
        // 400 regions ranked 1..400, this one at rank 200: ranks 1–10, 190–210 and 391–400 = 41 rows; 41 regions: all.
        static List<ComparisonPoint> Points(int n, int self) => Enumerable.Range(1, n)
            .Select(i => new ComparisonPoint(TestSite.NewRegion($"{i:D5}", $"Region {i:D3}", ZielSite.Inputs.RegionKind.Kreis), i, null, null, i == self, false) { Rank = i })
            .ToList();
        var rows = ComparisonBuilder.TableRegions(Points(400, 200));
        Assert.Equal(Enumerable.Range(1, 10).Concat(Enumerable.Range(190, 21)).Concat(Enumerable.Range(391, 10)), rows.Select(p => p.Rank!.Value));
        Assert.Contains(rows, p => p.IsThis);
        Assert.Equal(41, ComparisonBuilder.TableRegions(Points(41, 5)).Count);
        // This region among the best: the rows overlap and are not repeated.
        Assert.Equal(Enumerable.Range(1, 13).Concat(Enumerable.Range(391, 10)), ComparisonBuilder.TableRegions(Points(400, 3)).Select(p => p.Rank!.Value));
    }
}
