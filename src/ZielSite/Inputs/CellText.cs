using System.Globalization;

namespace ZielSite.Inputs;

/// <summary>What a value cell holds once its text is read.</summary>
internal enum CellKind
{
    /// <summary>Empty, "-" or ".": no value (never zero).</summary>
    None,
    Number,
    /// <summary>"*" or "x": withheld for statistical secrecy.</summary>
    Withheld,
    /// <summary>"1.234" (one '.' and three digits) in a column without a decimal convention: thousands or decimal.</summary>
    Ambiguous,
    Invalid,
}

/// <summary>
/// Reads the cells of wide tables as offices write them: numbers German or plain ("11.467", "11467",
/// "1.234,5", "1234.5", "1,234.5"), the statistics offices' symbols ("*", "x" withheld; "-", "." no value),
/// months ("2023-01", "01/2023", "01.2023", "Januar 2023", "Jan. 2023", "202301", a date "01.01.2023" or an
/// Excel date) and regions (AGS as number or text, 4 digits = leading zero lost, 8-digit AGS and 12-digit ARS
/// of the Kreis). Pure functions.
/// </summary>
internal static class CellText
{
    private static readonly string[] MonthNames =
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

    /// <summary>
    /// Reads a value cell. <paramref name="decimalSeparator"/> is what the column has shown so far ('.' or ',';
    /// '\0' when nothing); <paramref name="seen"/> is the separator this cell shows unambiguously as decimal.
    /// </summary>
    public static CellKind Value(string text, char decimalSeparator, bool countColumn, out double value, out char seen)
    {
        value = 0;
        seen = '\0';
        var t = text.Trim().Replace("\u00A0", "").Replace(" ", "").Replace("\u202F", "");
        if (t.Length == 0 || t is "-" or "." or "–" or "—" or "..." or "…") return CellKind.None;
        if (t is "*" or "x" or "X") return CellKind.Withheld;
        if (t.Length > 40) return CellKind.Invalid;
        var dots = t.Count('.');
        var commas = t.Count(',');
        string plain;
        if (dots > 0 && commas > 0)
        {
            var dec = t.LastIndexOf('.') > t.LastIndexOf(',') ? '.' : ',';
            var thousands = dec == '.' ? ',' : '.';
            if (t.Count(dec) != 1 || !Grouped(t[..t.IndexOf(dec)], thousands)) return CellKind.Invalid;
            seen = dec;
            plain = t[..t.IndexOf(dec)].Replace(thousands.ToString(), "") + "." + t[(t.IndexOf(dec) + 1)..];
        }
        else if (dots > 1 || commas > 1)
        {
            var sep = dots > 1 ? '.' : ',';
            if (!Grouped(t, sep)) return CellKind.Invalid;
            plain = t.Replace(sep.ToString(), "");
        }
        else if (commas == 1)
        {
            seen = ',';
            plain = t.Replace(',', '.');
        }
        else if (dots == 1)
        {
            var i = t.IndexOf('.');
            var digitsAfter = t.Length - i - 1;
            var intPart = t[..i].TrimStart('-');
            if (digitsAfter == 3 && intPart.Length is >= 1 and <= 3 && intPart != "0")
            {
                // "11.467": a thousands separator, or a decimal point?
                if (decimalSeparator == ',' || (decimalSeparator == '\0' && countColumn)) plain = t.Remove(i, 1);
                else if (decimalSeparator == '.') plain = t;
                else
                {
                    Parse(t, out value);
                    return CellKind.Ambiguous;
                }
            }
            else
            {
                seen = '.';
                plain = t;
            }
        }
        else plain = t;
        return Parse(plain, out value) ? CellKind.Number : CellKind.Invalid;
    }

