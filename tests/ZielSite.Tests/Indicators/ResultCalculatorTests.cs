using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;
using static ZielSite.Tests.Indicators.Fixture;

namespace ZielSite.Tests.Indicators;

public class ResultCalculatorTests
{
    internal static Region R(string ags, string name) =>
        new(ags, name, RegionKind.Kreis, Slug.From(name), new SourceSpan("data/regions.csv", 2), new Dictionary<string, string>());

    private static readonly Region[] Regions = [R(A, "Kreis Borken"), R(B, "Kreis Coesfeld"), R("05566", "Kreis Steinfurt")];

    private static Agreement Agreement(string file, string ags, int year, params Target[] targets) =>
        new(file, "x", RegionKind.Kreis, ags, year, targets, []);

    [Fact]
    public void One_result_per_region_and_year_with_data_in_order()
    {
        var bag = new DiagnosticBag();
        var results = ResultCalculator.Compute(BuildTable(), Regions, [], true, bag);
        // Steinfurt has no data; 2021 has only the December stocks that serve as 2022's denominator: no result.
        Assert.Equal(
            ["2022 Kreis Borken", "2022 Kreis Coesfeld", "2023 Kreis Borken", "2023 Kreis Coesfeld"],
            results.Select(r => $"{r.Year} {r.Region.Name}"));
        var borken2023 = results.Single(r => r.Year == 2023 && r.Region.Ags == A);
        Assert.Equal(3, borken2023.Month);
        Assert.False(borken2023.IsFinal);
        Assert.Equal([1, 2, 3], borken2023.ByMonth.Select(s => s.Month));
        Assert.Equal([1, 2, 3], borken2023.TotalByMonth.Select(s => s.Month));
        Assert.All(borken2023.TotalByMonth, s => Assert.Equal(ObservationTable.TotalKey, s.Ags));
        // Total = A + 2A = 3A: Σ Integrationen Jan..Mar 2023 = 3 × 36 = 108.
        Near(108, borken2023.TotalCurrent[ValueKeys.Integrationen]);
        Assert.Equal(12, results.Single(r => r.Year == 2022 && r.Region.Ags == A).Month);
    }

    [Fact]
    public void Verdicts_follow_target_order_and_uncomputable_targets_warn_once()
    {
        var agreement = Agreement("content/agreements/b.txt", A, 2023,
            VerdictCalculatorTests.T(TargetKeys.K3, "<=", -5.2),
            VerdictCalculatorTests.T(TargetKeys.K2E1, ">=", 1),
            VerdictCalculatorTests.T(TargetKeys.Integrationen, ">=", 12.6));
        var later = Agreement("content/agreements/c.txt", A, 2023, VerdictCalculatorTests.T(TargetKeys.K2, ">=", 0));
        var bag = new DiagnosticBag();
        var results = ResultCalculator.Compute(BuildTable(), Regions, [later, agreement], true, bag);
        var r = results.Single(x => x.Year == 2023 && x.Region.Ags == A);
        Assert.Same(agreement, r.Agreement); // first by file name
        Assert.Equal([TargetKeys.Integrationen, TargetKeys.K2E1, TargetKeys.K3], r.Verdicts.Select(v => v.Target.Key));
        // integrationen +20 % ≥ 12.6 at March: on track; k3 −6 % ≤ −5.2: on track; k2e1: no data.
        Assert.Equal([VerdictStatus.OnTrack, VerdictStatus.NoData, VerdictStatus.OnTrack], r.Verdicts.Select(v => v.Status));
        var warning = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.IndicatorNotComputable, warning.Code);
        Assert.Equal(new SourceSpan("content/agreements/a.txt", 10), warning.Span);
        Assert.Contains("geringfügige", warning.Message);
        Assert.Null(results.Single(x => x.Year == 2023 && x.Region.Ags == B).Agreement);
    }

    [Fact]
    public void Ranks_share_ties_and_skip_regions_without_the_value()
    {
        // Three regions in 2022: B doubles A (same quotas, double counts); C = 05566 copies A but lacks 2022 LZB 4j.
        var data = BuildTable(extra: b => Region(b, "05566", 1));
        var results = ResultCalculator.Compute(data, Regions, [], true, new DiagnosticBag())
            .Where(r => r.Year == 2022).ToDictionary(r => r.Region.Ags);
        // integrationen Jan..Dec 2022: A 120, B 240, C 120 → B 1, A and C share 2.
        Assert.Equal(1, results[B].Ranks[ValueKeys.Integrationen]);
        Assert.Equal(2, results[A].Ranks[ValueKeys.Integrationen]);
        Assert.Equal(2, results["05566"].Ranks[ValueKeys.Integrationen]);
        // Fewer benefit recipients is the better result: B has twice A's stock, so A and C share rank 1, B is 3rd.
        Assert.Equal(1, results[A].Ranks[ValueKeys.Elb]);
        Assert.Equal(1, results["05566"].Ranks[ValueKeys.Elb]);
        Assert.Equal(3, results[B].Ranks[ValueKeys.Elb]);
        // K2 = 12 % for all three: all share rank 1.
        Assert.All(results.Values, r => Assert.Equal(1, r.Ranks[ValueKeys.K2]));
        Assert.All(results.Values, r => Assert.Equal(3, r.RankedRegions));
        // k2_change needs 2021 integrationen: nobody has it, no rank.
        Assert.All(results.Values, r => Assert.False(r.Ranks.ContainsKey(ValueKeys.K2Change)));
        Assert.Equal(0, results[A].RankedCounts[ValueKeys.K2Change]);
    }

    [Fact]
    public void Projection_applies_last_years_seasonal_pattern()
    {
        var results = ResultCalculator.Compute(BuildTable(), Regions, [], true, new DiagnosticBag());
        var p = results.Single(r => r.Year == 2023 && r.Region.Ags == A).Projection;
        // integrationen: 36 at March × (120 at Dec 2022 / 30 at Mar 2022) = 144; change (144 / 120 − 1) × 100 = 20.
        Near(144, p[ValueKeys.Integrationen]);
        Near(120, p[ValueKeys.IntegrationenPrev]);
        Near(20, p[ValueKeys.IntegrationenChange]);
        // k2_m: 3.15 × (12 / 3) = 12.6; k2_f: 3.2142857142857144 × (12 / 3) = 12.857142857142858;
        // gap 12.6 − 12.857142857142858 = −0.2571428571428583; 2022 gap 0 → change −0.257142857… pp.
        Near(12.6, p[ValueKeys.K2M]);
        Near(12.857142857142858, p[ValueKeys.K2F]);
        Near(-0.25714285714285715, p[ValueKeys.K2GapChange]);
        // lzb_mean: 470 × (500 / 500) = 470; k3 change (470 / 500 − 1) × 100 = −6.
        Near(-6, p[ValueKeys.K3Change]);
        Assert.Empty(results.Single(r => r.Year == 2022 && r.Region.Ags == A).Projection);
    }
}
