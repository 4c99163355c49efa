using System.Collections.Frozen;
using ZielSite.Inputs;
using static ZielSite.Inputs.Measure;

namespace ZielSite.Indicators;

/// <summary>
/// Computes every value of <see cref="ValueKeys"/> for one region, year and month (pure), as docs/kennzahlen.md
/// §3–4 define them. Month M of year t; "Jan..M" are the months 1..M of a year; <c>_prev</c> values are the
/// same for year t−1; a JFW quota (K2, K2 by sex, K3E1) is Σ flow Jan..M(t) / mean stock Dec(t−1)..(M−1)(t) × 100
/// (the denominator shifted one month back); the rolling K2 is Σ Integrationen (M−11..M) / mean ELB
/// (M−12..M−1) × 100; a change is (now / prev − 1) × 100 except the gap's, which is a difference in pp.
/// </summary>
/// <remarks>
/// Sums run from the earliest month to the latest, means are sums divided by the number of months, all in
/// double. A value that needs a missing month is null (never read as zero), as is one whose denominator is
/// zero; <see cref="IndicatorSet.Gaps"/> says which month and measure it lacked. Sums are recomputed for each
/// month on purpose: they have at most 13 terms, and a prefix-sum difference would add cancellation error to
/// large EUR sums.
/// </remarks>
public static partial class IndicatorCalculator
{
    /// <param name="ags">A region's AGS or <see cref="ObservationTable.TotalKey"/>.</param>
    /// <param name="month">1..12; values are year-to-date up to this month.</param>
    public static IndicatorSet Compute(ObservationTable data, string ags, int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var w = new Window(data.SeriesOf(ags), data.First.Index, data.HasWithheld ? data.WithheldOf(ags) : null);
        var values = new double[ValueKeys.All.Count];
        Dictionary<string, ValueGap>? gaps = null;
        var next = 0;
        // Values are set in the order of ValueKeys.All (checked), so no key lookup is needed.
        void Set(string key, Q q)
        {
            var i = next++;
            if (!ReferenceEquals(ValueKeys.All[i], key)) throw new InvalidOperationException($"'{key}' is set out of the order of ValueKeys.All.");
            values[i] = q.Value;
            if (q.Gap is { } g) (gaps ??= new(StringComparer.Ordinal))[key] = g;
        }

        var end = new YearMonth(year, month).Index; // month M of t
        var jan = new YearMonth(year, 1).Index;     // January of t
        var endPrev = end - 12;
        var janPrev = jan - 12;

        var integrationen = w.Sum(Integrationen, jan, end);
        var integrationenPrev = w.Sum(Integrationen, janPrev, endPrev);
        Set(ValueKeys.Integrationen, integrationen);
        Set(ValueKeys.IntegrationenPrev, integrationenPrev);
        Set(ValueKeys.IntegrationenChange, Change(integrationen, integrationenPrev, Integrationen, endPrev));
        Set(ValueKeys.IntegrationenF, w.Sum(IntegrationenF, jan, end));
        Set(ValueKeys.IntegrationenM, w.Sum(IntegrationenM, jan, end));

        var lzbIntegrationen = w.Sum(IntegrationenLzb, jan, end);
        var lzbIntegrationenPrev = w.Sum(IntegrationenLzb, janPrev, endPrev);
        Set(ValueKeys.IntegrationenLzb, lzbIntegrationen);
        Set(ValueKeys.IntegrationenLzbPrev, lzbIntegrationenPrev);
        Set(ValueKeys.IntegrationenLzbChange, Change(lzbIntegrationen, lzbIntegrationenPrev, IntegrationenLzb, endPrev));

        var k2 = w.Quota(Integrationen, Elb, jan, end);
        var k2Prev = w.Quota(Integrationen, Elb, janPrev, endPrev);
        var k2F = w.Quota(IntegrationenF, ElbF, jan, end);
        var k2M = w.Quota(IntegrationenM, ElbM, jan, end);
        var gap = Difference(k2M, k2F);
        var gapPrev = Difference(w.Quota(IntegrationenM, ElbM, janPrev, endPrev), w.Quota(IntegrationenF, ElbF, janPrev, endPrev));
        Set(ValueKeys.K2, k2);
        Set(ValueKeys.K2Prev, k2Prev);
        Set(ValueKeys.K2Change, Change(k2, k2Prev, Integrationen, endPrev));
        Set(ValueKeys.K2F, k2F);
        Set(ValueKeys.K2M, k2M);
        Set(ValueKeys.K2Gap, gap);
        Set(ValueKeys.K2GapPrev, gapPrev);
        Set(ValueKeys.K2GapChange, Difference(gap, gapPrev));
        Set(ValueKeys.K2Rolling, Percent(w.Sum(Integrationen, end - 11, end), w.Mean(Elb, end - 12, end - 1), Elb, end - 1));

        var elbMean = w.Mean(Elb, jan, end);
        var elbMeanPrev = w.Mean(Elb, janPrev, endPrev);
        var elb = w.At(Elb, end);
        var elbPrev = w.At(Elb, endPrev);
        Set(ValueKeys.Elb, elb);
        Set(ValueKeys.ElbPrev, elbPrev);
        Set(ValueKeys.ElbChange, Change(elb, elbPrev, Elb, endPrev));
        Set(ValueKeys.ElbMean, elbMean);
        Set(ValueKeys.ElbMeanPrev, elbMeanPrev);
        Set(ValueKeys.K1E2Change, Change(elbMean, elbMeanPrev, Elb, endPrev));

        var lzb = w.At(Lzb, end);
        var lzbMean = w.Mean(Lzb, jan, end);
        var lzbMeanPrev = w.Mean(Lzb, janPrev, endPrev);
        Set(ValueKeys.Lzb, lzb);
        Set(ValueKeys.LzbChange, Change(lzb, w.At(Lzb, endPrev), Lzb, endPrev));
        Set(ValueKeys.LzbMean, lzbMean);
        Set(ValueKeys.LzbMeanPrev, lzbMeanPrev);
        Set(ValueKeys.K3Change, Change(lzbMean, lzbMeanPrev, Lzb, endPrev));
        var lzb4j = w.At(Lzb4j, end);
        var lzb4jPrev = w.At(Lzb4j, endPrev);
        Set(ValueKeys.Lzb4j, lzb4j);
        Set(ValueKeys.Lzb4jPrev, lzb4jPrev);
        Set(ValueKeys.Lzb4jChange, Change(lzb4j, lzb4jPrev, Lzb4j, endPrev));

        var k3e1 = w.Quota(IntegrationenLzb, Lzb, jan, end);
        var k3e1Prev = w.Quota(IntegrationenLzb, Lzb, janPrev, endPrev);
        Set(ValueKeys.K3E1, k3e1);
        Set(ValueKeys.K3E1Prev, k3e1Prev);
        Set(ValueKeys.K3E1Change, Change(k3e1, k3e1Prev, IntegrationenLzb, endPrev));

        var llu = w.Sum(Llu, jan, end);
        var lluPrev = w.Sum(Llu, janPrev, endPrev);
        var kdu = w.Sum(Kdu, jan, end);
        var kduPrev = w.Sum(Kdu, janPrev, endPrev);
        Set(ValueKeys.Llu, llu);
        Set(ValueKeys.LluPrev, lluPrev);
        Set(ValueKeys.K1Change, Change(llu, lluPrev, Llu, endPrev));
        Set(ValueKeys.Kdu, kdu);
        Set(ValueKeys.KduPrev, kduPrev);
        Set(ValueKeys.K1E1Change, Change(kdu, kduPrev, Kdu, endPrev));

        var bg = w.At(Bg, end);
        var bgPrev = w.At(Bg, endPrev);
        Set(ValueKeys.Bg, bg);
        Set(ValueKeys.BgPrev, bgPrev);
        Set(ValueKeys.BgChange, Change(bg, bgPrev, Bg, endPrev));

        var nachhaltig = Percent(w.Sum(IntegrationenNachhaltig, jan, end), integrationen, Integrationen, end);
        var nachhaltigPrev = Percent(w.Sum(IntegrationenNachhaltig, janPrev, endPrev), integrationenPrev, Integrationen, endPrev);
        Set(ValueKeys.NachhaltigShare, nachhaltig);
        Set(ValueKeys.NachhaltigSharePrev, nachhaltigPrev);
        Set(ValueKeys.K2E3Change, Change(nachhaltig, nachhaltigPrev, IntegrationenNachhaltig, endPrev));
        Set(ValueKeys.BedarfsdeckendShare, Percent(w.Sum(IntegrationenBedarfsdeckend, jan, end), integrationen, Integrationen, end));
        Set(ValueKeys.BedarfsdeckendSharePrev, Percent(w.Sum(IntegrationenBedarfsdeckend, janPrev, endPrev), integrationenPrev, Integrationen, endPrev));

        if (next != values.Length) throw new InvalidOperationException("Not every key of ValueKeys.All was set.");
        return new IndicatorSet(ags, year, month, new ValueMap(values)) { Gaps = gaps ?? (IReadOnlyDictionary<string, ValueGap>)EmptyGaps };
    }

