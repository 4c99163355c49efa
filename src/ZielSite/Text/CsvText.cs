using System.Text;

namespace ZielSite.Text;

/// <summary>
/// The one way every CSV the program writes (the overview's and the region pages' downloads, <c>values</c>) turns text
/// into a cell, ';' between cells. A cell with ';', '"' or a line break is quoted, '"' doubled. A cell that a
/// spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return: a region name
/// "=HYPERLINK(…)" from a pull request) gets a leading apostrophe, as OWASP advises ("CSV injection"), and is
/// quoted; the apostrophe shows that the text was changed. A plain number ("-5,0", "-12.5", "1e-3" is not one) stays
/// as it is, so that negative values stay numbers.
/// </summary>
internal static class CsvText
{
    /// <summary>The cell for <paramref name="text"/>.</summary>
    public static string Cell(string text)
    {
        var formula = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text);
        if (formula) return "\"'" + text.Replace("\"", "\"\"") + "\"";
        return text.AsSpan().IndexOfAny(";\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>Appends the cell for <paramref name="text"/>.</summary>
    public static StringBuilder Append(StringBuilder sb, string text) => sb.Append(Cell(text));

    /// <summary>"-5", "-5,0", "-12.5", "+3": an optional sign, digits, at most one decimal separator, digits.</summary>
    public static bool IsPlainNumber(string text)
    {
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var digits = 0;
        var separator = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9') digits++;
            else if (c is ',' or '.' && !separator && digits > 0) separator = true;
            else return false;
        }
        return digits > 0 && text[^1] is >= '0' and <= '9';
    }
}
