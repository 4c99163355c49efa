using System.Globalization;
using System.Text;
using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>The shapes <c>zielsite sample --format</c> writes the data in (docs/data-formats.md).</summary>
public enum DataFormat
{
    /// <summary>ags;month;measure;value, one file per year (data/kennzahlen/YYYY.csv).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The names are the values of 'zielsite sample --format', parsed by name.")]
    Long,
    /// <summary>One row per region and month, one column per measure with its German title, German numbers (data/kennzahlen/YYYY.csv).</summary>
    Wide,
    /// <summary>The wide table in a workbook, one sheet per year (data/kennzahlen.xlsx); AGS as numbers, months as Excel dates.</summary>
    Xlsx,
}

/// <summary>
/// Writes monthly values as offices keep them: wide tables with a title row, German column titles, the AGS and the
/// region's name, months as "Januar 2023" (CSV) or Excel dates (.xlsx) and German numbers ("11.467", "1.234,5").
/// Read back, they give exactly the values written (the digits are kept; only separators are added).
/// </summary>
public static class WideDataWriter
{
    /// <summary>The column title each measure gets (one of the titles that map by themselves).</summary>
    public static readonly IReadOnlyList<(Measure Measure, string Title)> Titles =
    [
        (Measure.Elb, "erwerbsfähige Leistungsberechtigte"), (Measure.ElbF, "ELB Frauen"), (Measure.ElbM, "ELB Männer"),
        (Measure.Integrationen, "Integrationen"), (Measure.IntegrationenF, "Integrationen Frauen"), (Measure.IntegrationenM, "Integrationen Männer"),
        (Measure.Lzb, "Langzeitleistungsbeziehende"), (Measure.Lzb4j, "LZB 4 Jahre und länger"),
        (Measure.IntegrationenLzb, "Integrationen von Langzeitleistungsbeziehenden"), (Measure.IntegrationenNachhaltig, "nachhaltige Integrationen"),
        (Measure.IntegrationenBedarfsdeckend, "bedarfsdeckende Integrationen"), (Measure.Llu, "Leistungen zum Lebensunterhalt (EUR)"),
        (Measure.Kdu, "Leistungen für Unterkunft und Heizung (EUR)"), (Measure.Bg, "Bedarfsgemeinschaften"),
    ];

    private static readonly string[] MonthNames =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>The value of a region, measure and month, or null (written as "-").</summary>
    public delegate double? ValueOf(string ags, Measure measure, YearMonth month);

    /// <summary>A wide CSV file (';', UTF-8, LF) of the months <paramref name="from"/>..<paramref name="to"/>, with a title row.</summary>
    public static void WriteCsv(string path, IReadOnlyList<(string Ags, string Name)> regions, YearMonth from, YearMonth to, ValueOf value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        w.Write($"Kennzahlen nach § 48a SGB II, {MonthYear(from)} bis {MonthYear(to)}\n\n");
        w.Write("AGS;Region;Monat");
        foreach (var (_, title) in Titles) w.Write(';' + title);
        w.Write('\n');
        foreach (var (ags, name) in regions)
        {
            for (var m = from; m <= to; m = m.AddMonths(1))
            {
                w.Write(ags);
                w.Write(';');
                w.Write(name.Contains(';') ? $"\"{name}\"" : name);
                w.Write(';');
                w.Write(MonthYear(m));
                foreach (var (measure, _) in Titles)
                {
                    w.Write(';');
                    w.Write(value(ags, measure, m) is { } v ? German(v, measure is Measure.Llu or Measure.Kdu) : "-");
                }
                w.Write('\n');
            }
        }
    }

    /// <summary>The rows of a wide sheet (title row, blank row, header, data) for <see cref="XlsxWriter"/>: AGS as numbers, months as dates.</summary>
    internal static IEnumerable<IReadOnlyList<XlsxWriter.Cell>> SheetRows(IReadOnlyList<(string Ags, string Name)> regions, YearMonth from, YearMonth to, ValueOf value)
    {
        yield return [new XlsxWriter.Cell($"Kennzahlen nach § 48a SGB II, {MonthYear(from)} bis {MonthYear(to)}")];
        yield return [];
        yield return [.. new XlsxWriter.Cell[] { "AGS", "Region", "Monat" }, .. Titles.Select(t => new XlsxWriter.Cell(t.Title))];
        foreach (var (ags, name) in regions)
        {
            for (var m = from; m <= to; m = m.AddMonths(1))
            {
                var row = new List<XlsxWriter.Cell>
                {
                    double.Parse(ags, CultureInfo.InvariantCulture), name, new XlsxWriter.Cell(Date: new DateOnly(m.Year, m.Month, 1)),
                };
                foreach (var (measure, _) in Titles) row.Add(value(ags, measure, m) is { } v ? v : "-");
                yield return row;
            }
        }
    }

    /// <summary>A workbook with one wide sheet per entry of <paramref name="sheets"/> (name, first and last month).</summary>
    public static void WriteXlsx(string path, IReadOnlyList<(string Ags, string Name)> regions, IEnumerable<(string Sheet, YearMonth From, YearMonth To)> sheets, ValueOf value)
    {
        var writer = new XlsxWriter();
        foreach (var (sheet, from, to) in sheets) writer.Sheet(sheet, SheetRows(regions, from, to, value));
        writer.Write(path);
    }

    /// <summary>"11.467", "1.234.567,89": the digits of the shortest round-trip form with German separators (",0" marks an EUR amount).</summary>
    public static string German(double value, bool decimals)
    {
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E')) s = value.ToString("F6", CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.');
        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var sb = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0) sb.Append('.');
            sb.Append(whole[i]);
        }
        if (dot >= 0) sb.Append(',').Append(s[(dot + 1)..]);
        else if (decimals) sb.Append(",0");
        return sb.ToString();
    }

    private static string MonthYear(YearMonth m) => $"{MonthNames[m.Month - 1]} {m.Year}";
}
