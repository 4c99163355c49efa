using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;

namespace ZielSite.Tests.Indicators;

public class VerdictCalculatorTests
{
    internal static Target T(string key, string op, double value) =>
        new(key, op, value, TargetKeys.Unit(key), new SourceSpan("content/agreements/a.txt", 10), "…");

    private static IndicatorSet Values(int month, string key, double? value) =>
        new("05554", 2023, month, ValueKeys.All.ToDictionary(k => k, k => k == key ? value : 1.0));

    [Theory]
    // k3 ≤ −5.2: actual −5.16 rounds to −5.2 (≤ −5.2, met) but unrounded −5.16 > −5.2 (missed).
    [InlineData(TargetKeys.K3, "<=", -5.2, -5.16, true, VerdictStatus.Met, -5.2)]
    [InlineData(TargetKeys.K3, "<=", -5.2, -5.16, false, VerdictStatus.Missed, -5.16)]
    // −5.149 rounds to −5.1 > −5.2: missed either way.
    [InlineData(TargetKeys.K3, "<=", -5.2, -5.149, true, VerdictStatus.Missed, -5.1)]
    // −5.15 is a midpoint: away from zero gives −5.2 (met when rounded).
    [InlineData(TargetKeys.K3, "<=", -5.2, -5.15, true, VerdictStatus.Met, -5.2)]
    // integrationen ≥ 12.6: 12.55 rounds to 12.6 (met), unrounded 12.55 < 12.6 (missed).
    [InlineData(TargetKeys.Integrationen, ">=", 12.6, 12.55, true, VerdictStatus.Met, 12.6)]
    [InlineData(TargetKeys.Integrationen, ">=", 12.6, 12.55, false, VerdictStatus.Missed, 12.55)]
    [InlineData(TargetKeys.Integrationen, ">=", 12.6, 12.549, true, VerdictStatus.Missed, 12.5)]
    // k2_gap ≤ 0 pp: −0.04 rounds to −0.0 (= 0, met); 0.04 → 0.0 met rounded, missed unrounded.
    [InlineData(TargetKeys.K2Gap, "<=", 0.0, 0.04, true, VerdictStatus.Met, 0.0)]
    [InlineData(TargetKeys.K2Gap, "<=", 0.0, 0.04, false, VerdictStatus.Missed, 0.04)]
    public void Rounding_setting_decides_values_next_to_the_threshold(string key, string op, double threshold, double actual,
        bool rounded, VerdictStatus expected, double compared)
    {
        var v = VerdictCalculator.Judge(T(key, op, threshold), Values(12, ValueKeys.ActualFor(key)!, actual), rounded);
        Assert.Equal(expected, v.Status);
        Assert.Equal(actual, v.Actual);
        Assert.Equal(compared, v.Compared!.Value, 12);
        Assert.Equal(12, v.Month);
    }

    [Fact]
    public void Before_December_the_verdict_is_on_or_off_track_with_its_month()
    {
        var on = VerdictCalculator.Judge(T(TargetKeys.K2, ">=", 0), Values(6, ValueKeys.K2Change, 0.8), true);
        Assert.Equal((VerdictStatus.OnTrack, 6), (on.Status, on.Month));
        var off = VerdictCalculator.Judge(T(TargetKeys.K2, ">=", 0), Values(6, ValueKeys.K2Change, -0.06), true);
        Assert.Equal(VerdictStatus.OffTrack, off.Status); // −0.06 rounds to −0.1 < 0
        var zero = VerdictCalculator.Judge(T(TargetKeys.K2, ">=", 0), Values(6, ValueKeys.K2Change, -0.04), true);
        Assert.Equal(VerdictStatus.OnTrack, zero.Status); // −0.04 rounds to −0.0, which is ≥ 0
    }

    [Fact]
    public void A_missing_actual_is_no_data_with_the_missing_month()
    {
        var data = Fixture.BuildTable();
        // 2024 has no data at all: integrationen_change at 2024-03 lacks January 2024.
        var set = IndicatorCalculator.Compute(data, Fixture.A, 2024, 3);
        var v = VerdictCalculator.Judge(T(TargetKeys.Integrationen, ">=", 5), set, true);
        Assert.Equal(VerdictStatus.NoData, v.Status);
        Assert.Null(v.Actual);
        Assert.Null(v.Compared);
        Assert.Equal("Für Januar 2024 fehlt der Wert „integrationen“ in den Daten.", v.Reason);
    }

    [Fact]
    public void A_key_without_computation_is_no_data_naming_the_measure()
    {
        var v = VerdictCalculator.Judge(T(TargetKeys.K2E1, ">=", 1), Values(12, ValueKeys.K2Change, 1), true);
        Assert.Equal(VerdictStatus.NoData, v.Status);
        Assert.Contains("Eintritte in geringfügige Beschäftigung", v.Reason);
    }
}
