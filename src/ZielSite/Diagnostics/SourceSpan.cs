namespace ZielSite.Diagnostics;

/// <summary>
/// Where something came from: a file (path as shown to the user, with forward slashes) and a 1-based line
/// and column. <see cref="Line"/> 0 means "the whole file"; <see cref="Column"/> 0 means "the whole line".
/// Positions are stored 1-based from the start, never converted on printing. In a spreadsheet,
/// <see cref="Sheet"/> names the sheet, <see cref="Line"/> is the row and <see cref="Column"/> the column (1 = A).
/// In a PDF, <see cref="Page"/> is the 1-based page and <see cref="Line"/> the line on that page (0: not a PDF).
/// </summary>
public readonly record struct SourceSpan(string File, int Line = 0, int Column = 0, string? Sheet = null, int Page = 0)
{
    /// <summary>
    /// The printed position: <c>path</c>, <c>path:line</c> or <c>path:line:column</c>; in a spreadsheet
    /// <c>path:Sheet</c>, <c>path:Sheet!17:17</c> (a row) or <c>path:Sheet!C17</c> (a cell); in a PDF
    /// <c>path:page N:line M</c>.
    /// </summary>
    public override string ToString()
    {
        if (Sheet is not null)
            return Line <= 0 ? $"{File}:{SheetName(Sheet)}" : Column <= 0 ? $"{File}:{SheetName(Sheet)}!{Line}:{Line}" : $"{File}:{SheetName(Sheet)}!{ColumnLetters(Column)}{Line}";
        var file = Page <= 0 ? File : $"{File}:page {Page}";
        var line = Page > 0 ? "line " : "";
        return Line <= 0 ? file : Column <= 0 ? $"{file}:{line}{Line}" : $"{file}:{line}{Line}:{Column}";
    }

    /// <summary>Where System.Text.Json stopped reading <paramref name="file"/> (its 0-based position made 1-based).</summary>
    public static SourceSpan Of(string file, System.Text.Json.JsonException e) =>
        new(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);

    /// <summary>The letters of a 1-based spreadsheet column: 1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var s = "";
        for (var c = column; c > 0; c = (c - 1) / 26) s = (char)('A' + (c - 1) % 26) + s;
        return s;
    }

    /// <summary>A sheet name as a spreadsheet formula writes it: quoted when it has anything but letters, digits and '_'.</summary>
    private static string SheetName(string sheet) =>
        sheet.Length > 0 && sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : $"'{sheet.Replace("'", "''")}'";
}