    private static readonly FrozenDictionary<string, ValueGap> EmptyGaps = FrozenDictionary<string, ValueGap>.Empty;

    /// <summary>(now / prev − 1) × 100; a zero <paramref name="prev"/> is a gap naming <paramref name="measure"/> at <paramref name="month"/>.</summary>
    private static Q Change(Q now, Q prev, Measure measure, int month)
    {
        if (now.Gap is not null) return now;
        if (prev.Gap is not null) return prev;
        if (prev.Value == 0) return Q.Missing(new ValueGap(ValueGapKind.ZeroDenominator, measure, YearMonth.FromIndex(month)));
        return Q.Of((now.Value / prev.Value - 1) * 100);
    }

    /// <summary>numerator / denominator × 100.</summary>
    private static Q Percent(Q numerator, Q denominator, Measure measure, int month)
    {
        if (numerator.Gap is not null) return numerator;
        if (denominator.Gap is not null) return denominator;
        if (denominator.Value == 0) return Q.Missing(new ValueGap(ValueGapKind.ZeroDenominator, measure, YearMonth.FromIndex(month)));
        return Q.Of(numerator.Value / denominator.Value * 100);
    }

    private static Q Difference(Q a, Q b) => a.Gap is not null ? a : b.Gap is not null ? b : Q.Of(a.Value - b.Value);
}
