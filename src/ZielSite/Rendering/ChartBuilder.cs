using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Indicators;

namespace ZielSite.Rendering;

/// <summary>
/// The charts of a region page, each with a stable id, caption, alternative text and a table of every plotted
/// value. Built from the page's <see cref="RegionYearResult"/> and the region's results of other years only
/// (no computation from raw data). A chart without any value is left out.
/// </summary>
public static partial class ChartBuilder
{
    /// <param name="history">Results of the same region for all years (any order); used for last year's stock and the 12-month series.</param>
    public static IReadOnlyList<ChartView> Build(RegionYearResult r, IReadOnlyList<RegionYearResult> history, string totalName)
    {
        var previous = history.FirstOrDefault(h => h.Year == r.Year - 1);
        var charts = new List<ChartView?>
        {
            Integrationen(r),
            K2ByGender(r),
            Lzb(r, previous),
            K2Rolling(r, history, totalName),
            K1(r),
        };
        return charts.Where(c => c is not null).Select(c => c!).ToList();
    }

    private static ChartView? Integrationen(RegionYearResult r)
    {
        var now = Series(r, ValueKeys.Integrationen);
        var prev = Series(r, ValueKeys.IntegrationenPrev);
        var series = new List<ChartSeries>
        {
            new(Year(r.Year), now, ChartStyle.Current),
            new(Year(r.Year - 1), prev, ChartStyle.Previous),
        };
        var target = TargetOf(r, TargetKeys.Integrationen);
        if (target is not null)
            series.Add(new($"Zielpfad ({GermanFormat.Threshold(target.Operator, target.Value, target.Unit)})",
                prev.Select(p => p * (1 + target.Value / 100)).ToList(), ChartStyle.Target));
        return Chart(r, "chart-integrationen", "Integrationen seit Januar",
            $"Integrationen seit Januar (aufsummiert) {Year(r.Year)} und {Year(r.Year - 1)}" +
            (target is null ? "." : ", mit Zielpfad: Vorjahreswert des Monats × (1 + Zielwert)."),
            series, "Integrationen", ",.0f", "", GermanFormat.Integer);
    }

    private static ChartView? K2ByGender(RegionYearResult r)
    {
        var series = new List<ChartSeries>
        {
            new("Frauen", Series(r, ValueKeys.K2F), ChartStyle.Women),
            new("Männer", Series(r, ValueKeys.K2M), ChartStyle.Men),
            new("insgesamt", Series(r, ValueKeys.K2), ChartStyle.Current),
        };
        return Chart(r, "chart-k2-geschlecht", "Integrationsquote von Frauen und Männern",
            $"Integrationsquote (K2) als Jahresfortschrittswert {Year(r.Year)}, Frauen, Männer und insgesamt, in Prozent.",
            series, "Integrationsquote in %", ",.1f", " %", v => GermanFormat.Percent(v));
    }

    private static ChartView? Lzb(RegionYearResult r, RegionYearResult? previous)
    {
        var now = Series(r, ValueKeys.Lzb);
        var prev = new List<double?>();
        for (var i = 0; i < r.ByMonth.Count; i++)
        {
            double? p = previous is not null && i < previous.ByMonth.Count ? previous.ByMonth[i][ValueKeys.Lzb] : null;
            // Without last year's result, last year's stock follows from the monthly change (K3 of the month).
            if (p is null && now[i] is { } n && r.ByMonth[i][ValueKeys.LzbChange] is { } c && c > -100) p = n / (1 + c / 100);
            prev.Add(p);
        }
        var series = new List<ChartSeries>
        {
            new(Year(r.Year), now, ChartStyle.Current),
            new(Year(r.Year - 1), prev, ChartStyle.Previous),
        };
        var target = TargetOf(r, TargetKeys.K3);
        var meanPrev = previous is { IsFinal: true } ? previous.Current[ValueKeys.LzbMean] : r.Current[ValueKeys.LzbMeanPrev];
        if (target is not null && meanPrev is { } m)
            series.Add(new($"Zielniveau ({GermanFormat.Threshold(target.Operator, target.Value, target.Unit)})",
                now.Select(_ => (double?)(m * (1 + target.Value / 100))).ToList(), ChartStyle.Target));
        return Chart(r, "chart-lzb", "Langzeitleistungsbeziehende",
            $"Bestand an Langzeitleistungsbeziehenden je Monat {Year(r.Year)} und {Year(r.Year - 1)}" +
            (target is null ? "." : ", mit Zielniveau: Durchschnitt des Vorjahres × (1 + Zielwert)."),
            series, "Personen", ",.0f", "", GermanFormat.Integer);
    }

    private static ChartView? K1(RegionYearResult r)
    {
        static List<double?> Millions(List<double?> v) => v.Select(x => x / 1_000_000).ToList();
        var series = new List<ChartSeries>
        {
            new($"Lebensunterhalt {Year(r.Year)}", Millions(Series(r, ValueKeys.Llu)), ChartStyle.Current),
            new($"Lebensunterhalt {Year(r.Year - 1)}", Millions(Series(r, ValueKeys.LluPrev)), ChartStyle.Previous),
            new($"Unterkunft und Heizung {Year(r.Year)}", Millions(Series(r, ValueKeys.Kdu)), ChartStyle.Women),
            new($"Unterkunft und Heizung {Year(r.Year - 1)}", Millions(Series(r, ValueKeys.KduPrev)), ChartStyle.Total),
        };
        return Chart(r, "chart-k1", "Leistungen zum Lebensunterhalt und für Unterkunft",
            $"Ausgaben seit Januar (aufsummiert) für Leistungen zum Lebensunterhalt (K1) und für Unterkunft und Heizung (K1E1), {Year(r.Year)} und {Year(r.Year - 1)}, in Millionen Euro (Beobachtung, kein Ziel).",
            series, "Millionen €", ",.2f", " Mio. €", v => GermanFormat.Number(v, 2) + GermanFormat.UnitSpace + "Mio.\u00A0€");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static Target? TargetOf(RegionYearResult r, string key) =>
        r.Agreement?.Targets.FirstOrDefault(t => t.Key == key && !t.IsLevel); // a level target draws no path of changes

    private static List<double?> Series(RegionYearResult r, string key) => r.ByMonth.Select(s => s[key]).ToList();
}
