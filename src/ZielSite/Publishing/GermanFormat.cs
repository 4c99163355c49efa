using System.Globalization;

namespace ZielSite.Publishing;

/// <summary>
/// German display forms used by reports and archive edition lines ("12,6 %", "März 2023", "15. März 2024"),
/// written out here rather than taken from the de-DE culture so that output does not depend on the ICU
/// data installed on a machine.
/// </summary>
internal static class GermanFormat
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>"März" for 3.</summary>
    public static string Month(int month) => Months[month - 1];

    /// <summary>"März 2023".</summary>
    public static string MonthYear(int month, int year) => $"{Month(month)} {year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"15. März 2024".</summary>
    public static string Date(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)}. {Month(date.Month)} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A number with decimal comma, thousands dots and <paramref name="decimals"/> places; "–" for null.
    /// With <paramref name="signed"/> a positive value gets "+" and a negative one the minus sign "−" (U+2212).
    /// </summary>
    public static string Number(double? value, int decimals = 1, bool signed = false)
    {
        if (value is not { } v) return "–";
        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        text = text.Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.');
        if (rounded < 0) return "−" + text;
        return signed && rounded > 0 ? "+" + text : text;
    }

    /// <summary>A target's threshold as the agreement states it: "≥ +12,6 %", "≤ −5,2 %", "≤ 0,0 Pp.".</summary>
    public static string Threshold(string op, double value, string unit) => unit == "count"
        ? $"{(op == "<=" ? "≤" : "≥")} {Number(value, 0, signed: false)}"
        : $"{(op == "<=" ? "≤" : "≥")} {Number(value, 1, signed: true)} {Unit(unit)}";

    /// <summary>"%" or "Pp." (Prozentpunkte); nothing for a count (a level target on a number of Integrationen).</summary>
    public static string Unit(string unit) => unit switch { "pp" => "Pp.", "count" => "", _ => "%" };

    /// <summary>The German word of a verdict status (JSON name in).</summary>
    public static string Status(string? status) => status switch
    {
        "met" => "erreicht",
        "missed" => "verfehlt",
        "on_track" => "auf Kurs",
        "off_track" => "nicht auf Kurs",
        "no_data" => "keine Daten",
        null => "–",
        _ => status,
    };

    /// <summary>The German name of a target key, e.g. "Integrationsquote (K2)".</summary>
    public static string TargetLabel(string key) => key switch
    {
        "integrationen" => "Integrationen",
        "integrationen_lzb" => "Integrationen der LZB",
        "k1" => "Leistungen zum Lebensunterhalt (K1)",
        "k1e1" => "Leistungen für Unterkunft und Heizung (K1E1)",
        "k1e2" => "Zahl der ELB (K1E2)",
        "k2" => "Integrationsquote (K2)",
        "k2_gap" => "Abstand der Integrationsquoten Männer/Frauen",
        "k2e1" => "Eintritte in geringfügige Beschäftigung (K2E1)",
        "k2e2" => "Eintritte in öffentlich geförderte Beschäftigung (K2E2)",
        "k2e3" => "Kontinuierliche Beschäftigung nach Integration (K2E3)",
        "k2e4" => "Integrationsquote der Alleinerziehenden (K2E4)",
        "k3" => "Bestand an Langzeitleistungsbeziehenden (K3)",
        "k3e1" => "Integrationsquote der LZB (K3E1)",
        "k3e2" => "Aktivierungsquote der LZB (K3E2)",
        "k3e3" => "Zugangsrate in den Langzeitleistungsbezug (K3E3)",
        "k3e4" => "Abgangsrate aus dem Langzeitleistungsbezug (K3E4)",
        _ => key,
    };

    /// <summary>Text safe inside a Markdown table cell: pipes escaped, line breaks folded.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
