using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// Generated monthly values of one region from <see cref="First"/> (December of the year before the first year),
/// <see cref="Months"/> months long, to the end of the last calendar year (the writer stops at the last month). <c>Values[(int)measure][offset]</c>; EUR for
/// llu and kdu, counts otherwise.
/// </summary>
internal sealed record RegionSeries(SampleRegion Region, YearMonth First, int Months, long[][] Values)
{
    public long this[Measure measure, YearMonth month] => Values[(int)measure][month.Index - First.Index];
}
