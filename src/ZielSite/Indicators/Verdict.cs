using ZielSite.Agreements;

namespace ZielSite.Indicators;

/// <summary>
/// A target judged at month <see cref="Month"/> of its year. <see cref="Actual"/> is the unrounded actual
/// change (null when not computable); <see cref="Compared"/> is the value the comparison used (rounded to one
/// decimal by default). <see cref="Reason"/> explains <see cref="VerdictStatus.NoData"/> (e.g. which month or
/// measure is missing).
/// </summary>
public sealed record Verdict(Target Target, double? Actual, double? Compared, VerdictStatus Status, int Month, string? Reason = null)
{
    /// <summary>
    /// True where <see cref="Actual"/> is a projection: a level target judged before December on the projected year-end
    /// level (docs/method-projection.md). Every text and download that shows such a value says "hochgerechnet".
    /// </summary>
    public bool IsProjected => Target.IsLevel && Month < 12 && Actual is not null;

    /// <summary>The year-to-date level a projected value came from (January to <see cref="Month"/>), from <paramref name="values"/>; null where not projected.</summary>
    public double? YearToDate(IndicatorSet values) =>
        IsProjected && ValueKeys.LevelFor(Target.Key) is { } key ? values[key] : null;
}
