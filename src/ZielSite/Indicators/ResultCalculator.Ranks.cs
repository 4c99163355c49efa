namespace ZielSite.Indicators;

public static partial class ResultCalculator
{
    /// <summary>
    /// Ranks every value key among the regions of the same year at each result's Stand month: the regions
    /// compared are those with data up to that month (Stand ≥ M), each on its values at M. 1 = highest value;
    /// equal values share the best rank (1, 2, 2, 4); a region without the value gets no rank for that key.
    /// Ranks use the unrounded values.
    /// </summary>
    private static List<RegionYearResult> Rank(List<RegionYearResult> results)
    {
        var ranked = new List<RegionYearResult>(results.Count);
        foreach (var yearGroup in results.GroupBy(r => r.Year))
        {
            var ofYear = yearGroup.ToList();
            foreach (var month in ofYear.Select(r => r.Month).Distinct())
            {
                var compared = ofYear.Where(r => r.Month >= month).ToList();
                var ranks = compared.ToDictionary(r => r.Region.Ags, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var key in ValueKeys.All)
                {
                    var values = new List<(string Ags, double Value)>();
                    foreach (var r in compared)
                        if (r.ByMonth[month - 1][key] is { } v) values.Add((r.Region.Ags, v));
                    counts[key] = values.Count;
                    var sorted = values.Select(v => v.Value).OrderDescending().ToArray();
                    foreach (var (ags, v) in values)
                    {
                        // 1 + number of strictly greater values: ties share the rank.
                        ranks[ags][key] = 1 + CountGreater(sorted, v);
                    }
                }
                foreach (var r in ofYear.Where(r => r.Month == month))
                    ranked.Add(r with { Ranks = ranks[r.Region.Ags], RankedRegions = compared.Count, RankedCounts = counts });
            }
        }
        return ranked;
    }

    /// <summary>How many values of <paramref name="descending"/> (sorted high to low) are greater than <paramref name="v"/>.</summary>
    private static int CountGreater(double[] descending, double v)
    {
        int lo = 0, hi = descending.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (descending[mid] > v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
