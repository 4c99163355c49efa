using ZielSite.Agreements;
using ZielSite.Inputs;

namespace ZielSite.Indicators;

/// <summary>
/// Everything computed for one region and year: the "Stand" month (<see cref="Month"/>, the latest month with
/// data), whether the year is complete (<see cref="IsFinal"/>: month 12), the agreement (null where none was
/// found), the verdicts of its targets, the values for every month 1..Month (<see cref="ByMonth"/>, index 0 =
/// January), the same for the total of all regions, each value's rank among the regions (1 = highest value),
/// and a year-end projection for in-year pages.
/// </summary>
public sealed record RegionYearResult(
    Region Region,
    int Year,
    int Month,
    Agreement? Agreement,
    IReadOnlyList<Verdict> Verdicts,
    IReadOnlyList<IndicatorSet> ByMonth,
    IReadOnlyList<IndicatorSet> TotalByMonth)
{
    public bool IsFinal => Month == 12;

    /// <summary>The values at the Stand month.</summary>
    public IndicatorSet Current => ByMonth[^1];

    /// <summary>The year-to-date level a projected verdict's value came from (<see cref="Verdict.YearToDate"/> at the Stand month); null where not projected.</summary>
    public double? YearToDate(Verdict v) => ByMonth.Count > 0 ? v.YearToDate(Current) : null;

    /// <summary>The total's values at the Stand month.</summary>
    public IndicatorSet TotalCurrent => TotalByMonth[^1];

    /// <summary>Rank of this region per value key at the Stand month among all regions with that value (1 = highest).</summary>
    public IReadOnlyDictionary<string, int> Ranks { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Number of regions compared (the "von N" of a rank): the regions with data at this year and Stand month.
    /// A key that some of them lack is ranked among fewer; <see cref="RankedCounts"/> has the number per key.
    /// </summary>
    public int RankedRegions { get; init; }

    /// <summary>Per value key: the number of regions that have the value at this year and Stand month (the N of its rank).</summary>
    public IReadOnlyDictionary<string, int> RankedCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>Year-end projections per value key for in-year pages (empty when final).</summary>
    public IReadOnlyDictionary<string, double?> Projection { get; init; } = new Dictionary<string, double?>();
}
