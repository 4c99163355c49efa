namespace ZielSite.Sample;

/// <summary>Options of <c>zielsite sample</c>.</summary>
/// <param name="Regions">Number of regions; up to 18 the NRW zkT, beyond that generated names.</param>
/// <param name="Years">Number of years of data ending with the last (partial) year.</param>
/// <param name="Seed">Random seed; the same options give the same bytes.</param>
public sealed record SampleOptions(int Regions = 18, int Years = 6, int Seed = 48);

/// <summary>Writes a complete sample project (regions.csv, monthly data, provenance, agreements, pages).</summary>
public static class SampleGenerator
{
    public static void Write(string outDir, SampleOptions options) =>
        throw new NotImplementedException("SampleGenerator");
}
