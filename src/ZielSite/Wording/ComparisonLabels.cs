using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Indicators;

namespace ZielSite.Wording;

/// <summary>
/// The words of the comparison figure of a region page (all regions on one target): the axis title, the period
/// compared, the caption, the sentence a screen reader hears, and the words for a missing value, target or rank.
/// </summary>
internal static class ComparisonLabels
{
    /// <summary>The word after a projected value: "hochgerechnet" (a level target before December).</summary>
    public const string Projected = VerdictLabels.Projected;

    /// <summary>In the table where a region has no target on the figure's Kennzahl.</summary>
    public const string NoTarget = "kein Ziel vereinbart";

    /// <summary>The label of a target of the Land-level agreement, judged on the total.</summary>
    public const string LandTarget = "Landesziel";

    /// <summary>"Rang 7 von 18" (1 = best result in the direction of the Kennzahl).</summary>
    public static string Rank(int rank, int of) =>
        $"Rang {rank.ToString(CultureInfo.InvariantCulture)} von {of.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"keine Daten (Daten nur bis Mai 2025)": a region that has no value on the figure, with the reason.</summary>
    public static string NoData(string reason) => VerdictLabels.Word(VerdictStatus.NoData) + " (" + reason.TrimEnd('.') + ")";

    /// <summary>A value as a label in the figure: as <see cref="GermanFormat.TargetValue(string, string, double)"/>, but "−0,3 Pkt." for percentage points (it has to fit 320 px).</summary>
    public static string Short(string kind, string unit, double value) =>
        kind != TargetKinds.Level && unit == "pp" ? GermanFormat.Signed(value) + GermanFormat.UnitSpace + "Pkt." : GermanFormat.TargetValue(kind, unit, value);

    /// <summary>A target in a label of the figure: "Ziel ≥ +10,8 %", "Ziel ≤ 0,0 Pkt.".</summary>
    public static string ShortThreshold(Target t) =>
        (t.Operator == ">=" ? "≥ " : "≤ ") + Short(t.Kind, t.Unit, t.Value);

    /// <summary>A value on the figure in the terms of the target ("+2,0 %", "15,3 %"), "hochgerechnet 15,3 %" when projected.</summary>
    public static string Value(string kind, string unit, double value, bool projected) =>
        (projected ? Projected + " " : "") + GermanFormat.TargetValue(kind, unit, value);

    /// <summary>
    /// The title of the axis with its unit: "Veränderung in %", "Veränderung in Prozentpunkten", "Jahreswert in %",
    /// "Anzahl im Jahr", each with ", hochgerechnet" for a projected level. Short enough for 320 px.
    /// </summary>
    public static string AxisTitle(string kind, string unit, bool projected)
    {
        var title = kind != TargetKinds.Level
            ? unit == "pp" ? "Veränderung in Prozentpunkten" : "Veränderung in %"
            : unit == "count" ? "Anzahl im Jahr" : "Jahreswert in %";
        return projected ? title + ", " + Projected : title;
    }

    /// <summary>
    /// What the values are: "Veränderung 2023 gegenüber 2022", "Veränderung Januar bis Juni 2025 gegenüber Januar bis
    /// Juni 2024", "Jahreswert 2023", "Jahreswert 2025, hochgerechnet auf Dezember aus Januar bis Juni".
    /// </summary>
    public static string Period(string kind, int year, int month)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var prev = (year - 1).ToString(CultureInfo.InvariantCulture);
        if (kind == TargetKinds.Level)
            return month == 12 ? "Jahreswert " + y : $"Jahreswert {y}, {Projected} auf Dezember aus {GermanFormat.MonthRange(month)}";
        return month == 12
            ? $"Veränderung {y} gegenüber {prev}"
            : $"Veränderung {GermanFormat.MonthRange(month)} {y} gegenüber {GermanFormat.MonthRange(month)} {prev}";
    }

    /// <summary>
    /// The caption under the title: what is compared and for how many regions; in a year still running, that every
    /// region is compared on the same months (or projected the same way) and that the verdicts are provisional.
    /// </summary>
    public static string Caption(string kind, int year, int month, int regions, string totalName)
    {
        var text = $"{Period(kind, year, month)}; {regions.ToString(CultureInfo.InvariantCulture)} Regionen und der Gesamtwert ({totalName}).";
        if (month == 12) return text;
        var stand = GermanFormat.MonthYear(year, month);
        return kind == TargetKinds.Level
            ? text + $" Stand {stand}: jede Region auf dieselbe Weise aus {GermanFormat.MonthRange(month)} {Projected}, Bewertung vorläufig."
            : text + $" Stand {stand}: bei jeder Region dieselben Monate (Jahresfortschrittswert), Bewertung vorläufig.";
    }

    /// <summary>
    /// The figure in one sentence: "Kreis Borken: +2,0 %, Rang 7 von 18; alle zkT in NRW: +3,1 %; Ziel ≥ +10,8 %;
    /// Spanne der Regionen: −4,1 % bis +12,3 %." Parts that are missing are left out.
    /// </summary>
    public static string Sentence(string region, string value, string? rank, string totalName, string? total,
        IReadOnlyList<string> targets, string? range, string? typeMean)
    {
        var parts = new List<string> { region + ": " + value + (rank is null ? "" : ", " + rank) };
        if (total is not null) parts.Add(totalName + ": " + total);
        parts.AddRange(targets);
        if (typeMean is not null) parts.Add(typeMean);
        if (range is not null) parts.Add("Spanne der Regionen: " + range);
        return string.Join("; ", parts) + ".";
    }

    /// <summary>"Ähnliche Jobcenter (Vergleichstyp IIa)": the heading of the regions of the same type.</summary>
    public static string Similar(string type) => $"Ähnliche Jobcenter (Vergleichstyp {type})";

    /// <summary>"Mittelwert Vergleichstyp IIa: +1,5 %" (unweighted, over the regions of the type with a value).</summary>
    public static string TypeMean(string type, string mean) => $"Mittelwert Vergleichstyp {type}: {mean}";

    /// <summary>"Die Tabelle zeigt 31 von 400 Regionen: die zehn besten, die zehn schwächsten und die zehn vor und nach dieser Region; alle stehen in der Übersicht 2025."</summary>
    public static string TableCut(int shown, int all, int year) =>
        $"Die Tabelle zeigt {shown.ToString(CultureInfo.InvariantCulture)} von {all.ToString(CultureInfo.InvariantCulture)} Regionen: die zehn besten, die zehn schwächsten und die zehn vor und nach dieser Region; die Abbildung zeigt alle, und alle stehen in der Übersicht {year.ToString(CultureInfo.InvariantCulture)}."
        ;
}
