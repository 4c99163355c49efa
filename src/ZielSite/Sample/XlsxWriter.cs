using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ZielSite.Sample;

/// <summary>
/// Writes a minimal .xlsx workbook (Office Open XML spreadsheet) for sample data and tests: sheets of rows,
/// each cell text (inline string), a number, a month as an Excel date (shown "Januar 2023"), or a formula
/// without a saved value (only for tests). Deterministic: the same rows give the same bytes (fixed zip times).
/// </summary>
internal sealed class XlsxWriter
{
    /// <summary>A cell: <see cref="Text"/>, a number (<see cref="Number"/>), a date (<see cref="Date"/>) or a <see cref="Formula"/>.</summary>
    public readonly record struct Cell(string? Text = null, double? Number = null, DateOnly? Date = null, string? Formula = null)
    {
        public static implicit operator Cell(string text) => new(Text: text);
        public static implicit operator Cell(double number) => new(Number: number);
    }

    private readonly List<(string Name, IEnumerable<IReadOnlyList<Cell>> Rows)> _sheets = [];

    public XlsxWriter Sheet(string name, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        _sheets.Add((name, rows));
        return this;
    }

    private static readonly DateTimeOffset ZipTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Write(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", w =>
        {
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            w.Write("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
            w.Write("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            w.Write("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            for (var i = 1; i <= _sheets.Count; i++)
                w.Write($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            w.Write("</Types>");
        });
        Part(zip, "_rels/.rels", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Part(zip, "xl/workbook.xml", w =>
        {
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            for (var i = 0; i < _sheets.Count; i++)
                w.Write($"<sheet name=\"{Escape(_sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
            w.Write("</sheets></workbook>");
        });
        Part(zip, "xl/_rels/workbook.xml.rels", w =>
        {
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var i = 1; i <= _sheets.Count; i++)
                w.Write($"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
            w.Write($"<Relationship Id=\"rId{_sheets.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        });
        // Style 1: a month shown as "Januar 2023" (the cell holds the date of the month's first day).
        Part(zip, "xl/styles.xml", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
            "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"mmmm yyyy\"/></numFmts>" +
            "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>" +
            "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
            "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
            "</styleSheet>"));
        for (var i = 0; i < _sheets.Count; i++)
        {
            var rows = _sheets[i].Rows;
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", w =>
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                var r = 0;
                foreach (var row in rows)
                {
                    r++;
                    if (row.Count == 0) continue;
                    w.Write($"<row r=\"{r}\">");
                    for (var c = 0; c < row.Count; c++)
                    {
                        var cell = row[c];
                        var reference = Diagnostics.SourceSpan.ColumnLetters(c + 1) + r.ToString(CultureInfo.InvariantCulture);
                        if (cell.Formula is not null) w.Write($"<c r=\"{reference}\"><f>{Escape(cell.Formula)}</f></c>");
                        else if (cell.Date is { } d) w.Write($"<c r=\"{reference}\" s=\"1\"><v>{d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>");
                        else if (cell.Number is { } n) w.Write($"<c r=\"{reference}\"><v>{n.ToString("R", CultureInfo.InvariantCulture)}</v></c>");
                        else if (cell.Text is { Length: > 0 } t) w.Write($"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{Escape(t)}</t></is></c>");
                    }
                    w.Write("</row>");
                }
                w.Write("</sheetData></worksheet>");
            });
        }
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(file);
    }

    private static void Part(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipTime;
        using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false), 1 << 16);
        write(w);
    }

    private static string Escape(string s) => SecurityElement.Escape(s);
}
