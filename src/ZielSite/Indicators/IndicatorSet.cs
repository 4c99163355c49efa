namespace ZielSite.Indicators;

/// <summary>
/// Every computed value of one region (or the total, <c>ObservationTable.TotalKey</c>) for year
/// <see cref="Year"/> up to month <see cref="Month"/> (year-to-date values). Keys are those of
/// <see cref="ValueKeys"/>; a value that cannot be computed is null. Values are unrounded.
/// </summary>
public sealed record IndicatorSet(string Ags, int Year, int Month, IReadOnlyDictionary<string, double?> Values)
{
    public double? this[string key] => Values.TryGetValue(key, out var v) ? v : null;
}
