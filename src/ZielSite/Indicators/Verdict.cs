using ZielSite.Agreements;

namespace ZielSite.Indicators;

/// <summary>
/// A target judged at month <see cref="Month"/> of its year. <see cref="Actual"/> is the unrounded actual
/// change (null when not computable); <see cref="Compared"/> is the value the comparison used (rounded to one
/// decimal by default). <see cref="Reason"/> explains <see cref="VerdictStatus.NoData"/> (e.g. which month or
/// measure is missing).
/// </summary>
public sealed record Verdict(Target Target, double? Actual, double? Compared, VerdictStatus Status, int Month, string? Reason = null);
