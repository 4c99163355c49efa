using System.Globalization;

namespace ZielSite.Indicators;

/// <summary>
/// Writes all computed values of a project as one CSV for checking figures in a spreadsheet:
/// <c>ags;name;year;month;key;value</c>, one row per region, year, month 1..Stand and key of
/// <see cref="ValueKeys.All"/>; ordered by AGS (ordinal), year, month, then key order. Values are unrounded,
/// shortest round-trip form with a decimal point (invariant); an empty cell is a value that cannot be computed.
/// Lines end with LF; a name with <c>;</c> or <c>"</c> is quoted.
/// </summary>
public static class ValueExporter
{
    public const string Header = "ags;name;year;month;key;value";

    public static void WriteCsv(IReadOnlyList<RegionYearResult> results, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        var rows = results.Select(r => (r.Region.Ags, r.Region.Name, r.Year, Sets: r.ByMonth));
        foreach (var (ags, name, year, sets) in rows.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item3))
        {
            var prefix = $"{ags};{Quote(name)};{year.ToString(CultureInfo.InvariantCulture)};";
            foreach (var set in sets)
            {
                var month = set.Month.ToString(CultureInfo.InvariantCulture);
                foreach (var key in ValueKeys.All)
                {
                    writer.Write(prefix);
                    writer.Write(month);
                    writer.Write(';');
                    writer.Write(key);
                    writer.Write(';');
                    if (set[key] is { } v) writer.Write(v.ToString("R", CultureInfo.InvariantCulture));
                    writer.Write('\n');
                }
            }
        }
    }

    private static string Quote(string field) => Text.CsvText.Cell(field);
}
