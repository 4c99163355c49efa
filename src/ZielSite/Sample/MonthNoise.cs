namespace ZielSite.Sample;

/// <summary>Approximately standard-normal noise of one month, one value per purpose (scaled by the generator).</summary>
internal readonly record struct MonthNoise(
    double Elb, double Female, double Bg, double Lzb, double Lzb4j,
    double Integrationen, double IntegrationenF, double IntegrationenLzb,
    double Sustainable, double NeedCovering, double Llu, double Kdu)
{
    /// <summary>The twelve months of <paramref name="year"/> for region <paramref name="regionIndex"/>, always drawn in the same order.</summary>
    public static MonthNoise[] Draw(int seed, int regionIndex, int year)
    {
        var rng = SampleRandom.For(seed, regionIndex, year, (long)SampleStream.MonthNoise);
        var result = new MonthNoise[12];
        for (var m = 0; m < 12; m++)
        {
            result[m] = new MonthNoise(
                rng.Normal(), rng.Normal(), rng.Normal(), rng.Normal(), rng.Normal(),
                rng.Normal(), rng.Normal(), rng.Normal(),
                rng.Normal(), rng.Normal(), rng.Normal(), rng.Normal());
        }
        return result;
    }
}
