using ZielSite.Agreements;
using ZielSite.Inputs;

namespace ZielSite.Indicators;

/// <summary>A Land-level agreement judged on the total of all regions at the latest month of its year with data.</summary>
public sealed record LandResult(Agreement Agreement, int Year, int Month, IReadOnlyList<Verdict> Verdicts)
{
    public bool IsFinal => Month == 12;
}

public static partial class ResultCalculator
{
    /// <summary>
    /// Every Land-level agreement (<see cref="Agreement.Land"/>) with a year that has data, judged on the total of all
    /// regions (<see cref="ObservationTable.TotalKey"/>, the same sums as the overview's total row) at the latest month
    /// of that year, with the total's projection for a level target before December. Ordered by year, then file.
    /// </summary>
    public static IReadOnlyList<LandResult> ComputeLand(ObservationTable data, IReadOnlyList<Agreement> agreements, bool roundedComparison)
    {
        var results = new List<LandResult>();
        if (data.IsEmpty) return results;
        foreach (var a in agreements.Where(a => a.Land is not null && a.Year is not null)
                     .OrderBy(a => a.Year).ThenBy(a => a.File, StringComparer.Ordinal))
        {
            var year = a.Year!.Value;
            var month = data.Regions.Select(r => data.LatestMonth(r, year) ?? 0).DefaultIfEmpty(0).Max();
            if (month == 0) continue;
            var total = IndicatorCalculator.Compute(data, ObservationTable.TotalKey, year, month);
            var projection = month < 12 ? Project(data, total) : Empty;
            var verdicts = a.Targets.OrderBy(t => TargetKeys.Order(t.Key))
                .Select(t => VerdictCalculator.Judge(t, total, roundedComparison, projection)).ToArray();
            results.Add(new LandResult(a, year, month, verdicts));
        }
        return results;
    }
}
