using ZielSite.Agreements;

namespace ZielSite.Indicators;

/// <summary>Judges a target against the values at a month: met/missed at month 12, on/off track before, no data when a value is missing.</summary>
public static class VerdictCalculator
{
    /// <param name="rounded">Compare on values rounded to one decimal (the default) or unrounded.</param>
    public static Verdict Judge(Target target, IndicatorSet values, bool rounded) =>
        throw new NotImplementedException("VerdictCalculator");
}
