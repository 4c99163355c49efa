using ZielSite.Inputs;

namespace ZielSite.Indicators;

/// <summary>Computes every value of <see cref="ValueKeys"/> for one region, year and month (pure).</summary>
public static class IndicatorCalculator
{
    public static IndicatorSet Compute(ObservationTable data, string ags, int year, int month) =>
        throw new NotImplementedException("IndicatorCalculator");
}
