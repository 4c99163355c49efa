using System.Globalization;

namespace ZielSite.Inputs;

/// <summary>
/// The lines <c>zielsite check</c> prints about the data files: per file (per sheet of a workbook) its shape, the
/// delimiter of a CSV file, the columns and the measures they map to, and the rows, values, regions and months read.
/// </summary>
public static class DataFileReport
{
    public static IEnumerable<string> Lines(IReadOnlyList<DataFileSummary> files)
    {
        foreach (var f in files)
        {
            var where = f.Sheet is null ? f.File : $"{f.File}, sheet '{f.Sheet}'";
            var shape = f.Shape switch
            {
                "long" => $"long CSV (delimiter {Delimiter(f.Delimiter)})",
                "wide" => $"wide CSV (delimiter {Delimiter(f.Delimiter)})",
                _ => "wide table in a workbook (.xlsx)",
            };
            yield return $"{where}: {shape}";
            if (f.Shape != "long" && f.Columns.Count > 0)
                yield return "  columns: " + string.Join(", ", f.Columns.Select(c => c.Meaning == "-" ? $"'{c.Title}' (not read)" : $"'{c.Title}' → {c.Meaning}"));
            var months = f.First is null ? "no month" : f.First == f.Last ? $"month {f.First}" : $"months {f.First} to {f.Last}";
            var withheld = f.Withheld > 0 ? $", {N(f.Withheld)} withheld" : "";
            yield return $"  read: {N(f.Rows, "row")}, {N(f.Values, "value")}{withheld}, {N(f.Regions, "region")}, {months}";
        }
    }

    private static string Delimiter(char d) => d switch { '\t' => "tab", _ => $"'{d}'" };

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string N(int n, string noun) => $"{N(n)} {noun}{(n == 1 ? "" : "s")}";
}
