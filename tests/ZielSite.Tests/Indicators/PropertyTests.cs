using ZielSite.Indicators;
using ZielSite.Inputs;

namespace ZielSite.Tests.Indicators;

/// <summary>Properties that hold for any data: checked on deterministic pseudo-random tables.</summary>
public class PropertyTests
{
    private static readonly string[] Quotas =
    [
        ValueKeys.IntegrationenChange, ValueKeys.IntegrationenLzbChange, ValueKeys.K2, ValueKeys.K2Prev, ValueKeys.K2Change,
        ValueKeys.K2F, ValueKeys.K2M, ValueKeys.K2Gap, ValueKeys.K2GapChange, ValueKeys.K2Rolling, ValueKeys.K1E2Change,
        ValueKeys.LzbChange, ValueKeys.K3Change, ValueKeys.Lzb4jChange, ValueKeys.K3E1, ValueKeys.K3E1Change,
        ValueKeys.K1Change, ValueKeys.K1E1Change, ValueKeys.BgChange, ValueKeys.NachhaltigShare, ValueKeys.K2E3Change,
        ValueKeys.BedarfsdeckendShare,
    ];

    private static ObservationTable Random(int seed, double scale, Func<int, int>? yearMap = null)
    {
        var rng = new Random(seed);
        var b = new ObservationTable.Builder();
        foreach (var ags in new[] { "05554", "05558", "05566" })
            for (var i = new YearMonth(2020, 1).Index; i <= new YearMonth(2022, 12).Index; i++)
                foreach (var m in MeasureNames.All)
                {
                    var v = Math.Round(rng.NextDouble() * 1000 + 50, m is Measure.Llu or Measure.Kdu ? 2 : 0);
                    var ym = YearMonth.FromIndex(i);
                    b.TryAdd(ags, m, yearMap is null ? ym : new YearMonth(yearMap(ym.Year), ym.Month), v * scale);
                }
        return b.Build();
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(0.37)]
    public void Scaling_all_counts_leaves_quotas_and_changes_unchanged(double factor)
    {
        var one = Random(7, 1);
        var scaled = Random(7, factor);
        for (var month = 1; month <= 12; month++)
        {
            var a = IndicatorCalculator.Compute(one, "05558", 2022, month);
            var s = IndicatorCalculator.Compute(scaled, "05558", 2022, month);
            foreach (var key in Quotas)
            {
                Assert.NotNull(a[key]);
                Assert.True(Math.Abs(a[key]!.Value - s[key]!.Value) < 1e-9, $"{key} at {month}: {a[key]} vs {s[key]}");
            }
        }
    }

    [Fact]
    public void A_year_compared_to_itself_changes_by_zero()
    {
        // 2021 and 2022 hold the same values (2020 is written twice: as 2021 and as 2022... the builder keeps the first).
        var b = new ObservationTable.Builder();
        var rng = new Random(11);
        for (var m = 1; m <= 12; m++)
            foreach (var measure in MeasureNames.All)
            {
                var v = Math.Round(rng.NextDouble() * 1000 + 50);
                b.TryAdd("05554", measure, new YearMonth(2020, m), v);
                b.TryAdd("05554", measure, new YearMonth(2021, m), v);
                b.TryAdd("05554", measure, new YearMonth(2022, m), v);
            }
        var data = b.Build();
        foreach (var month in new[] { 1, 5, 12 })
        {
            var set = IndicatorCalculator.Compute(data, "05554", 2022, month);
            foreach (var key in new[] { ValueKeys.IntegrationenChange, ValueKeys.IntegrationenLzbChange, ValueKeys.K2Change,
                         ValueKeys.K3Change, ValueKeys.K1Change, ValueKeys.K1E1Change, ValueKeys.K1E2Change, ValueKeys.K3E1Change,
                         ValueKeys.K2GapChange, ValueKeys.K2E3Change, ValueKeys.BgChange, ValueKeys.LzbChange })
                Assert.Equal(0, set[key]!.Value, 12);
        }
    }

    [Fact]
    public void The_total_is_the_sum_of_base_counts_not_an_average_of_rates()
    {
        var data = Random(5, 1);
        var month = new YearMonth(2022, 4);
        foreach (var m in MeasureNames.All)
        {
            // Regions are summed in AGS order.
            var sum = data.Get("05554", m, month)!.Value + data.Get("05558", m, month)!.Value + data.Get("05566", m, month)!.Value;
            Assert.Equal(sum, data.Get(ObservationTable.TotalKey, m, month));
        }
        var total = IndicatorCalculator.Compute(data, ObservationTable.TotalKey, 2022, 4);
        string[] kreise = ["05554", "05558", "05566"];
        var regions = kreise.Select(a => IndicatorCalculator.Compute(data, a, 2022, 4)).ToArray();
        Assert.Equal(regions.Sum(r => r[ValueKeys.Integrationen]!.Value), total[ValueKeys.Integrationen]!.Value, 9);
        // K2 of the total = Σ Integrationen / Σ mean ELB, not the mean of the regions' K2.
        var elbMean = kreise.Sum(a =>
            Enumerable.Range(0, 4).Sum(i => data.Get(a, Measure.Elb, new YearMonth(2022, 1).AddMonths(i - 1))!.Value) / 4);
        Assert.Equal(total[ValueKeys.Integrationen]!.Value / elbMean * 100, total[ValueKeys.K2]!.Value, 9);
    }
}
