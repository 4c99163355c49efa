namespace ZielSite.Inputs;

/// <summary>
/// All monthly base counts of a project, read-only. One dense series per (region, measure) over the months
/// <see cref="First"/>..<see cref="Last"/>; a month without a value is missing (null), never zero.
/// The synthetic region <see cref="TotalKey"/> is the sum of all regions' base counts where every region
/// has a value for that month (a month missing for any region is missing in the total).
/// </summary>
public sealed partial class ObservationTable
{
    /// <summary>Key of the total over all regions ("alle zkT" of the project).</summary>
    public const string TotalKey = "*";

    private readonly Dictionary<string, double[][]> _series;

    /// <summary>Per AGS, the cells withheld for statistical secrecy ("*", "x") that have no value, by month then measure.</summary>
    private Dictionary<string, (Measure Measure, YearMonth Month)[]> _withheld = new(StringComparer.Ordinal);

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

    /// <summary>True when the data has any withheld cell.</summary>
    public bool HasWithheld => _withheld.Count > 0;

    /// <summary>The region's cells withheld for statistical secrecy (missing, with a reason), by month then measure.</summary>
    public IReadOnlyList<(Measure Measure, YearMonth Month)> WithheldOf(string ags) =>
        _withheld.TryGetValue(ags, out var w) ? w : [];

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

    /// <summary>
    /// True where the region's data begins with the December before <paramref name="year"/>'s successor and
    /// nothing else of <paramref name="year"/>: that month only serves as the shifted denominator of the next
    /// year (K2 of January needs the ELB stock of December), so the year itself has nothing to show.
    /// </summary>
    public bool IsDenominatorOnlyYear(string ags, int year)
    {
        if (LatestMonth(ags, year) != 12 || LatestMonth(ags, year - 1) is not null) return false;
        var byMeasure = _series[ags];
        for (var m = 1; m <= 11; m++)
        {
            var i = new YearMonth(year, m).Index - First.Index;
            if (i < 0 || i >= byMeasure[0].Length) continue;
            foreach (var s in byMeasure)
                if (!double.IsNaN(s[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// The dense series of a region (one array per <see cref="Measure"/>, element 0 = <see cref="First"/>,
    /// NaN = missing), or null. For the calculators; callers must not change the arrays.
    /// </summary>
    internal double[][]? SeriesOf(string ags) => _series.TryGetValue(ags, out var s) ? s : null;
}
