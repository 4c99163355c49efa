using ZielSite.Inputs;

namespace ZielSite.Indicators;

public static partial class ResultCalculator
{
    /// <summary>Level values that are projected, each with its <c>_prev</c> key where <see cref="ValueKeys"/> has one.</summary>
    private static readonly (string Key, string? Prev)[] ProjectedLevels =
    [
        (ValueKeys.Integrationen, ValueKeys.IntegrationenPrev), (ValueKeys.IntegrationenF, null), (ValueKeys.IntegrationenM, null),
        (ValueKeys.IntegrationenLzb, ValueKeys.IntegrationenLzbPrev), (ValueKeys.K2, ValueKeys.K2Prev),
        (ValueKeys.K2F, null), (ValueKeys.K2M, null), (ValueKeys.ElbMean, ValueKeys.ElbMeanPrev),
        (ValueKeys.LzbMean, ValueKeys.LzbMeanPrev), (ValueKeys.K3E1, ValueKeys.K3E1Prev),
        (ValueKeys.Llu, ValueKeys.LluPrev), (ValueKeys.Kdu, ValueKeys.KduPrev),
        (ValueKeys.NachhaltigShare, ValueKeys.NachhaltigSharePrev), (ValueKeys.BedarfsdeckendShare, ValueKeys.BedarfsdeckendSharePrev),
    ];

    /// <summary>Projected changes: the change key and the level it compares with the previous year's year-end value.</summary>
    private static readonly (string Change, string Level)[] ProjectedChanges =
    [
        (ValueKeys.IntegrationenChange, ValueKeys.Integrationen), (ValueKeys.IntegrationenLzbChange, ValueKeys.IntegrationenLzb),
        (ValueKeys.K2Change, ValueKeys.K2), (ValueKeys.K1E2Change, ValueKeys.ElbMean), (ValueKeys.K3Change, ValueKeys.LzbMean),
        (ValueKeys.K3E1Change, ValueKeys.K3E1), (ValueKeys.K1Change, ValueKeys.Llu), (ValueKeys.K1E1Change, ValueKeys.Kdu),
        (ValueKeys.K2E3Change, ValueKeys.NachhaltigShare),
    ];

    /// <summary>
    /// Year-end projection for an in-year result (Stand month M &lt; 12) of year t, by the previous year's
    /// seasonal pattern: for each level value x (Σ Integrationen, Σ Integrationen of LZB, K2, K2 of women and
    /// men, mean ELB and LZB stock, K3E1, Σ LLU, Σ KdU, the shares), projected x(t, 12) =
    /// x(t, M) × (x(t−1, 12) / x(t−1, M)), all as year-to-date values. The projected gap is projected K2 of
    /// men − projected K2 of women; each projected change compares a projected level with the previous year's
    /// year-end value: (x̂(t, 12) / x(t−1, 12) − 1) × 100, and the gap's change in pp. <c>_prev</c> keys hold
    /// x(t−1, 12). A projection that needs a missing value (or divides by zero) is null.
    /// </summary>
    /// <remarks>
    /// For a relative change the seasonal factor cancels: x̂(t,12) / x(t−1,12) = x(t,M) / x(t−1,M), so a projected
    /// change equals the year-to-date change at M. The method adds projected levels (and the projected gap
    /// change, a difference, for which the factors do not cancel); it is documented in docs/method-projection.md.
    /// </remarks>
    internal static IReadOnlyDictionary<string, double?> Project(ObservationTable data, IndicatorSet current)
    {
        var prevAtMonth = IndicatorCalculator.Compute(data, current.Ags, current.Year - 1, current.Month);
        var prevYearEnd = IndicatorCalculator.Compute(data, current.Ags, current.Year - 1, 12);
        var projection = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (key, prev) in ProjectedLevels)
        {
            double? value = null;
            if (current[key] is { } now && prevYearEnd[key] is { } yearEnd && prevAtMonth[key] is { } atMonth && atMonth != 0)
                value = now * (yearEnd / atMonth);
            projection[key] = value;
            if (prev is not null) projection[prev] = prevYearEnd[key];
        }
        var gap = projection[ValueKeys.K2M] - projection[ValueKeys.K2F];
        projection[ValueKeys.K2Gap] = gap;
        projection[ValueKeys.K2GapPrev] = prevYearEnd[ValueKeys.K2Gap];
        projection[ValueKeys.K2GapChange] = gap - prevYearEnd[ValueKeys.K2Gap];
        foreach (var (change, level) in ProjectedChanges)
        {
            projection[change] = projection[level] is { } p && prevYearEnd[level] is { } y && y != 0
                ? (p / y - 1) * 100
                : null;
        }
        return projection;
    }
}
