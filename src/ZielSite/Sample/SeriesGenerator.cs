using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// Generates the monthly values of one region. Stocks (ELB, BG, LZB) follow yearly anchors with a little noise;
/// flows (Integrationen) are set by the yearly Integrationsquote and spread over the months by season and noise,
/// so that K2 comes out as calibrated. Every random draw comes from a stream of (seed, region, year, purpose):
/// a year's values do not depend on how many years or regions are generated.
/// </summary>
internal static partial class SeriesGenerator
{
    /// <summary>The year the profile's levels refer to; anchors are chained outward from it.</summary>
    private const int ReferenceYear = 2022;

    public static RegionSeries Generate(SampleRegion region, RegionProfile profile, int seed, int firstYear, int lastYear)
    {
        var ctx = new Context(region, profile, seed);
        // Two helper years before the first: the K2 of a year needs the ELB stock of the December before, and that
        // December is written too, so that the first year's K2 (and so the second year's targets) can be computed.
        var startYear = firstYear - 2;
        var years = lastYear - startYear + 1;
        var months = years * 12;
        var all = new long[MeasureNames.All.Count][];
        for (var i = 0; i < all.Length; i++) all[i] = new long[months];

        for (var y = 0; y < years; y++)
        {
            var year = startYear + y;
            Stocks(ctx, year, y * 12, MonthNoise.Draw(seed, region.Index, year), all);
        }
        for (var y = 1; y < years; y++)
        {
            var year = startYear + y;
            var noise = MonthNoise.Draw(seed, region.Index, year);
            Flows(ctx, year, y * 12, noise, all);
            Money(ctx, year, y * 12, noise, all);
        }

        // Keep December of the year before the first, and everything after it.
        const int keepFrom = 23;
        var kept = new long[all.Length][];
        for (var i = 0; i < all.Length; i++) kept[i] = all[i][keepFrom..];
        return new RegionSeries(region, new YearMonth(firstYear - 1, 12), months - keepFrom, kept);
    }

    private static void Stocks(Context ctx, int year, int offset, MonthNoise[] noise, long[][] v)
    {
        var p = ctx.Profile;
        var decBefore = ctx.ElbDecember(year - 1);
        var decAfter = ctx.ElbDecember(year);
        var step = MacroTrend.ElbStep(year);
        var preStepEnd = step is { } s ? decAfter / (1 + s.Rise) : decAfter;

        var lzbMean = ctx.LzbMean(year);
        // Centred yearly growth of the LZB stock; (m − 6.5) has mean 0 over the year, so the yearly mean stays exact.
        var lzbSlope = (ctx.LzbMean(year + 1) - ctx.LzbMean(year - 1)) / (2 * lzbMean);
        var lzbNoiseMean = 0.0;
        for (var m = 0; m < 12; m++) lzbNoiseMean += noise[m].Lzb / 12;
        var draws = ctx.Year(year);

        for (var m = 1; m <= 12; m++)
        {
            var n = noise[m - 1];
            var i = offset + m - 1;
            var path = decBefore + (preStepEnd - decBefore) * m / 12.0;
            if (step is { } st && m >= st.Month) path *= 1 + st.Rise;
            var elb = Round(path * (1 + 0.003 * n.Elb));
            var femaleShare = p.FemaleElbShare + MacroTrend.FemaleElbShareRise(year, m) + 0.002 * n.Female;
            var elbF = Round(elb * femaleShare);
            v[(int)Measure.Elb][i] = elb;
            v[(int)Measure.ElbF][i] = elbF;
            v[(int)Measure.ElbM][i] = elb - elbF;

            var bgRatio = p.BgPerElb2022 * (1 + p.BgPerElbDrift * (year - ReferenceYear + (m - 12) / 12.0));
            v[(int)Measure.Bg][i] = Round(path * bgRatio * (1 + 0.002 * n.Bg));

            var lzb = lzbMean * (1 + lzbSlope * (m - 6.5) / 12 + 0.003 * (n.Lzb - lzbNoiseMean));
            var lzbCount = Math.Min(Round(lzb), (long)(elb * 0.9));
            v[(int)Measure.Lzb][i] = lzbCount;
            var share4j = Math.Clamp(p.Lzb4jShare + draws.Lzb4j, 0.3, 0.7);
            v[(int)Measure.Lzb4j][i] = Round(lzbCount * share4j * (1 + 0.002 * n.Lzb4j));
        }
    }

    private static void Money(Context ctx, int year, int offset, MonthNoise[] noise, long[][] v)
    {
        var llu = ctx.LluRate(year);
        var kdu = ctx.KduRate(year);
        for (var m = 0; m < 12; m++)
        {
            var i = offset + m;
            v[(int)Measure.Llu][i] = Round(v[(int)Measure.Elb][i] * llu * (1 + 0.01 * noise[m].Llu));
            v[(int)Measure.Kdu][i] = Round(v[(int)Measure.Bg][i] * kdu * (1 + 0.01 * noise[m].Kdu));
        }
    }

    internal static long Round(double x) => (long)Math.Round(x, MidpointRounding.AwayFromZero);
}
