using System.Collections.Concurrent;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Inputs;

namespace ZielSite.Rendering;

/// <summary>
/// What the comparison figures of one year's region pages compare with (<see cref="ComparisonBuilder"/>): the regions of
/// the site (those with data in any year, in the order of <c>data/regions.csv</c>), their results of the year, the
/// targets of the year's Land-level agreements and, for a level target before December, the projections of the total.
/// Built once per year and shared by the pages rendered in parallel (the projections are computed once per Stand month).
/// </summary>
internal sealed class ComparisonPeers
{
    private readonly Dictionary<string, RegionYearResult> _byAgs;
    private readonly ObservationTable _data;
    private readonly ConcurrentDictionary<int, Lazy<IReadOnlyDictionary<string, double?>>> _totalProjections = new();

    public ComparisonPeers(int year, IReadOnlyList<Region> regions, IEnumerable<RegionYearResult> results, IReadOnlyList<Target> landTargets, ObservationTable data)
    {
        Year = year;
        Regions = regions;
        _byAgs = results.Where(r => r.Year == year).ToDictionary(r => r.Region.Ags, StringComparer.Ordinal);
        LandTargets = landTargets;
        _data = data;
    }

    /// <summary>One per year of the site's results.</summary>
    public static IReadOnlyDictionary<int, ComparisonPeers> For(SiteModel model)
    {
        var withData = model.Results.Select(r => r.Region.Ags).ToHashSet(StringComparer.Ordinal);
        var regions = model.Regions.Where(r => withData.Contains(r.Ags)).ToList();
        return model.Results.Select(r => r.Year).Distinct().ToDictionary(y => y, y => new ComparisonPeers(y, regions, model.Results,
            model.LandResults.Where(l => l.Year == y).SelectMany(l => l.Agreement.Targets).ToList(), model.Data));
    }

    public int Year { get; }

    /// <summary>The regions compared: every region with data in some year of the site (a region without data this year is shown as such).</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The targets of the year's Land-level agreements (judged on the total), marked on the figures of the same Kennzahl.</summary>
    public IReadOnlyList<Target> LandTargets { get; }

    /// <summary>The region's result of the year, or null where it has no data in it.</summary>
    public RegionYearResult? ResultOf(string ags) => _byAgs.GetValueOrDefault(ags);

    /// <summary>A region's year-end projection from its values at <paramref name="month"/> (its own at its Stand month).</summary>
    public IReadOnlyDictionary<string, double?> ProjectionAt(RegionYearResult result, int month) =>
        result.Month == month ? result.Projection : ResultCalculator.Project(_data, result.ByMonth[month - 1]);

    /// <summary>The total's year-end projection at the Stand month of <paramref name="page"/> (from its <see cref="RegionYearResult.TotalCurrent"/>).</summary>
    public IReadOnlyDictionary<string, double?> TotalProjection(RegionYearResult page) =>
        _totalProjections.GetOrAdd(page.Month, _ => new Lazy<IReadOnlyDictionary<string, double?>>(() => ResultCalculator.Project(_data, page.TotalCurrent))).Value;
}
