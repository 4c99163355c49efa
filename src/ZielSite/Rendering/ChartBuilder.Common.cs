using System.Globalization;
using ZielSite.Indicators;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Rendering;

internal static partial class ChartBuilder
{
    /// <summary>
    /// K2 of the last 12 months for every month with a value up to the page's Stand, region and total, on a date
    /// axis with one tick per year; months without any value are left out (no empty stretch before the first data).
    /// </summary>
    private static ChartView? K2Rolling(RegionYearResult r, IReadOnlyList<RegionYearResult> history, string totalName)
    {
        var points = new SortedDictionary<int, (double? Region, double? Total)>();
        foreach (var h in history.Where(h => h.Year <= r.Year).OrderBy(h => h.Year))
        {
            for (var i = 0; i < h.ByMonth.Count; i++)
            {
                var month = h.ByMonth[i].Month is >= 1 and <= 12 ? h.ByMonth[i].Month : i + 1;
                double? total = i < h.TotalByMonth.Count ? h.TotalByMonth[i][ValueKeys.K2Rolling] : null;
                var region = h.ByMonth[i][ValueKeys.K2Rolling];
                if (region is null && total is null) continue;
                points[h.Year * 12 + month - 1] = (region, total);
            }
        }
        if (points.Count == 0) return null;
        var inv = CultureInfo.InvariantCulture;
        var labels = points.Keys.Select(k => GermanFormat.MonthShort(k % 12 + 1) + " " + (k / 12).ToString(inv)).ToList();
        var dates = points.Keys.Select(k => (k / 12).ToString("D4", inv) + "-" + (k % 12 + 1).ToString("D2", inv) + "-01").ToList();
        var series = new List<ChartSeries>
        {
            new(r.Region.Name, points.Values.Select(p => p.Region).ToList(), ChartStyle.Current),
            new(totalName, points.Values.Select(p => p.Total).ToList(), ChartStyle.Total),
        };
        var (lastKey, last) = points.Last();
        var finding = $"{GermanFormat.MonthYear(lastKey / 12, lastKey % 12 + 1)}: " + string.Join(", ",
            new[] { (r.Region.Name, last.Region), (totalName, last.Total) }
                .Where(p => p.Item2 is not null).Select(p => $"{p.Item1} {GermanFormat.Percent(p.Item2!.Value)}")) + ". ";
        return ChartFromLabels("chart-k2-verlauf", "Integrationsquote im Zeitverlauf", finding.TrimEnd(),
            $"Integrationsquote (K2) der jeweils letzten 12 Monate, {r.Region.Name} und {totalName}, in Prozent, {labels[0]} bis {labels[^1]}.",
            labels, dates, series, "", ",.0f", ",.1f", " %", v => GermanFormat.Percent(v));
    }

    /// <summary>A chart over the months January..Stand of the page's year.</summary>
    private static ChartView? Chart(RegionYearResult r, string id, string title, string finding, string description, IReadOnlyList<ChartSeries> series,
        string yTitle, string tickFormat, string valueFormat, string suffix, Func<double, string> cell)
    {
        var labels = Enumerable.Range(1, r.ByMonth.Count).Select(GermanFormat.MonthShort).ToList();
        return ChartFromLabels(id, title, finding, description, labels, null, series, yTitle, tickFormat, valueFormat, suffix, cell);
    }

    /// <param name="dates">ISO dates of the x positions for a date axis (yearly ticks), or null for the month labels as categories.</param>
    /// <param name="finding">What the chart shows, with its numbers ("Ziel verfehlt: …"); first in the caption and in the accessible name.</param>
    private static ChartView? ChartFromLabels(string id, string title, string finding, string description, IReadOnlyList<string> labels, IReadOnlyList<string>? dates,
        IReadOnlyList<ChartSeries> series, string yTitle, string tickFormat, string valueFormat, string suffix, Func<double, string> cell)
    {
        var withValues = series.Where(s => s.Values.Any(v => v is not null)).ToList();
        if (withValues.Count == 0) return null;
        var rows = labels.Select((label, i) => new DataRowView(label,
            withValues.Select(s => i < s.Values.Count && s.Values[i] is { } v ? cell(v) : TemplateFunctions.Missing).ToList())).ToList();
        var table = new DataTableView(title + ": Werte", ["Monat", .. withValues.Select(s => s.Name)], rows);
        var caption = finding.Length == 0 ? description : finding + " " + description;
        var aria = $"Diagramm: {title}. {(finding.Length == 0 ? "" : finding + " ")}Alle Werte stehen in der Tabelle zum Diagramm.";
        var figure = new FigureSpec(dates ?? labels, dates is not null, withValues, yTitle, tickFormat, valueFormat, suffix);
        return new ChartView(id, title, caption, aria, table, FigureJson.Write(figure));
    }
}
