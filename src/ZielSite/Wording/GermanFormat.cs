using ZielSite.Agreements;
using System.Globalization;
using System.Text;

namespace ZielSite.Wording;

/// <summary>
/// The one place for German display formatting, used by templates (as Scriban functions) and the narrative.
/// Locale-free (does not depend on the machine's culture data): decimal comma, "." as thousands separator,
/// U+2212 as minus sign, a no-break space (<see cref="UnitSpace"/>) between a number and "%" or "€".
/// Rounding is half away from zero (kaufmännisch), the rule of published figures.
/// </summary>
internal static class GermanFormat
{
    /// <summary>The no-break space between a number and its unit ("12,6 %").</summary>
    public const char UnitSpace = '\u00A0';

    /// <summary>What stands where a value is missing: "–".</summary>
    public const string Missing = "–";

    /// <summary>The typographic minus sign.</summary>
    public const char Minus = '\u2212';

    private static readonly string[] MonthNames =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] MonthShortNames =
        ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

    /// <summary>Rounds half away from zero; -0 becomes 0.</summary>
    public static double Round(double value, int decimals)
    {
        var r = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return r == 0 ? 0 : r;
    }

    /// <summary>12.6 → "12,6"; -5.2 → "−5,2"; 15480 (0 decimals) → "15.480". No sign for positive values.</summary>
    public static string Number(double value, int decimals = 1) => Format(value, decimals, signed: false, "");

    /// <summary>A whole number with thousands separators: 15480 → "15.480".</summary>
    public static string Integer(double value) => Number(value, 0);

    /// <summary>With an explicit sign: 13.1 → "+13,1", -5.2 → "−5,2", 0 → "0,0" (zero has no sign).</summary>
    public static string Signed(double value, int decimals = 1) => Format(value, decimals, signed: true, "");

    /// <summary>A percentage: 15.4 → "15,4 %".</summary>
    public static string Percent(double value, int decimals = 1) => Format(value, decimals, signed: false, PercentSuffix);

    /// <summary>A signed percentage change: 13.1 → "+13,1 %".</summary>
    public static string SignedPercent(double value, int decimals = 1) => Format(value, decimals, signed: true, PercentSuffix);

    private const string PercentSuffix = "\u00A0%";

    private static readonly string[] NumericFormats = Enumerable.Range(0, 16).Select(d => "N" + d.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// The one formatting routine: rounds half away from zero, writes the minus sign (or "+" when
    /// <paramref name="signed"/> and the rounded value is above zero), the digits with German separators, and
    /// <paramref name="suffix"/>, into one string (this runs for every table cell of every page).
    /// </summary>
    private static string Format(double value, int decimals, bool signed, string suffix)
    {
        var r = Round(value, decimals);
        var format = (uint)decimals < NumericFormats.Length ? NumericFormats[decimals] : "N" + decimals.ToString(CultureInfo.InvariantCulture);
        Span<char> buffer = stackalloc char[64 + suffix.Length];
        var at = 0;
        if (r < 0) buffer[at++] = Minus;
        else if (signed && r > 0) buffer[at++] = '+';
        if (!Math.Abs(r).TryFormat(buffer[at..^suffix.Length], out var written, format, CultureInfo.InvariantCulture))
            return Slow(r, format, signed, suffix);
        foreach (ref var c in buffer.Slice(at, written))
            c = c switch { ',' => '.', '.' => ',', _ => c };
        at += written;
        suffix.CopyTo(buffer[at..]);
        return new string(buffer[..(at + suffix.Length)]);
    }

    /// <summary>The same for numbers too long for the stack buffer (hundreds of digits).</summary>
    private static string Slow(double r, string format, bool signed, string suffix)
    {
        var text = Math.Abs(r).ToString(format, CultureInfo.InvariantCulture);
        var sb = new StringBuilder(text.Length + 1 + suffix.Length);
        if (r < 0) sb.Append(Minus);
        else if (signed && r > 0) sb.Append('+');
        foreach (var c in text)
            sb.Append(c switch { ',' => '.', '.' => ',', _ => c });
        return sb.Append(suffix).ToString();
    }

    /// <summary>A signed difference in percentage points: -0.2 → "−0,2 Prozentpunkte" (1 → "+1,0 Prozentpunkte").</summary>
    public static string SignedPoints(double value, int decimals = 1) => Signed(value, decimals) + UnitSpace + "Prozentpunkte";

    /// <summary>Euro amount without cents: 1234567.8 → "1.234.568 €".</summary>
    public static string Euro(double value) => Number(value, 0) + UnitSpace + "€";

    /// <summary>1 → "Januar" … 12 → "Dezember".</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>1 → "Jan", 3 → "Mär" … 12 → "Dez".</summary>
    public static string MonthShort(int month) => MonthShortNames[month - 1];

    /// <summary>(2023, 3) → "März 2023".</summary>
    public static string MonthYear(int year, int month) => MonthName(month) + " " + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>(15 March 2024) → "15. März 2024".</summary>
    public static string Date(DateOnly date) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + ". " + MonthYear(date.Year, date.Month);

    /// <summary>"Januar bis Juni" style month range of a year-to-date value; month 1 gives "Januar".</summary>
    public static string MonthRange(int month) => month == 1 ? MonthName(1) : MonthName(1) + " bis " + MonthName(month);

    /// <summary>A value in the unit of a target: "%" → signed percent, "pp" → signed percentage points.</summary>
    public static string Change(double value, string unit) => unit switch
    {
        "pp" => SignedPoints(value),
        "count" => Signed(value, 0),
        _ => SignedPercent(value),
    };

    /// <summary>Target threshold: (">=", 12.6, "%") → "mindestens +12,6 %"; ("&lt;=", -5.2) → "höchstens −5,2 %".</summary>
    public static string Threshold(string op, double value, string unit) =>
        (op == ">=" ? "mindestens " : "höchstens ") + (unit == "count" ? Integer(value) : Change(value, unit));

    /// <summary>"%" → "%", "pp" → "Prozentpunkte": the unit of a target's value written out.</summary>
    public static string Unit(string unit) => unit switch { "pp" => "Prozentpunkte", "count" => "", _ => "%" };

    /// <summary>
    /// A number that may be missing: "–" for null, else <see cref="Number"/> or, with <paramref name="signed"/>,
    /// <see cref="Signed"/> (reports and diffs, where a value can be absent on one side).
    /// </summary>
    public static string Optional(double? value, int decimals = 1, bool signed = false) =>
        value is not { } v ? Missing : signed ? Signed(v, decimals) : Number(v, decimals);
    /// <summary>
    /// A target's threshold: a change as <see cref="Threshold(string, double, string)"/>; a level target
    /// (<see cref="TargetKinds.Level"/>) as its level: "mindestens 31,1 %" (a quota), "mindestens 612 Integrationen"
    /// (a count, with the noun of its key).
    /// </summary>
    public static string Threshold(Target target) => Threshold(target.Key, target.Kind, target.Operator, target.Value, target.Unit);

    /// <summary>
    /// The same from a target's fields, for outputs that hold them without a <see cref="Target"/> (REVIEW.md, <c>diff</c>).
    /// </summary>
    public static string Threshold(string key, string kind, string op, double value, string unit) => kind != TargetKinds.Level
        ? Threshold(op, value, unit)
        : (op == ">=" ? "mindestens " : "höchstens ") + TargetValue(kind, unit, value)
            + (unit == "count" ? " " + IndicatorLabels.CountNoun(key) : "");

    /// <summary>
    /// The target as a reader is told it after "Ziel:": a change that must not fall (<c>&gt;= 0</c>) is "nicht sinken",
    /// one that must not rise (<c>&lt;= 0</c>) "nicht steigen"; every other target its <see cref="Threshold(Target)"/>
    /// ("mindestens +12,6 %"). For the cards and the narrative; where the threshold stands in a phrase ("statt
    /// höchstens 0,0 %") or a table of figures, <see cref="Threshold(Target)"/>.
    /// </summary>
    public static string TargetText(Target target) => ZeroVerb(target) is { } verb ? "nicht " + verb : Threshold(target);

    /// <summary>"sinken" for a change target of <c>&gt;= 0</c>, "steigen" for one of <c>&lt;= 0</c>; null for any other target.</summary>
    public static string? ZeroVerb(Target target) =>
        target.IsLevel || target.Value != 0 ? null : target.Operator == ">=" ? "sinken" : "steigen";

    /// <summary>A value in the terms of a target: a signed change ("+3,2 %"), a level ("31,4 %", "540").</summary>
    public static string TargetValue(Target target, double value) => TargetValue(target.Kind, target.Unit, value);

    /// <summary>A value in the terms of a target of <paramref name="kind"/> and <paramref name="unit"/> (see <see cref="TargetValue(Target, double)"/>).</summary>
    public static string TargetValue(string kind, string unit, double value) => kind != TargetKinds.Level
        ? Change(value, unit)
        : unit == "count" ? Number(value, 0) : Percent(value);

    /// <summary>Invariant machine format for CSV/JSON-like text ("12.6"), round-trip precision.</summary>
    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
