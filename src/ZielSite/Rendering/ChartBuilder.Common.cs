using ZielSite.Indicators;

namespace ZielSite.Rendering;

public static partial class ChartBuilder
{
    private static ChartView? K2Rolling(RegionYearResult r, IReadOnlyList<RegionYearResult> history, string totalName)
    {
        var points = new SortedDictionary<int, (double? Region, double? Total)>();
        foreach (var h in history.Where(h => h.Year <= r.Year).OrderBy(h => h.Year))
        {
            for (var i = 0; i < h.ByMonth.Count; i++)
            {
                var month = h.ByMonth[i].Month is >= 1 and <= 12 ? h.ByMonth[i].Month : i + 1;
                double? total = i < h.TotalByMonth.Count ? h.TotalByMonth[i][ValueKeys.K2Rolling] : null;
                points[h.Year * 12 + month - 1] = (h.ByMonth[i][ValueKeys.K2Rolling], total);
            }
        }
        if (points.Count == 0) return null;
        var labels = points.Keys.Select(k => GermanFormat.MonthShort(k % 12 + 1) + " " + (k / 12).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var series = new List<ChartSeries>
        {
            new(r.Region.Name, points.Values.Select(p => p.Region).ToList(), ChartStyle.Current),
            new(totalName, points.Values.Select(p => p.Total).ToList(), ChartStyle.Total),
        };
        return ChartFromLabels("chart-k2-verlauf", "Integrationsquote im Zeitverlauf",
            $"Integrationsquote (K2) der jeweils letzten 12 Monate, {r.Region.Name} und {totalName}, in Prozent.",
            labels, series, "Integrationsquote in %", ",.1f", " %", v => GermanFormat.Percent(v));
    }

    /// <summary>A chart over the months January..Stand of the page's year.</summary>
    private static ChartView? Chart(RegionYearResult r, string id, string title, string caption, IReadOnlyList<ChartSeries> series,
        string yTitle, string valueFormat, string suffix, Func<double, string> cell)
    {
        var labels = Enumerable.Range(1, r.ByMonth.Count).Select(GermanFormat.MonthShort).ToList();
        return ChartFromLabels(id, title, caption, labels, series, yTitle, valueFormat, suffix, cell);
    }

    private static ChartView? ChartFromLabels(string id, string title, string caption, IReadOnlyList<string> labels,
        IReadOnlyList<ChartSeries> series, string yTitle, string valueFormat, string suffix, Func<double, string> cell)
    {
        var withValues = series.Where(s => s.Values.Any(v => v is not null)).ToList();
        if (withValues.Count == 0) return null;
        var rows = labels.Select((label, i) => new DataRowView(label,
            withValues.Select(s => i < s.Values.Count && s.Values[i] is { } v ? cell(v) : TemplateFunctions.Missing).ToList())).ToList();
        var table = new DataTableView(title + ": Werte", ["Monat", .. withValues.Select(s => s.Name)], rows);
        var aria = $"Diagramm: {title}. Alle Werte stehen in der Tabelle zum Diagramm.";
        return new ChartView(id, title, caption, aria, table, FigureJson.Write(labels, withValues, yTitle, valueFormat, suffix));
    }
}
