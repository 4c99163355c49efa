namespace ZielSite.Inputs;

/// <summary>
/// All monthly base counts of a project, read-only. One dense series per (region, measure) over the months
/// <see cref="First"/>..<see cref="Last"/>; a month without a value is missing (null), never zero.
/// The synthetic region <see cref="TotalKey"/> is the sum of all regions' base counts where every region
/// has a value for that month (a month missing for any region is missing in the total).
/// </summary>
public sealed class ObservationTable
{
    /// <summary>Key of the total over all regions ("alle zkT" of the project).</summary>
    public const string TotalKey = "*";

    private readonly Dictionary<string, double[][]> _series;

    internal ObservationTable(YearMonth first, YearMonth last, Dictionary<string, double[][]> series)
    {
        First = first;
        Last = last;
        _series = series;
    }

    public static ObservationTable Empty { get; } = new(new YearMonth(2000, 1), new YearMonth(1999, 12), new());

    /// <summary>First month of any value.</summary>
    public YearMonth First { get; }

    /// <summary>Last month of any value.</summary>
    public YearMonth Last { get; }

    public bool IsEmpty => Last < First;

    /// <summary>The AGS of regions with at least one value (without the total), ordinal order.</summary>
    public IEnumerable<string> Regions => _series.Keys.Where(k => k != TotalKey).Order(StringComparer.Ordinal);

    public bool HasRegion(string ags) => _series.ContainsKey(ags);

    /// <summary>The value, or null where the month has none (or lies outside the data).</summary>
    public double? Get(string ags, Measure measure, YearMonth month)
    {
        if (!_series.TryGetValue(ags, out var byMeasure)) return null;
        var i = month.Index - First.Index;
        var s = byMeasure[(int)measure];
        if (i < 0 || i >= s.Length) return null;
        var v = s[i];
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>The last month in <paramref name="year"/> for which the region has any value, or null.</summary>
    public int? LatestMonth(string ags, int year)
    {
        if (!_series.TryGetValue(ags, out var byMeasure)) return null;
        for (var m = 12; m >= 1; m--)
        {
            var i = new YearMonth(year, m).Index - First.Index;
            if (i < 0 || i >= byMeasure[0].Length) continue;
            foreach (var s in byMeasure)
                if (!double.IsNaN(s[i])) return m;
        }
        return null;
    }

    /// <summary>Builds a table; adds values one at a time, then <see cref="Build"/> freezes it and adds the total.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<(string Ags, Measure Measure, int Index), double> _values = new();

        public int Count => _values.Count;

        /// <summary>Sets a value; returns false (and keeps the first) when the cell already has one.</summary>
        public bool TryAdd(string ags, Measure measure, YearMonth month, double value) =>
            _values.TryAdd((ags, measure, month.Index), value);

        public bool TryGet(string ags, Measure measure, YearMonth month, out double value) =>
            _values.TryGetValue((ags, measure, month.Index), out value);

        public ObservationTable Build()
        {
            if (_values.Count == 0) return Empty;
            var min = int.MaxValue;
            var max = int.MinValue;
            foreach (var key in _values.Keys)
            {
                min = Math.Min(min, key.Index);
                max = Math.Max(max, key.Index);
            }
            var length = max - min + 1;
            var measures = MeasureNames.All.Count;
            var series = new Dictionary<string, double[][]>(StringComparer.Ordinal);
            foreach (var ((ags, measure, index), value) in _values)
            {
                if (!series.TryGetValue(ags, out var byMeasure))
                {
                    byMeasure = new double[measures][];
                    for (var m = 0; m < measures; m++) byMeasure[m] = NewMissing(length);
                    series[ags] = byMeasure;
                }
                byMeasure[(int)measure][index - min] = value;
            }
            series[TotalKey] = Total(series.Values, measures, length);
            return new ObservationTable(YearMonth.FromIndex(min), YearMonth.FromIndex(max), series);
        }

        private static double[][] Total(IEnumerable<double[][]> regions, int measures, int length)
        {
            var all = regions.ToList();
            var total = new double[measures][];
            for (var m = 0; m < measures; m++)
            {
                total[m] = new double[length];
                for (var i = 0; i < length; i++)
                {
                    var sum = 0.0;
                    foreach (var r in all)
                    {
                        var v = r[m][i];
                        if (double.IsNaN(v)) { sum = double.NaN; break; }
                        sum += v;
                    }
                    total[m][i] = sum;
                }
            }
            return total;
        }

        private static double[] NewMissing(int length)
        {
            var a = new double[length];
            Array.Fill(a, double.NaN);
            return a;
        }
    }
}
