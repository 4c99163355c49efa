using System.Globalization;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

public static partial class ObservationReader
{
    private static void ReadRow(ReadOnlySpan<char> line, int n, int[] columns, ref CsvFields fields, FileState state)
    {
        if (!fields.Split(line))
        {
            state.Error(DiagnosticCodes.CsvValueInvalid, n, 0, "a quoted field is not closed");
            return;
        }
        if (AllEmpty(line, ref fields)) return;
        if (fields.Count != ColumnNames.Length)
        {
            var hint = fields.Count == 1 && line.IndexOf(',') >= 0 ? " (the delimiter must be ';', not ',')" : "";
            state.Error(DiagnosticCodes.CsvValueInvalid, n, 0,
                $"expected {ColumnNames.Length} fields separated by ';', found {Math.Min(fields.Count, 999)}{hint}");
            return;
        }

        var agsText = line[fields[columns[0]]].Trim();
        if (agsText.Length != 5 || !AllDigits(agsText))
        {
            var hint = agsText.Length == 4 && AllDigits(agsText)
                ? $" (a leading zero may have been lost: 0{agsText.ToString()}?)" : "";
            state.Error(DiagnosticCodes.CsvValueInvalid, n, fields.Column(line, columns[0]),
                $"the AGS must be five digits, found '{Shorten(agsText)}'{hint}");
            return;
        }

        var monthText = line[fields[columns[1]]].Trim();
        if (!YearMonth.TryParse(monthText, out var month))
        {
            state.Error(DiagnosticCodes.CsvMonthInvalid, n, fields.Column(line, columns[1]),
                $"the month must be YYYY-MM with a month 01 to 12, found '{Shorten(monthText)}'");
            return;
        }

        var measureText = line[fields[columns[2]]].Trim();
        if (!MeasureNames.TryParse(measureText, out var measure) && !TryParseIgnoringCase(measureText, out measure))
        {
            state.UnknownMeasure(measureText, n);
            return;
        }

        var ags = state.Intern(agsText, out var known);
        if (!known)
        {
            state.UnknownRegion(ags, n);
            return;
        }

        var valueText = line[fields[columns[3]]].Trim();
        if (valueText.IsEmpty) return; // no value: never zero
        var valueColumn = fields.Column(line, columns[3]);
        if (!TryParseValue(valueText, out var value, out var problem))
        {
            state.Error(DiagnosticCodes.CsvValueInvalid, n, valueColumn, $"{problem}, found '{Shorten(valueText)}'");
            return;
        }
        if (value < 0)
        {
            state.Error(DiagnosticCodes.CsvValueInvalid, n, valueColumn, $"a value must not be negative, found '{Shorten(valueText)}'");
            return;
        }
        value += 0.0; // -0 → 0
        if (measure is not (Measure.Llu or Measure.Kdu) && value != Math.Floor(value)) state.NotWhole(measure, n);
        state.Add(ags, measure, month, value, n, valueColumn);
    }

    /// <summary>Parses a value with a decimal comma or point; rejects thousands separators, exponents and other text.</summary>
    internal static bool TryParseValue(ReadOnlySpan<char> text, out double value, out string problem)
    {
        value = 0;
        problem = "";
        var separators = text.Count(',') + text.Count('.');
        if (separators > 1)
        {
            problem = "a value must not contain thousands separators (write 1234.5 or 1234,5)";
            return false;
        }
        if (text.Length > 40)
        {
            problem = "a value must be a number";
            return false;
        }
        Span<char> buffer = stackalloc char[text.Length];
        text.CopyTo(buffer);
        buffer.Replace(',', '.');
        if (!double.TryParse(buffer, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || !double.IsFinite(value))
        {
            problem = "a value must be a number with a decimal comma or point";
            return false;
        }
        return true;
    }

    /// <summary>
    /// True when every character is 0–9. A loop on purpose: <c>ContainsAnyExceptInRange</c> allocated 96 bytes on
    /// every call (measured on .NET 10), half a gigabyte for a file of 5 million rows.
    /// </summary>
    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool TryParseIgnoringCase(ReadOnlySpan<char> text, out Measure measure)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        measure = default;
        if (text.Length > 64) return false;
        text.ToLowerInvariant(lower);
        return MeasureNames.TryParse(lower, out measure);
    }

    private static bool AllEmpty(ReadOnlySpan<char> line, ref CsvFields fields)
    {
        for (var i = 0; i < Math.Min(fields.Count, CsvFields.Max); i++)
            if (!line[fields[i]].IsWhiteSpace()) return false;
        return true;
    }

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : text[..40].ToString() + "…";
}
