namespace ZielSite.Indicators;

public static partial class ResultCalculator
{
    /// <summary>
    /// Ranks every value key among the regions of the same year at each result's Stand month: the regions
    /// compared are those with data up to that month (Stand ≥ M), each on its values at M. 1 = best result in the
    /// direction of the key (<see cref="Score"/>: the highest integration figures, the lowest stocks, costs and
    /// changes of them, the smallest gap between men and women); equal values share the best rank (1, 2, 2, 4);
    /// a region without the value gets no rank for that key. Ranks use the unrounded values.
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
                var ranks = compared.Select(_ => new int[ValueKeys.All.Count]).ToArray();
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                var values = new List<(int Region, double Value)>(compared.Count);
                for (var k = 0; k < ValueKeys.All.Count; k++)
                {
                    values.Clear();
                    for (var c = 0; c < compared.Count; c++)
                        if (ValueAt(compared[c].ByMonth[month - 1], k) is { } v) values.Add((c, Score(k, v)));
                    counts[ValueKeys.All[k]] = values.Count;
                    var sorted = values.Select(v => v.Value).OrderDescending().ToArray();
                    // 1 + number of strictly greater values: ties share the rank.
                    foreach (var (c, v) in values) ranks[c][k] = 1 + CountGreater(sorted, v);
                }
                var index = compared.Select((r, c) => (r.Region.Ags, c)).ToDictionary(p => p.Ags, p => p.c, StringComparer.Ordinal);
                foreach (var r in ofYear.Where(r => r.Month == month))
                    ranked.Add(r with { Ranks = new RankMap(ranks[index[r.Region.Ags]]), RankedRegions = compared.Count, RankedCounts = counts });
            }
        }
        return ranked;
    }

    /// <summary>Keys where less is better: stocks of benefit recipients, costs, their changes, and the gender gap (by size).</summary>
    private static readonly HashSet<string> LowerIsBetter = new(StringComparer.Ordinal)
    {
        ValueKeys.K2Gap, ValueKeys.K2GapPrev, ValueKeys.K2GapChange,
        ValueKeys.Elb, ValueKeys.ElbPrev, ValueKeys.ElbChange, ValueKeys.ElbMean, ValueKeys.ElbMeanPrev, ValueKeys.K1E2Change,
        ValueKeys.Lzb, ValueKeys.LzbChange, ValueKeys.LzbMean, ValueKeys.LzbMeanPrev, ValueKeys.K3Change,
        ValueKeys.Lzb4j, ValueKeys.Lzb4jPrev, ValueKeys.Lzb4jChange,
        ValueKeys.Llu, ValueKeys.LluPrev, ValueKeys.K1Change, ValueKeys.Kdu, ValueKeys.KduPrev, ValueKeys.K1E1Change,
        ValueKeys.Bg, ValueKeys.BgPrev, ValueKeys.BgChange,
    };

    private static readonly bool[] Lower = ValueKeys.All.Select(LowerIsBetter.Contains).ToArray();

    /// <summary>True where rank 1 goes to the lowest value of <paramref name="key"/> (for the gap: the smallest distance from zero).</summary>
    public static bool RanksLowestFirst(string key) => LowerIsBetter.Contains(key);

    /// <summary>The higher, the better: the value itself, its negation where less is better, minus the size of a gap.</summary>
    private static double Score(int k, double v) => !Lower[k] ? v
        : ValueKeys.All[k] is ValueKeys.K2Gap or ValueKeys.K2GapPrev ? -Math.Abs(v) : -v;

    private static double? ValueAt(IndicatorSet set, int k) => set.Values is ValueMap map ? map.At(k) : set[ValueKeys.All[k]];

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
