using ZielSite.Indicators;
using ZielSite.Inputs;
using static ZielSite.Tests.Indicators.Fixture;

namespace ZielSite.Tests.Indicators;

public class IndicatorCalculatorTests
{
    private static readonly ObservationTable Data = BuildTable();

    private static IndicatorSet March2023 => IndicatorCalculator.Compute(Data, A, 2023, 3);

    [Fact]
    public void Integrationen_are_year_to_date_sums_and_relative_changes()
    {
        var v = March2023;
        Near(36, v[ValueKeys.Integrationen]);            // 3 × 12
        Near(30, v[ValueKeys.IntegrationenPrev]);        // 3 × 10
        Near(20, v[ValueKeys.IntegrationenChange]);      // (36 / 30 − 1) × 100
        Near(15, v[ValueKeys.IntegrationenF]);           // 3 × 5
        Near(21, v[ValueKeys.IntegrationenM]);           // 3 × 7
        Near(9, v[ValueKeys.IntegrationenLzb]);          // 3 × 3
        Near(6, v[ValueKeys.IntegrationenLzbPrev]);      // 3 × 2
        Near(50, v[ValueKeys.IntegrationenLzbChange]);   // (9 / 6 − 1) × 100
    }

    [Fact]
    public void K2_uses_the_denominator_shifted_one_month_back()
    {
        var v = March2023;
        // Σ Integrationen Jan..Mar 2023 = 36; mean ELB Dec 2022..Feb 2023 = (1000 + 1200 + 1200) / 3 = 3400 / 3.
        // K2 = 36 / (3400/3) × 100 = 10800 / 3400 = 3.176470588235294 (unshifted Jan..Mar would give 3.0).
        Near(36 / (3400.0 / 3) * 100, v[ValueKeys.K2]);
        Near(3.1764705882352942, v[ValueKeys.K2]);
        // 2022: 30 / mean(Dec 2021..Feb 2022 = 1000) × 100 = 3.
        Near(3, v[ValueKeys.K2Prev]);
        // (3.176470588235294 / 3 − 1) × 100 = 5.882352941176471, a relative change, not pp.
        Near(5.882352941176471, v[ValueKeys.K2Change]);
    }

    [Fact]
    public void January_JFW_is_January_integrationen_over_december_stock()
    {
        var v = IndicatorCalculator.Compute(Data, A, 2023, 1);
        Near(1.2, v[ValueKeys.K2]);        // 12 / ELB Dec 2022 (1000) × 100
        Near(1.0, v[ValueKeys.K2Prev]);    // 10 / ELB Dec 2021 (1000) × 100
        Near(20, v[ValueKeys.K2Change]);   // (1.2 / 1.0 − 1) × 100
        Near(0.6, v[ValueKeys.K3E1]);      // 3 / LZB Dec 2022 (500) × 100
    }

    [Fact]
    public void K2_by_sex_and_the_gap()
    {
        var v = March2023;
        // women: 15 / mean(400, 500, 500) × 100 = 15 × 3 / 1400 × 100 = 3.2142857142857144
        Near(3.2142857142857144, v[ValueKeys.K2F]);
        // men: 21 / mean(600, 700, 700) × 100 = 21 × 3 / 2000 × 100 = 3.15
        Near(3.15, v[ValueKeys.K2M]);
        Near(3.15 - 3.2142857142857144, v[ValueKeys.K2Gap]);     // −0.0642857…, men − women
        Near(0, v[ValueKeys.K2GapPrev]);                           // 2022: 12/400 and 18/600, both 3 %
        Near(-0.06428571428571439, v[ValueKeys.K2GapChange], 1e-12); // pp: gap − 0
    }

    [Fact]
    public void Rolling_K2_is_twelve_months_over_the_shifted_twelve_months_stock()
    {
        // March 2023: Σ Integrationen Apr 2022..Mar 2023 = 9 × 10 + 3 × 12 = 126;
        // mean ELB Mar 2022..Feb 2023 = (10 × 1000 + 2 × 1200) / 12 = 12400 / 12; 126 × 12 / 12400 × 100 = 12.193548387096774.
        Near(12.193548387096774, March2023[ValueKeys.K2Rolling]);
        // Dec 2022: Σ Jan..Dec 2022 = 120 / mean ELB Dec 2021..Nov 2022 (1000) × 100 = 12 = the yearly K2 and the December JFW.
        var dec = IndicatorCalculator.Compute(Data, A, 2022, 12);
        Near(12, dec[ValueKeys.K2Rolling]);
        Near(12, dec[ValueKeys.K2]);
    }

    [Fact]
    public void Stocks_means_and_K3()
    {
        var v = March2023;
        Near(1200, v[ValueKeys.Elb]);
        Near(1000, v[ValueKeys.ElbPrev]);                // March 2022
        Near(20, v[ValueKeys.ElbChange]);               // (1200 / 1000 − 1) × 100
        Near(1200, v[ValueKeys.ElbMean]);
        Near(1000, v[ValueKeys.ElbMeanPrev]);
        Near(20, v[ValueKeys.K1E2Change]);              // (1200 / 1000 − 1) × 100
        Near(460, v[ValueKeys.Lzb]);
        Near(-8, v[ValueKeys.LzbChange]);               // (460 / 500 − 1) × 100
        Near(470, v[ValueKeys.LzbMean]);                // (480 + 470 + 460) / 3
        Near(500, v[ValueKeys.LzbMeanPrev]);
        Near(-6, v[ValueKeys.K3Change]);                // (470 / 500 − 1) × 100
        Near(210, v[ValueKeys.Lzb4j]);
        Near(200, v[ValueKeys.Lzb4jPrev]);
        Near(5, v[ValueKeys.Lzb4jChange]);              // (210 / 200 − 1) × 100
        Near(330, v[ValueKeys.Bg]);
        Near(300, v[ValueKeys.BgPrev]);
        Near(10, v[ValueKeys.BgChange]);
    }