    /// <summary>"1.234.567" or "1,234" with <paramref name="sep"/>: groups of three digits after the first.</summary>
    private static bool Grouped(string s, char sep)
    {
        var parts = s.TrimStart('-').Split(sep);
        if (parts[0].Length is < 1 or > 3) return false;
        for (var i = 1; i < parts.Length; i++)
            if (parts[i].Length != 3) return false;
        return parts.All(p => p.All(char.IsAsciiDigit));
    }

    private static bool Parse(string s, out double value) =>
        double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>A month from text ("2023-01", "01/2023", "1/2023", "01.2023", "Januar 2023", "Jan 2023", "202301", "01.01.2023", "2023-01-01").</summary>
    public static bool Month(string text, out YearMonth month)
    {
        month = default;
        var t = text.Trim();
        if (YearMonth.TryParse(t, out month)) return true;
        if (t.Length == 6 && t.All(char.IsAsciiDigit))
            return Make(int.Parse(t[..4], CultureInfo.InvariantCulture), int.Parse(t[4..], CultureInfo.InvariantCulture), out month);
        // A date: "01.01.2023", "2023-01-01", "1.1.2023"
        if (DateTime.TryParseExact(t, ["d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm:ss"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Make(date.Year, date.Month, out month);
        var parts = t.Split(['/', '.', ' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return false;
        if (parts[1].Length == 4 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (parts[0].Length <= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return Make(year, m, out month);
            var name = parts[0].ToLowerInvariant().TrimEnd('.').Replace("ae", "ä");
            if (name.Length < 3) return false;
            for (var i = 0; i < 12; i++)
                if (MonthNames[i] == name || (name.Length is 3 or 4 && MonthNames[i].StartsWith(name, StringComparison.Ordinal)))
                    return Make(year, i + 1, out month);
            return false;
        }
        if (parts[0].Length == 4 && parts[1].Length <= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm))
            return Make(year, mm, out month);
        return false;
    }

    /// <summary>The month of an Excel date serial number (1900 date system; whole days from 1900-01-01, 60 = the non-existent 1900-02-29).</summary>
    public static bool ExcelDate(double serial, out YearMonth month)
    {
        month = default;
        if (serial < 1 || serial >= 2958466 || serial != Math.Floor(serial)) return false;
        var date = DateTime.FromOADate(serial);
        return Make(date.Year, date.Month, out month);
    }

    public static bool Date(DateTime date, out YearMonth month) => Make(date.Year, date.Month, out month);

    private static bool Make(int year, int m, out YearMonth month)
    {
        month = default;
        if (m is < 1 or > 12 || year is < 1900 or > 2999) return false;
        month = new YearMonth(year, m);
        return true;
    }

    /// <summary>
    /// An AGS from a region cell: five digits, four (leading zero lost), the 8-digit AGS or 12-digit ARS of a
    /// Kreis (trailing zeros), or digits followed by a name ("05554 Borken"). Null when the cell is no AGS.
    /// </summary>
    public static string? Ags(string text)
    {
        var t = text.Trim();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        if (digits == 0 || (digits < t.Length && !char.IsWhiteSpace(t[digits]))) return null;
        var d = t[..digits];
        return d.Length switch
        {
            4 => "0" + d,
            5 => d,
            8 when d.EndsWith("000", StringComparison.Ordinal) => d[..5],
            12 when d.EndsWith("0000000", StringComparison.Ordinal) => d[..5],
            _ => null,
        };
    }

    /// <summary>An AGS from a number cell (5554 → "05554").</summary>
    public static string? Ags(double number) =>
        number >= 1000 && number <= 99999 && number == Math.Floor(number) ? ((int)number).ToString("D5", CultureInfo.InvariantCulture)
        : number >= 1_000_000 && number < 100_000_000 && number == Math.Floor(number) ? Ags(((long)number).ToString("D8", CultureInfo.InvariantCulture))
        : number >= 1e10 && number < 1e12 && number == Math.Floor(number) ? Ags(((long)number).ToString("D12", CultureInfo.InvariantCulture))
        : null;
}
