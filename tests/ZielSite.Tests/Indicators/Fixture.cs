using ZielSite.Inputs;

namespace ZielSite.Tests.Indicators;

/// <summary>
/// A hand-made table (the numbers are chosen so that every formula can be worked out by hand):
/// region A = 05554 with December 2021, all of 2022 and January–March 2023; region B = 05558 with every count
/// of A doubled. Per month:
/// <code>
///                       Dec 2021   2022 (each month)   2023 (Jan, Feb, Mar)
/// elb                   1000       1000                 1200
/// elb_f / elb_m         400/600    400/600              500/700
/// integrationen         –          10                   12
/// integrationen_f / _m  –          4 / 6                5 / 7
/// lzb                   500        500                  480, 470, 460
/// lzb_4j                –          200                  210
/// integrationen_lzb     –          2                    3
/// nachhaltig            –          5                    6
/// bedarfsdeckend        –          3                    4
/// llu (EUR)             –          1000.5               1100.25
/// kdu (EUR)             –          500                  550
/// bg                    –          300                  330
/// </code>
/// </summary>
internal static class Fixture
{
    public const string A = "05554";
    public const string B = "05558";

    public static ObservationTable BuildTable(double scaleB = 2, Action<ObservationTable.Builder>? extra = null)
    {
        var b = new ObservationTable.Builder();
        Region(b, A, 1);
        Region(b, B, scaleB);
        extra?.Invoke(b);
        return b.Build();
    }

    public static void Region(ObservationTable.Builder b, string ags, double k, bool with2023 = true)
    {
        var dec21 = new YearMonth(2021, 12);
        b.TryAdd(ags, Measure.Elb, dec21, 1000 * k);
        b.TryAdd(ags, Measure.ElbF, dec21, 400 * k);
        b.TryAdd(ags, Measure.ElbM, dec21, 600 * k);
        b.TryAdd(ags, Measure.Lzb, dec21, 500 * k);
        for (var m = 1; m <= 12; m++)
        {
            var ym = new YearMonth(2022, m);
            Set(b, ags, ym, k, elb: 1000, elbF: 400, elbM: 600, integ: 10, integF: 4, integM: 6, lzb: 500, lzb4j: 200,
                integLzb: 2, nachhaltig: 5, bedarfsdeckend: 3, llu: 1000.5, kdu: 500, bg: 300);
        }
        if (!with2023) return;
        for (var m = 1; m <= 3; m++)
        {
            var ym = new YearMonth(2023, m);
            Set(b, ags, ym, k, elb: 1200, elbF: 500, elbM: 700, integ: 12, integF: 5, integM: 7, lzb: 490 - 10 * m, lzb4j: 210,
                integLzb: 3, nachhaltig: 6, bedarfsdeckend: 4, llu: 1100.25, kdu: 550, bg: 330);
        }
    }

    private static void Set(ObservationTable.Builder b, string ags, YearMonth ym, double k, double elb, double elbF, double elbM,
        double integ, double integF, double integM, double lzb, double lzb4j, double integLzb, double nachhaltig,
        double bedarfsdeckend, double llu, double kdu, double bg)
    {
        b.TryAdd(ags, Measure.Elb, ym, elb * k);
        b.TryAdd(ags, Measure.ElbF, ym, elbF * k);
        b.TryAdd(ags, Measure.ElbM, ym, elbM * k);
        b.TryAdd(ags, Measure.Integrationen, ym, integ * k);
        b.TryAdd(ags, Measure.IntegrationenF, ym, integF * k);
        b.TryAdd(ags, Measure.IntegrationenM, ym, integM * k);
        b.TryAdd(ags, Measure.Lzb, ym, lzb * k);
        b.TryAdd(ags, Measure.Lzb4j, ym, lzb4j * k);
        b.TryAdd(ags, Measure.IntegrationenLzb, ym, integLzb * k);
        b.TryAdd(ags, Measure.IntegrationenNachhaltig, ym, nachhaltig * k);
        b.TryAdd(ags, Measure.IntegrationenBedarfsdeckend, ym, bedarfsdeckend * k);
        b.TryAdd(ags, Measure.Llu, ym, llu * k);
        b.TryAdd(ags, Measure.Kdu, ym, kdu * k);
        b.TryAdd(ags, Measure.Bg, ym, bg * k);
    }

    public static void Near(double expected, double? actual, double tolerance = 1e-9)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual!.Value) <= tolerance, $"expected {expected:R}, got {actual.Value:R}");
    }
}
