namespace ZielSite.Sample;

/// <summary>
/// One region's deviations from the national trend in one year (relative, e.g. 0.02 = 2 % above the trend),
/// always drawn in the same order from the stream of (seed, region, year).
/// </summary>
internal sealed record YearDraws(
    double ElbGrowth, double K2, double Lzb, double FemaleK2Ratio, double LzbIntegrationShare,
    double Lzb4j, double NeedCovering, double LluRate, double KduRate)
{
    public static YearDraws Draw(int seed, int regionIndex, int year)
    {
        var rng = SampleRandom.For(seed, regionIndex, year, (long)SampleStream.YearShocks);
        return new YearDraws(
            ElbGrowth: 0.015 * rng.Normal(),
            K2: 0.035 * rng.Normal(),
            Lzb: 0.022 * rng.Normal(),
            FemaleK2Ratio: 0.02 * rng.Normal(),
            LzbIntegrationShare: 0.05 * rng.Normal(),
            Lzb4j: 0.01 * rng.Normal(),
            NeedCovering: 0.03 * rng.Normal(),
            LluRate: 0.005 * rng.Normal(),
            KduRate: 0.008 * rng.Normal());
    }
}
