using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// The charts of a region page, each with a stable id, a caption that states the finding with its numbers
/// ("Ziel knapp verfehlt: −5,0 % statt höchstens −5,2 %"), the same in the accessible name, and a table of every
/// plotted value. Built from the page's <see cref="RegionYearResult"/> and the region's results of other years only
/// (no computation from raw data). A chart without any value is left out; a series without any value is neither
/// drawn nor named in the caption.
/// </summary>
internal static partial class ChartBuilder
{
    /// <param name="history">Results of the same region for all years (any order); used for the 12-month series.</param>
    public static IReadOnlyList<ChartView> Build(RegionYearResult r, IReadOnlyList<RegionYearResult> history, string totalName)
    {
        var charts = new List<ChartView?>
        {
            Integrationen(r, history),
            IntegrationenChange(r),
            K2ByGender(r, history),
            Lzb(r),
            K2Rolling(r, history, totalName),
            K1(r),
        };
        return charts.Where(c => c is not null).Select(c => c!).ToList();
    }

    /// <summary>
    /// The verdict in words with both numbers: "Ziel erreicht: +7,0 % bei mindestens +6,6 %", "Ziel knapp verfehlt:
    /// −5,0 % statt höchstens −5,2 %" (knapp: less than half a point off), "Auf Kurs (Stand Juni): …". A level target
    /// names the level ("Ziel erreicht: 1.714 bei mindestens 612 Integrationen"); before December the level it is
    /// judged on is the projected year's value ("Auf Kurs (Stand Juni): hochgerechnet 640 bei mindestens 612 Integrationen").
    /// The threshold is the site's own text (<see cref="GermanFormat.Threshold(Target)"/>).
    /// </summary>
    public static string Finding(Verdict v)
    {
        var t = v.Target;
        if ((v.Compared ?? v.Actual) is not { } actual) return "Für die Bewertung fehlen Werte.";
        var a = GermanFormat.TargetValue(t, actual);
        var threshold = GermanFormat.Threshold(t);
        var close = Math.Abs(actual - t.Value) < 0.5 ? "knapp " : "";
        var month = GermanFormat.MonthName(v.Month);
        var projected = VerdictLabels.ProjectedWord(v);
        return v.Status switch
        {
            VerdictStatus.Met => $"Ziel erreicht: {a} bei {threshold}",
            VerdictStatus.Missed => $"Ziel {close}verfehlt: {a} statt {threshold}",
            VerdictStatus.OnTrack => $"Auf Kurs (Stand {month}): {projected}{a} bei {threshold}",
            VerdictStatus.OffTrack => $"Nicht auf Kurs (Stand {month}): {projected}{a} statt {threshold}",
            _ => "Für die Bewertung fehlen Werte.",
        };
    }

