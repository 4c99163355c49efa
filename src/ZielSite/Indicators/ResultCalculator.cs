using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Indicators;

/// <summary>Computes a <see cref="RegionYearResult"/> for every region and year with data, with ranks and projections.</summary>
public static partial class ResultCalculator
{
    /// <summary>
    /// One result per region and year that has data, ordered by year, then region name (ordinal).
    /// Agreements are matched by AGS and year. Targets that cannot be computed add a diagnostic
    /// (<see cref="DiagnosticCodes.IndicatorNotComputable"/>) at the target's line.
    /// </summary>
    /// <remarks>
    /// A region of <paramref name="regions"/> gets a result for each year in which it has any value (except a first
    /// year that holds only the December that serves as the next year's denominator); the Stand
    /// month is its latest month with a value in that year (<see cref="ObservationTable.LatestMonth"/>).
    /// Where several agreements have the same AGS and year, the first by file name (ordinal) is used; reporting
    /// the duplicate is the agreement stage's job. Verdicts follow <see cref="TargetKeys.Order"/>. Regions are
    /// computed in parallel; the output does not depend on it.
    /// </remarks>
    public static IReadOnlyList<RegionYearResult> Compute(
        ObservationTable data, IReadOnlyList<Region> regions, IReadOnlyList<Agreement> agreements,
        bool roundedComparison, DiagnosticBag diagnostics)
    {
        ReportNotComputable(agreements, diagnostics);
        if (data.IsEmpty) return [];
        var byRegionYear = agreements
            .Where(a => a.Ags is not null && a.Year is not null)
            .OrderBy(a => a.File, StringComparer.Ordinal)
            .GroupBy(a => (a.Ags!, a.Year!.Value))
            .ToDictionary(g => g.Key, g => g.First());

        var withData = regions.Where(r => data.HasRegion(r.Ags)).ToArray();
        var firstYear = data.First.Year;
        var years = data.Last.Year - firstYear + 1;
        var stands = new int[withData.Length, years];
        for (var r = 0; r < withData.Length; r++)
            for (var y = 0; y < years; y++)
                stands[r, y] = data.IsDenominatorOnlyYear(withData[r].Ags, firstYear + y) ? 0 : data.LatestMonth(withData[r].Ags, firstYear + y) ?? 0;

        var totals = new IndicatorSet[years][];
        for (var y = 0; y < years; y++)
        {
            var last = 0;
            for (var r = 0; r < withData.Length; r++) last = Math.Max(last, stands[r, y]);
            totals[y] = Enumerable.Range(1, last).Select(m => IndicatorCalculator.Compute(data, ObservationTable.TotalKey, firstYear + y, m)).ToArray();
        }

        var perRegion = new List<RegionYearResult>[withData.Length];
        Parallel.For(0, withData.Length, r =>
        {
            var list = new List<RegionYearResult>();
            for (var y = 0; y < years; y++)
            {
                var stand = stands[r, y];
                if (stand == 0) continue;
                var region = withData[r];
                var year = firstYear + y;
                var byMonth = new IndicatorSet[stand];
                for (var m = 1; m <= stand; m++) byMonth[m - 1] = IndicatorCalculator.Compute(data, region.Ags, year, m);
                var agreement = byRegionYear.GetValueOrDefault((region.Ags, year));
                var projection = stand < 12 ? Project(data, byMonth[^1]) : Empty;
                var verdicts = agreement is null
                    ? []
                    : agreement.Targets.OrderBy(t => TargetKeys.Order(t.Key))
                        .Select(t => VerdictCalculator.Judge(t, byMonth[^1], roundedComparison, projection)).ToArray();
                list.Add(new RegionYearResult(region, year, stand, agreement, verdicts, byMonth, totals[y][..stand])
                {
                    Projection = projection,
                });
            }
            perRegion[r] = list;
        });

        var results = perRegion.SelectMany(l => l).ToList();
        results = Rank(results);
        return results
            .OrderBy(x => x.Year)
            .ThenBy(x => x.Region.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Region.Ags, StringComparer.Ordinal)
            .ToArray();
    }

    private static readonly IReadOnlyDictionary<string, double?> Empty =
        System.Collections.Frozen.FrozenDictionary<string, double?>.Empty;

    /// <summary>One warning per target whose key the data format cannot give (K2E1, K2E2, K2E4, K3E2–K3E4).</summary>
    private static void ReportNotComputable(IReadOnlyList<Agreement> agreements, DiagnosticBag diagnostics)
    {
        foreach (var agreement in agreements.OrderBy(a => a.File, StringComparer.Ordinal))
        {
            foreach (var target in agreement.Targets)
            {
                if (target.IsLevel || ValueKeys.ActualFor(target.Key) is not null) continue;
                var missing = ValueKeys.MissingMeasureFor(target.Key);
                if (missing is null) continue; // an unknown key is the agreement stage's diagnostic
                diagnostics.Warning(DiagnosticCodes.IndicatorNotComputable, target.Span,
                    $"target '{target.Key}' cannot be computed: the data has no measure for {missing}; it is shown as 'keine Daten'");
            }
        }
    }
}
