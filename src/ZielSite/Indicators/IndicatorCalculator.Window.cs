using ZielSite.Inputs;

namespace ZielSite.Indicators;

public static partial class IndicatorCalculator
{
    /// <summary>A value, or the reason it is missing (<see cref="Gap"/> not null).</summary>
    private readonly record struct Q(double Value, ValueGap? Gap)
    {
        public static Q Of(double value) => new(value, null);

        public static Q Missing(ValueGap gap) => new(double.NaN, gap);
    }

    /// <summary>Reads sums, means and single months of one region's dense series; month arguments are <see cref="YearMonth.Index"/> values.</summary>
    private readonly struct Window(double[][]? series, int firstIndex, IReadOnlyList<(Measure Measure, YearMonth Month)>? withheld = null)
    {
        public Q At(Measure measure, int month)
        {
            var v = Raw(measure, month);
            return double.IsNaN(v) ? Gap(measure, month) : Q.Of(v);
        }

        /// <summary>Σ of months <paramref name="from"/>..<paramref name="to"/> (inclusive), added in month order.</summary>
        public Q Sum(Measure measure, int from, int to)
        {
            var sum = 0.0;
            for (var m = from; m <= to; m++)
            {
                var v = Raw(measure, m);
                if (double.IsNaN(v)) return Gap(measure, m);
                sum += v;
            }
            return Q.Of(sum);
        }

        /// <summary>Arithmetic mean of months <paramref name="from"/>..<paramref name="to"/>: their sum / their number.</summary>
        public Q Mean(Measure measure, int from, int to)
        {
            var sum = Sum(measure, from, to);
            return sum.Gap is null ? Q.Of(sum.Value / (to - from + 1)) : sum;
        }

        /// <summary>
        /// The JFW quota at month <paramref name="end"/> of the year starting at <paramref name="jan"/>:
        /// Σ flow Jan..M / mean stock Dec(t−1)..(M−1) × 100.
        /// </summary>
        public Q Quota(Measure flow, Measure stock, int jan, int end) =>
            Percent(Sum(flow, jan, end), Mean(stock, jan - 1, end - 1), stock, end - 1);

        private double Raw(Measure measure, int month)
        {
            if (series is null) return double.NaN;
            var s = series[(int)measure];
            var i = month - firstIndex;
            return i < 0 || i >= s.Length ? double.NaN : s[i];
        }

        private Q Gap(Measure measure, int month)
        {
            var m = YearMonth.FromIndex(month);
            var kind = withheld is { Count: > 0 } w && w.Contains((measure, m)) ? ValueGapKind.Withheld : ValueGapKind.MissingMonth;
            return Q.Missing(new ValueGap(kind, measure, m));
        }
    }
}