    [Fact]
    public void K3E1_is_LZB_integrationen_over_the_shifted_LZB_stock()
    {
        var v = March2023;
        // 9 / mean LZB Dec 2022..Feb 2023 = (500 + 480 + 470) / 3 = 1450 / 3 → 27 / 1450 × 100 = 1.8620689655172413
        Near(1.8620689655172413, v[ValueKeys.K3E1]);
        Near(1.2, v[ValueKeys.K3E1Prev]);              // 6 / 500 × 100
        Near(55.172413793103445, v[ValueKeys.K3E1Change], 1e-9); // (1.862068965… / 1.2 − 1) × 100
    }

    [Fact]
    public void K1_sums_and_shares()
    {
        var v = March2023;
        Near(3300.75, v[ValueKeys.Llu]);                // 3 × 1100.25
        Near(3001.5, v[ValueKeys.LluPrev]);             // 3 × 1000.5
        Near((3300.75 / 3001.5 - 1) * 100, v[ValueKeys.K1Change]); // 9.970014992503748
        Near(1650, v[ValueKeys.Kdu]);
        Near(1500, v[ValueKeys.KduPrev]);
        Near(10, v[ValueKeys.K1E1Change]);
        Near(50, v[ValueKeys.NachhaltigShare]);         // 18 / 36 × 100
        Near(50, v[ValueKeys.NachhaltigSharePrev]);     // 15 / 30 × 100
        Near(0, v[ValueKeys.K2E3Change]);
        Near(100.0 / 3, v[ValueKeys.BedarfsdeckendShare]); // 12 / 36 × 100
        Near(30, v[ValueKeys.BedarfsdeckendSharePrev]);    // 9 / 30 × 100
    }

    [Fact]
    public void Every_key_is_present()
    {
        var v = March2023;
        Assert.Equal(ValueKeys.All, v.Values.Keys);
        Assert.All(ValueKeys.All, k => Assert.NotNull(v[k]));
    }

    [Fact]
    public void A_missing_month_makes_the_values_that_need_it_null_and_says_which()
    {
        // Region 05566 like A but without LZB in February 2022.
        var data = BuildTable(extra: b =>
        {
            var tmp = new ObservationTable.Builder();
            Region(tmp, "05566", 1);
            foreach (var m in MeasureNames.All)
                for (var i = new YearMonth(2021, 12).Index; i <= new YearMonth(2023, 3).Index; i++)
                {
                    var ym = YearMonth.FromIndex(i);
                    if (m == Measure.Lzb && ym == new YearMonth(2022, 2)) continue;
                    if (tmp.TryGet("05566", m, ym, out var v)) b.TryAdd("05566", m, ym, v);
                }
        });
        var v = IndicatorCalculator.Compute(data, "05566", 2023, 3);
        Assert.Null(v[ValueKeys.LzbMeanPrev]);
        Assert.Null(v[ValueKeys.K3Change]);
        Assert.Null(v[ValueKeys.K3E1Prev]);                    // needs LZB Dec 2021..Feb 2022
        Near(470, v[ValueKeys.LzbMean]);                      // 2023 is complete
        Near(20, v[ValueKeys.IntegrationenChange]);           // unaffected
        Assert.Equal(new ValueGap(ValueGapKind.MissingMonth, Measure.Lzb, new YearMonth(2022, 2)), v.Gaps[ValueKeys.K3Change]);
        Assert.Contains("Februar 2022", v.MissingReason(ValueKeys.K3Change));
        Assert.Contains("lzb", v.MissingReason(ValueKeys.K3Change));
        // The total needs every region: it lacks Feb 2022 LZB too (never a partial sum).
        Assert.Null(IndicatorCalculator.Compute(data, ObservationTable.TotalKey, 2023, 3)[ValueKeys.K3Change]);
    }

    [Fact]
    public void Values_beyond_the_data_are_null_not_zero()
    {
        var v = IndicatorCalculator.Compute(Data, A, 2023, 4);
        Assert.Null(v[ValueKeys.Integrationen]);
        Assert.Null(v[ValueKeys.Elb]);
        Near(40, v[ValueKeys.IntegrationenPrev]);  // 2022 Jan..Apr is there
        var unknown = IndicatorCalculator.Compute(Data, "09999", 2023, 3);
        Assert.All(ValueKeys.All, k => Assert.Null(unknown[k]));
    }

    [Fact]
    public void A_zero_denominator_gives_null()
    {
        var b = new ObservationTable.Builder();
        for (var m = 1; m <= 12; m++)
        {
            b.TryAdd(A, Measure.Integrationen, new YearMonth(2022, m), 0);
            b.TryAdd(A, Measure.Integrationen, new YearMonth(2023, m), 5);
        }
        var v = IndicatorCalculator.Compute(b.Build(), A, 2023, 12);
        Near(60, v[ValueKeys.Integrationen]);
        Assert.Null(v[ValueKeys.IntegrationenChange]);
        Assert.Equal(ValueGapKind.ZeroDenominator, v.Gaps[ValueKeys.IntegrationenChange].Kind);
    }
}