    private static ChartView? Integrationen(RegionYearResult r, IReadOnlyList<RegionYearResult> history)
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
            series.Add(new($"Zielpfad ({GermanFormat.Threshold(target)})",
                prev.Select(p => p * (1 + target.Value / 100)).ToList(), ChartStyle.Target));
        var levels = LevelLines(r, history, [TargetKeys.Integrationen], now.Count);
        series.AddRange(levels.Select(l => l.Line));
        var c = r.Current;
        var finding = Findings(r, TargetKeys.Integrationen);
        var level = c[ValueKeys.Integrationen] is { } n
            ? $"{GermanFormat.MonthRange(r.Month)} {Year(r.Year)}: {GermanFormat.Integer(n)} Integrationen" +
              (c[ValueKeys.IntegrationenPrev] is { } p0 ? $", {Year(r.Year - 1)}: {GermanFormat.Integer(p0)}" : "") +
              (target is null && c[ValueKeys.IntegrationenChange] is { } ch ? $" ({GermanFormat.SignedPercent(ch)})" : "") + ". "
            : "";
        return Chart(r, "chart-integrationen", "Integrationen seit Januar", (finding + level).TrimEnd(),
            $"Integrationen seit Januar (aufsummiert) {Years(r, prev)}" +
            (target is null ? "" : ", mit Zielpfad: Vorjahreswert des Monats × (1 + Zielwert)") +
            (levels.Count == 0 ? "." : ", mit Zielpfad: " + LevelPathRule(history, r, [TargetKeys.Integrationen], "zur vereinbarten Zahl") + "."),
            series, "Integrationen", ",.0f", ",.0f", "", GermanFormat.Integer);
    }

    /// <summary>
    /// What the Integrationen target is judged on, month by month: the change of the sum since January against the same
    /// months of last year, in %, with the target as a line and zero marked. A cumulative chart of counts shows two
    /// curves close together however far the change is from the target; this one shows by how much.
    /// </summary>
    private static ChartView? IntegrationenChange(RegionYearResult r)
    {
        var target = TargetOf(r, TargetKeys.Integrationen);
        if (target is null) return null;
        var change = Series(r, ValueKeys.IntegrationenChange);
        var series = new List<ChartSeries>
        {
            new($"Veränderung {Year(r.Year)} gegenüber {Year(r.Year - 1)}", change, ChartStyle.Current),
            new($"Ziel ({GermanFormat.Threshold(target)})", Enumerable.Repeat<double?>(target.Value, change.Count).ToList(), ChartStyle.Target),
        };
        var finding = Findings(r, TargetKeys.Integrationen);
        return Chart(r, "chart-integrationen-veraenderung", "Integrationen: Veränderung gegenüber dem Vorjahr", finding.TrimEnd(),
            $"Veränderung der Integrationen seit Januar gegenüber denselben Monaten {Year(r.Year - 1)}, in Prozent, Monat für Monat, " +
            "mit dem vereinbarten Zielwert als Linie; die Achse schließt 0 und den Zielwert ein.",
            series, "", "+,.0f", "+,.1f", " %", v => GermanFormat.SignedPercent(v));
    }

    private static ChartView? K2ByGender(RegionYearResult r, IReadOnlyList<RegionYearResult> history)
    {
        var series = new List<ChartSeries>
        {
            new("Frauen", Series(r, ValueKeys.K2F), ChartStyle.Women),
            new("Männer", Series(r, ValueKeys.K2M), ChartStyle.Men),
            new("insgesamt", Series(r, ValueKeys.K2), ChartStyle.Current),
        };
        var c = r.Current;
        var parts = new List<string>();
        if (c[ValueKeys.K2F] is { } f) parts.Add("Frauen " + GermanFormat.Percent(f));
        if (c[ValueKeys.K2M] is { } m) parts.Add("Männer " + GermanFormat.Percent(m));
        if (c[ValueKeys.K2] is { } k) parts.Add("insgesamt " + GermanFormat.Percent(k));
        var finding = parts.Count == 0 ? "" : $"{GermanFormat.MonthYear(r.Year, r.Month)}: {string.Join(", ", parts)}" +
            (c[ValueKeys.K2Gap] is { } gap ? $"; Abstand {GermanFormat.Number(gap)}{GermanFormat.UnitSpace}Prozentpunkte" : "") + ". ";
        if (VerdictOf(r, TargetKeys.K2Gap) is { } v) finding += "Abstand: " + Finding(v) + ". ";
        var levels = LevelLines(r, history, [ValueKeys.K2F, ValueKeys.K2M, ValueKeys.K2], r.ByMonth.Count);
        series.AddRange(levels.Select(l => l.Line));
        foreach (var verdict in levels.Select(l => l.Verdict).OfType<Verdict>())
            finding += (verdict.Target.Key == ValueKeys.K2 ? "Insgesamt" : Group(verdict.Target.Key)) + ": " + Finding(verdict) + ". ";
        return Chart(r, "chart-k2-geschlecht", "Integrationsquote von Frauen und Männern", finding.TrimEnd(),
            $"Integrationsquote (K2) als Jahresfortschrittswert {Year(r.Year)}, Frauen, Männer und insgesamt, in Prozent" +
            (levels.Count == 0 ? "." : (levels.Count == 1 ? ", mit Zielpfad: " : ", mit Zielpfaden: ") + LevelPathRule(history, r, [ValueKeys.K2F, ValueKeys.K2M, ValueKeys.K2], levels.Count == 1 ? "zur vereinbarten Quote" : "zu den vereinbarten Quoten") + "."),
            series, "", ",.0f", ",.1f", " %", v => GermanFormat.Percent(v));
    }

    /// <summary>
    /// The K3 target compares the mean stock of January..M with the same months of the previous year, so the chart
    /// draws that mean month by month (in December: the annual mean), last year's mean, and the target path
    /// (last year's mean × (1 + target)); the monthly stock itself is in the monitoring table.
    /// </summary>
    private static ChartView? Lzb(RegionYearResult r)
    {
        var now = Series(r, ValueKeys.LzbMean);
        var prev = Series(r, ValueKeys.LzbMeanPrev);
        var series = new List<ChartSeries>
        {
            new($"Durchschnitt {Year(r.Year)}", now, ChartStyle.Current),
            new($"Durchschnitt {Year(r.Year - 1)}", prev, ChartStyle.Previous),
        };
        var target = TargetOf(r, TargetKeys.K3);
        if (target is not null)
            series.Add(new($"Zielpfad ({GermanFormat.Threshold(target)})",
                prev.Select(p => p * (1 + target.Value / 100)).ToList(), ChartStyle.Target));
        var c = r.Current;
        var finding = VerdictOf(r, TargetKeys.K3) is { } v ? Finding(v) + ". " : "";
        var level = c[ValueKeys.LzbMean] is { } mean
            ? $"Durchschnitt {GermanFormat.MonthRange(r.Month)} {Year(r.Year)}: {GermanFormat.Integer(mean)}" +
              (c[ValueKeys.LzbMeanPrev] is { } p0 ? $", {Year(r.Year - 1)}: {GermanFormat.Integer(p0)}" : "") + ". "
            : "";
        return Chart(r, "chart-lzb", "Langzeitleistungsbeziehende im Durchschnitt", (finding + level).TrimEnd(),
            $"Durchschnittlicher Bestand an Langzeitleistungsbeziehenden von Januar bis zum jeweiligen Monat, {Years(r, prev)}" +
            (target is null ? "." : ", mit Zielpfad: Vorjahresdurchschnitt × (1 + Zielwert). Das Ziel vergleicht den Durchschnitt, nicht den Bestand eines Monats."),
            series, "Personen", ",.0f", ",.0f", "", GermanFormat.Integer);
    }

    private static ChartView? K1(RegionYearResult r)
    {
        static List<double?> Millions(List<double?> v) => v.Select(x => x / 1_000_000).ToList();
        var lluPrev = Series(r, ValueKeys.LluPrev);
        var series = new List<ChartSeries>
        {
            new($"Lebensunterhalt {Year(r.Year)}", Millions(Series(r, ValueKeys.Llu)), ChartStyle.Current),
            new($"Lebensunterhalt {Year(r.Year - 1)}", Millions(lluPrev), ChartStyle.Previous),
            new($"Unterkunft und Heizung {Year(r.Year)}", Millions(Series(r, ValueKeys.Kdu)), ChartStyle.Women),
            new($"Unterkunft und Heizung {Year(r.Year - 1)}", Millions(Series(r, ValueKeys.KduPrev)), ChartStyle.Total),
        };
        var c = r.Current;
        static string Mio(double v) => GermanFormat.Number(v / 1_000_000, 2) + GermanFormat.UnitSpace + "Mio.\u00A0€";
        var parts = new List<string>();
        if (c[ValueKeys.Llu] is { } llu) parts.Add("Lebensunterhalt " + Mio(llu) + (c[ValueKeys.K1Change] is { } k1 ? $" ({GermanFormat.SignedPercent(k1)})" : ""));
        if (c[ValueKeys.Kdu] is { } kdu) parts.Add("Unterkunft und Heizung " + Mio(kdu) + (c[ValueKeys.K1E1Change] is { } k1e1 ? $" ({GermanFormat.SignedPercent(k1e1)})" : ""));
        var finding = parts.Count == 0 ? "" : $"{GermanFormat.MonthRange(r.Month)} {Year(r.Year)}: {string.Join(", ", parts)}. ";
        return Chart(r, "chart-k1", "Leistungen zum Lebensunterhalt und für Unterkunft", finding.TrimEnd(),
            $"Ausgaben seit Januar (aufsummiert) für Leistungen zum Lebensunterhalt (K1) und für Unterkunft und Heizung (K1E1), {Years(r, lluPrev)}, in Millionen Euro (Beobachtung, kein Ziel).",
            series, "", ",.0f", ",.2f", " Mio. €", v => GermanFormat.Number(v, 2) + GermanFormat.UnitSpace + "Mio.\u00A0€");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"2023 und 2022", or only "2023" where last year's series has no value (and is not drawn).</summary>
    private static string Years(RegionYearResult r, IReadOnlyList<double?> previous) =>
        previous.Any(v => v is not null) ? $"{Year(r.Year)} und {Year(r.Year - 1)}" : Year(r.Year);

    private static Target? TargetOf(RegionYearResult r, string key) =>
        r.Agreement?.Targets.FirstOrDefault(t => t.Key == key && !t.IsLevel); // a level target draws no path of changes

    private static Verdict? VerdictOf(RegionYearResult r, string key) =>
        r.Verdicts.FirstOrDefault(v => v.Target.Key == key);

    /// <summary>The findings of every target on <paramref name="key"/> (a change and a level target may both name it), each ending in ". ".</summary>
    private static string Findings(RegionYearResult r, string key) =>
        string.Concat(r.Verdicts.Where(v => v.Target.Key == key).Select(v => Finding(v) + ". "));

    /// <summary>
    /// The level targets on <paramref name="keys"/> (in that order) as paths to the agreed level in December over the
    /// <paramref name="count"/> months drawn, named with the site's threshold text ("Zielpfad Frauen (mindestens 24,0 %
    /// im Dezember)"), each with its verdict. A year-to-date figure grows through the year, so a line at the December
    /// level would make every month before December look like a miss: the path follows last year's course instead
    /// (<see cref="LevelPath"/>), the same rule the projection judges by.
    /// </summary>
    private static List<(ChartSeries Line, Verdict? Verdict)> LevelLines(RegionYearResult r, IReadOnlyList<RegionYearResult> history, IReadOnlyList<string> keys, int count)
    {
        var lines = new List<(ChartSeries, Verdict?)>();
        var previous = PreviousYear(history, r);
        foreach (var key in keys)
        {
            foreach (var t in r.Agreement?.Targets.Where(t => t.IsLevel && t.Key == key) ?? [])
            {
                var group = Group(key);
                var name = $"Zielpfad{(group.Length == 0 ? "" : " " + group)} ({GermanFormat.Threshold(t)} im Dezember)";
                // Each group's line its own dash (and colour), so that two target lines can be told apart without colour.
                var style = key switch { ValueKeys.K2F => ChartStyle.TargetWomen, ValueKeys.K2M => ChartStyle.TargetMen, _ => ChartStyle.Target };
                lines.Add((new ChartSeries(name, LevelPath(previous, key, t.Value, count), style),
                    r.Verdicts.FirstOrDefault(v => v.Target == t)));
            }
        }
        return lines;
    }

    /// <summary>The previous year's result of the region when it is complete (all twelve months with values), else null.</summary>
    private static RegionYearResult? PreviousYear(IReadOnlyList<RegionYearResult> history, RegionYearResult r) =>
        history.FirstOrDefault(h => h.Year == r.Year - 1 && h.ByMonth.Count == 12);

    /// <summary>
    /// The path of a year-to-date figure to <paramref name="target"/> in December: last year's value of each month
    /// scaled so that December is the target (x(t−1, m) × target ÷ x(t−1, Dec)); without last year's values, the
    /// straight line from zero (target × m ÷ 12).
    /// </summary>
    internal static List<double?> LevelPath(RegionYearResult? previous, string key, double target, int count) =>
        HasCourse(previous, key, count)
            ? previous!.ByMonth.Take(count).Select(m => (double?)(m[key]!.Value * target / previous.ByMonth[11][key]!.Value)).ToList()
            : Enumerable.Range(1, count).Select(m => (double?)(target * m / 12)).ToList();

    private static bool HasCourse(RegionYearResult? previous, string key, int count) =>
        previous is { ByMonth.Count: 12 } && previous.ByMonth[11][key] is > 0 && previous.ByMonth.Take(count).All(m => m[key] is not null);

    /// <summary>How the level paths of a chart on <paramref name="keys"/> are drawn, in words for its caption.</summary>
    private static string LevelPathRule(IReadOnlyList<RegionYearResult> history, RegionYearResult r, IReadOnlyList<string> keys, string what)
    {
        var previous = PreviousYear(history, r);
        var levelKeys = keys.Where(k => r.Agreement?.Targets.Any(t => t.IsLevel && t.Key == k) == true).ToList();
        return levelKeys.All(k => HasCourse(previous, k, r.ByMonth.Count))
            ? $"der Weg {what} im Dezember im Verlauf des Vorjahres (Vorjahreswert des Monats × Zielwert ÷ Vorjahreswert im Dezember)"
            : $"der gleichmäßige Weg {what} im Dezember (Zielwert × Monat ÷ 12)";
    }

    /// <summary>The group a level target of the K2 chart is about: "Frauen", "Männer", "insgesamt"; "" for the other keys.</summary>
    private static string Group(string key) => key switch
    {
        ValueKeys.K2F => "Frauen",
        ValueKeys.K2M => "Männer",
        ValueKeys.K2 => "insgesamt",
        _ => "",
    };

    private static List<double?> Series(RegionYearResult r, string key) => r.ByMonth.Select(s => s[key]).ToList();
}
