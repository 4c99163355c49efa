using System.Collections.Frozen;

namespace ZielSite.Indicators;

/// <summary>
/// Every computed value of one region (or the total, <c>ObservationTable.TotalKey</c>) for year
/// <see cref="Year"/> up to month <see cref="Month"/> (year-to-date values). Keys are those of
/// <see cref="ValueKeys"/>; a value that cannot be computed is null. Values are unrounded.
/// </summary>
public sealed record IndicatorSet(string Ags, int Year, int Month, IReadOnlyDictionary<string, double?> Values)
{
    public double? this[string key] => Values.TryGetValue(key, out var v) ? v : null;

    /// <summary>For each null value: why it is null (the first missing month and measure, or a zero denominator).</summary>
    public IReadOnlyDictionary<string, ValueGap> Gaps { get; init; } = EmptyGaps;

    /// <summary>A German sentence saying why <paramref name="key"/> is null, or null where it has a value or no reason is known.</summary>
    public string? MissingReason(string key) => Gaps.TryGetValue(key, out var g) ? g.Describe() : null;

    private static readonly IReadOnlyDictionary<string, ValueGap> EmptyGaps = FrozenDictionary<string, ValueGap>.Empty;
}
