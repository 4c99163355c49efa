namespace ZielSite.Inputs;

/// <summary>
/// What was read from one data file (or one sheet of a workbook), for <c>zielsite check</c>: its shape, the
/// delimiter of a CSV file, each column's title and meaning, and the rows, regions and months read.
/// </summary>
/// <param name="File">Display path.</param>
/// <param name="Shape">"long", "wide" or "xlsx".</param>
/// <param name="Sheet">The sheet of a workbook, else null.</param>
/// <param name="Delimiter">The CSV delimiter (';', ',' or tab), '\0' for a workbook.</param>
/// <param name="Columns">Each column title with what it maps to (a measure name, ags, name, month, or "-" for not read).</param>
/// <param name="Rows">Data rows read (after the header).</param>
/// <param name="Values">Values added.</param>
/// <param name="Withheld">Cells withheld ("*", "x").</param>
/// <param name="Regions">Distinct regions with a value.</param>
/// <param name="First">First month read, null when none.</param>
/// <param name="Last">Last month read, null when none.</param>
public sealed record DataFileSummary(
    string File,
    string Shape,
    string? Sheet,
    char Delimiter,
    IReadOnlyList<(string Title, string Meaning)> Columns,
    int Rows,
    int Values,
    int Withheld,
    int Regions,
    YearMonth? First,
    YearMonth? Last);
