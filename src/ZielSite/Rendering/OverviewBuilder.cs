using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>Builds the overview of a year: columns are the target keys any region has that year, in display order.</summary>
internal static class OverviewBuilder
{
    /// <param name="results">The year's results (any order).</param>
    /// <param name="map">The map of the site, or null (no map on the page).</param>
    public static OverviewPageView Build(int year, IReadOnlyList<RegionYearResult> results, IReadOnlyList<int> years, string totalName = "alle Regionen", MapView? map = null)
    {
        var keys = KeysOf(results);
        var kinds = keys.ToDictionary(k => k, k => results.SelectMany(r => r.Verdicts).Where(v => v.Target.Key == k).Select(v => v.Target.IsLevel).Distinct().ToList());
        string KindOf(string k) => kinds[k] switch { [true] => "Stand", [false] => "Veränderung", _ => "Veränderung oder Stand" };
        var columns = keys.Select(k => new OverviewColumn(k, IndicatorLabels.Short(k), GermanFormat.Unit(TargetKeys.Unit(k))) { Kind = KindOf(k) }).ToList();
        var month = CommonMonth(results);
        var rows = results
            .OrderBy(r => r.Region.Name, StringComparer.Ordinal)
            .Select(r => new OverviewRow(r.Region, $"{r.Region.Slug}/index.html", r.Agreement is not null,
                keys.Select(k => r.Verdicts.FirstOrDefault(v => v.Target.Key == k) is { } v ? CellOf(v, kinds[k].Count > 1) : null).ToList(),
                r.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)), r.Verdicts.Count,
                r.Month == month ? null : "Stand " + GermanFormat.MonthYear(r.Year, r.Month)))
            .ToList();
        var links = years.Select(y => new NavLink(y.ToString(CultureInfo.InvariantCulture), y == year ? null : $"{y}/index.html")).ToList();
        var reference = results.FirstOrDefault(r => r.Month == month);
        var total = new OverviewTotal(
            totalName,
            keys.Select(k => new OverviewTotalCell(
                reference is not null && ValueKeys.ActualFor(k) is { } key && reference.TotalCurrent[key] is { } x ? Display(x, TargetKeys.Unit(k)) : TemplateFunctions.Missing,
                results.Count(r => r.Verdicts.Any(v => v.Target.Key == k && VerdictLabels.IsPositive(v.Status))),
                results.Count(r => r.Verdicts.Any(v => v.Target.Key == k)))).ToList(),
            rows.Sum(r => r.Positive), rows.Sum(r => r.Count));
        var stand = reference is null ? "" : RegionPageBuilder.Stand(reference);
        return new OverviewPageView(year, columns, rows, links, results.All(r => r.IsFinal), stand, total, CsvFile(year), map);
    }

    /// <summary>The year CSV beside the overview: <c>uebersicht-2023.csv</c>.</summary>
    public static string CsvFile(int year) => $"uebersicht-{year.ToString(CultureInfo.InvariantCulture)}.csv";

    /// <summary>The target keys of the year's agreements, in display order.</summary>
    public static List<string> KeysOf(IEnumerable<RegionYearResult> results) =>
        results.SelectMany(r => r.Verdicts).Select(v => v.Target.Key).Distinct()
            .OrderBy(TargetKeys.Order).ThenBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>The Stand month most regions have (the latest of equally frequent ones); 12 for a year without results.</summary>
    public static int CommonMonth(IEnumerable<RegionYearResult> results) =>
        results.GroupBy(r => r.Month).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault(12);

    /// <param name="markKind">True in a column where levels and changes meet: the target says which it is.</param>
    public static OverviewCell CellOf(Verdict v, bool markKind = false)
    {
        var actual = v.Compared ?? v.Actual;
        var shown = actual is not { } a ? TemplateFunctions.Missing
            : v.Target.IsLevel ? VerdictLabels.ProjectedWord(v) + GermanFormat.TargetValue(v.Target, a) : Display(a, v.Target.Unit);
        var decimals = v.Target.Unit == "count" ? 0 : 1;
        return new OverviewCell(shown, ClassOf(v.Status), Word(v.Status))
        {
            Target = (markKind ? v.Target.IsLevel ? "Ziel (Stand) " : "Ziel (Veränderung) " : "Ziel ") + TargetDistance.Threshold(v.Target),
            Distance = TargetDistance.Of(v) is null ? "" : TargetDistance.Text(v),
            SortValue = actual is { } x && double.IsFinite(x) ? GermanFormat.Invariant(GermanFormat.Round(x, decimals)) : "",
            SortDistance = TargetDistance.Of(v) is { } d ? GermanFormat.Invariant(d) : "",
        };
    }

    /// <summary>A change as the overview shows it, in the site's words: "+10,6 %" or, for percentage points, "+0,3 Prozentpunkte".</summary>
    public static string Display(double value, string unit) => GermanFormat.Change(value, unit);

    /// <summary>The CSS class of a verdict in the overview (colour and symbol): met, miss, on, off, nd.</summary>
    public static string ClassOf(VerdictStatus s) => s switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.Missed => "miss",
        VerdictStatus.OnTrack => "on",
        VerdictStatus.OffTrack => "off",
        _ => "nd",
    };

    /// <summary>The verdict's word without the Stand (it is shown once on the page): "erreicht", "nicht auf Kurs" …</summary>
    public static string Word(VerdictStatus s) => VerdictLabels.Word(s);
}
