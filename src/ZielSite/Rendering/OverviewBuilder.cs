using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Indicators;

namespace ZielSite.Rendering;

/// <summary>Builds the overview of a year: columns are the target keys any region has that year, in display order.</summary>
public static class OverviewBuilder
{
    public static OverviewPageView Build(int year, IReadOnlyList<RegionYearResult> results, IReadOnlyList<int> years)
    {
        var keys = results.SelectMany(r => r.Verdicts).Select(v => v.Target.Key).Distinct()
            .OrderBy(TargetKeys.Order).ThenBy(k => k, StringComparer.Ordinal).ToList();
        var columns = keys.Select(k => new OverviewColumn(k, IndicatorLabels.Short(k))).ToList();
        var rows = results
            .OrderBy(r => r.Region.Name, StringComparer.Ordinal)
            .Select(r => new OverviewRow(r.Region, $"{r.Year}/{r.Region.Slug}/index.html", RegionPageBuilder.Stand(r), r.Agreement is not null,
                keys.Select(k => r.Verdicts.FirstOrDefault(v => v.Target.Key == k) is { } v ? RegionPageBuilder.TargetRowOf(v) : null).ToList(),
                r.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)), r.Verdicts.Count))
            .ToList();
        var links = years.Select(y => new NavLink(y.ToString(CultureInfo.InvariantCulture), y == year ? null : $"{y}/index.html")).ToList();
        return new OverviewPageView(year, columns, rows, links, results.All(r => r.IsFinal));
    }
}
