using ZielSite.Agreements;

namespace ZielSite.Publishing;

/// <summary>
/// The differences between the results of two builds, per region, year and target, in the order year, AGS.
/// A verdict counts as changed when a target is in both builds and its status differs; region-years and
/// targets that appear or disappear are listed but are not verdict changes (so that the first month of a new
/// year does not trip a CI gate). Values are equal when both are missing or they differ by at most 1e-9
/// relative (a value read back from JSON is bit-identical; the tolerance only absorbs summation order).
/// </summary>
public sealed record ResultsDiff(bool OldIsSample, bool NewIsSample, IReadOnlyList<RegionYearDiff> Changes)
{
    public int VerdictChanges => Changes.Sum(c => c.VerdictChanges);

    public bool AnyVerdictChanged => VerdictChanges > 0;

    public bool IsEmpty => Changes.Count == 0 && OldIsSample == NewIsSample;

    public static ResultsDiff Compare(ResultsDocument oldDoc, ResultsDocument newDoc)
    {
        var olds = oldDoc.Results.ToDictionary(e => (e.Year, e.Ags));
        var news = newDoc.Results.ToDictionary(e => (e.Year, e.Ags));
        var keys = olds.Keys.Union(news.Keys).OrderBy(k => k.Year).ThenBy(k => k.Ags, StringComparer.Ordinal);
        var changes = new List<RegionYearDiff>();
        foreach (var key in keys)
        {
            var o = olds.GetValueOrDefault(key);
            var n = news.GetValueOrDefault(key);
            var name = (n ?? o)!.Name;
            if (o is null || n is null)
            {
                var targets = (n ?? o)!.Targets.Select(t => new TargetDiff(t.Key, o is null ? null : t, n is null ? null : t)).ToList();
                changes.Add(new RegionYearDiff(key.Ags, name, key.Year, o, n, targets, []));
                continue;
            }
            var targetDiffs = CompareTargets(o.Targets, n.Targets);
            var valueDiffs = CompareValues(o.Values, n.Values);
            if (o.Month != n.Month || o.Final != n.Final || o.Name != n.Name || targetDiffs.Count > 0 || valueDiffs.Count > 0)
                changes.Add(new RegionYearDiff(key.Ags, name, key.Year, o, n, targetDiffs, valueDiffs));
        }
        return new ResultsDiff(oldDoc.IsSample, newDoc.IsSample, changes);
    }

    /// <summary>Equality of two values as this diff sees it (see the type's summary).</summary>
    public static bool Same(double? a, double? b)
    {
        if (a is not { } x || b is not { } y) return a is null && b is null;
        return x == y || Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)));
    }

    private static List<TargetDiff> CompareTargets(IReadOnlyList<TargetEntry> olds, IReadOnlyList<TargetEntry> news)
    {
        var keys = olds.Select(t => t.Key).Union(news.Select(t => t.Key))
            .OrderBy(TargetKeys.Order).ThenBy(k => k, StringComparer.Ordinal);
        var list = new List<TargetDiff>();
        foreach (var key in keys)
        {
            var o = olds.FirstOrDefault(t => t.Key == key);
            var n = news.FirstOrDefault(t => t.Key == key);
            var diff = new TargetDiff(key, o, n);
            if (o is null || n is null || diff.VerdictChanged || diff.DefinitionChanged || !Same(o.Actual, n.Actual) || !Same(o.Compared, n.Compared))
                list.Add(diff);
        }
        return list;
    }

    private static List<ValueDiff> CompareValues(IReadOnlyList<KeyValuePair<string, double?>> olds, IReadOnlyList<KeyValuePair<string, double?>> news)
    {
        var oldMap = olds.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var newMap = news.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        // Keys in the order of the older document, then keys only the newer one has.
        var keys = olds.Select(p => p.Key).Concat(news.Select(p => p.Key).Where(k => !oldMap.ContainsKey(k)));
        return keys
            .Select(k => new ValueDiff(k, oldMap.GetValueOrDefault(k), newMap.GetValueOrDefault(k)))
            .Where(d => !Same(d.Old, d.New))
            .ToList();
    }
}
