using System.IO.Compression;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// Reads a workbook (.xlsx) of wide tables: every sheet, or the sheets named in <c>zielsite.json</c> ("sheets").
/// The cells come from ExcelDataReader (streamed row by row, the values Excel saved with formulas, date
/// cells as dates); this class guards it: before any sheet is read the container is checked (a password-protected
/// or old .xls file, a damaged zip, parts that unpack beyond <see cref="MaxUnpackedBytes"/> or a part with a ratio
/// above <see cref="MaxRatio"/>: a zip bomb), a sheet wider than <see cref="MaxColumns"/> is refused, and a sheet
/// with empty value cells is scanned for formulas whose value was never saved (an error each).
/// </summary>
internal static class XlsxReader
{
    // ExcelDataReader's default fallback encoding is Windows-1252 (for old .xls); .NET has it only with this provider.
    static XlsxReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The largest workbook file read (compressed): 64 MB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The most all parts of a workbook may unpack to: 256 MB (404 regions × 10 years in one workbook unpack to about 40 MB).</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>The largest compression ratio of a part above 1 MB unpacked (sheet XML compresses 5–30 times; a zip bomb 1000 times).</summary>
    public const double MaxRatio = 200;

    /// <summary>The widest sheet read.</summary>
    public const int MaxColumns = 1024;

    /// <summary>Formulas without value reported one by one per sheet before the rest are counted.</summary>
    private const int MaxFormulaErrors = 10;

    public static IReadOnlyList<DataFileSummary> Read(Stream content, string file, IReadOnlyList<string>? sheets, ColumnMap map, RegionNames regions,
        ObservationTable.Builder table, DiagnosticBag diagnostics)
    {
        var whole = new SourceSpan(file);
        var bytes = ReadAll(content);
        if (bytes is null)
        {
            diagnostics.Error(DiagnosticCodes.SpreadsheetUnreadable, whole, $"the workbook is larger than {MaxFileBytes / (1024 * 1024)} MB; split it or save the data as CSV");
            return [];
        }
        if (Problem(bytes) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.SpreadsheetUnreadable, whole, problem);
            return [];
        }
        Dictionary<string, string> parts;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (Bomb(zip) is { } bomb)
            {
                diagnostics.Error(DiagnosticCodes.SpreadsheetUnreadable, whole, bomb);
                return [];
            }
            parts = SheetParts(zip);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            diagnostics.Error(DiagnosticCodes.SpreadsheetUnreadable, whole, $"the workbook is damaged (not a readable .xlsx zip container): {FirstLine(e.Message)}");
            return [];
        }

        var summaries = new List<DataFileSummary>();
        var named = sheets?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var withoutHeader = new List<string>();
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes, writable: false));
            do
            {
                var sheet = reader.Name;
                if (named is not null && !named.Contains(sheet)) continue;
                found.Add(sheet);
                if (reader.FieldCount > MaxColumns)
                {
                    diagnostics.Error(DiagnosticCodes.SpreadsheetUnreadable, new SourceSpan(file, 0, 0, sheet),
                        $"the sheet has {reader.FieldCount} columns; sheets wider than {MaxColumns} columns are not read");
                    continue;
                }
                var wide = new WideTableReader(file, sheet, "xlsx", '\0', map, regions, table, diagnostics);
                var cells = new object?[reader.FieldCount];
                var row = 0;
                while (reader.Read())
                {
                    row++;
                    var n = Math.Min(reader.FieldCount, cells.Length);
                    for (var i = 0; i < n; i++) cells[i] = reader.GetValue(i);
                    wide.Row(row, cells, n);
                    if (wide.Errors >= ObservationReader.MaxErrorsPerFile)
                    {
                        diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(file, row, 0, sheet),
                            $"more than {ObservationReader.MaxErrorsPerFile} errors; the rest of the sheet is not read");
                        break;
                    }
                }
                if (!wide.HasHeader)
                {
                    withoutHeader.Add(sheet);
                    continue;
                }
                if (wide.EmptyValueCells > 0 && parts.TryGetValue(sheet, out var part))
                    FormulasWithoutValue(bytes, part, file, sheet, diagnostics);
                summaries.Add(wide.Finish());
            } while (reader.NextResult());
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            diagnostics.Error(DiagnosticCodes.SpreadsheetUnreadable, whole, $"the workbook is damaged: {FirstLine(e.Message)}");
            return summaries;
        }
        if (named is not null)
            foreach (var s in sheets!.Where(s => !found.Contains(s)))
                diagnostics.Error(DiagnosticCodes.SpreadsheetUnreadable, whole,
                    $"the workbook has no sheet '{s}' (named in zielsite.json \"sheets\"); it has {string.Join(", ", parts.Keys.Select(k => $"'{k}'"))}");
        foreach (var s in withoutHeader)
        {
            var message = "the sheet has no header row (a row with a region column such as AGS, a month column such as Monat, and at least one measure column); it is not read";
            if (summaries.Count == 0 || named is not null) diagnostics.Error(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file, 0, 0, s), message);
            else diagnostics.Warning(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file, 0, 0, s), message);
        }
        return summaries;
    }

    private static byte[]? ReadAll(Stream content)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Why the bytes are not an .xlsx zip container (by their first bytes), or null.</summary>
    internal static string? Problem(byte[] bytes)
    {
        if (bytes.Length == 0) return "the workbook is empty (0 bytes)";
        if (bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04) return null;
        if (bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0
                ? "the workbook is password-protected (encrypted); save it without a password (Datei > Informationen > Arbeitsmappe schützen)"
                : "the file is an old Excel workbook (.xls, Excel 97–2003) under an .xlsx name; save it as .xlsx";
        }
        return "the file is not an .xlsx workbook (it does not start like a zip container); it may be damaged or another format";
    }

    /// <summary>Why the container's parts unpack too large (a zip bomb), by the sizes and ratios it declares; null when fine.</summary>
    private static string? Bomb(ZipArchive zip)
    {
        long total = 0;
        foreach (var e in zip.Entries)
        {
            total += e.Length;
            if (total > MaxUnpackedBytes)
                return $"the workbook unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB (a zip bomb or a sheet far too large); it is not read";
            if (e.Length > 1024 * 1024 && e.Length > MaxRatio * Math.Max(1, e.CompressedLength))
                return $"the part {e.FullName} unpacks to {e.Length / (1024 * 1024)} MB from {e.CompressedLength / 1024} KB (ratio {e.Length / Math.Max(1, e.CompressedLength)}:1, a zip bomb); it is not read";
        }
        // Declared sizes that lie cannot unpack more: .NET's ZipArchive stops reading a part at the size it declares
        // (checked in XlsxReaderTests), and ExcelDataReader reads the parts through it.
        return null;
    }

    /// <summary>Sheet name → the path of its XML part, from xl/workbook.xml and its relationships.</summary>
    private static Dictionary<string, string> SheetParts(ZipArchive zip)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var workbook = zip.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("xl/workbook.xml is missing");
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var r = XmlReader.Create(rels.Open(), Settings);
            while (r.Read())
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") is { } id && r.GetAttribute("Target") is { } target)
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
        }
        using var w = XmlReader.Create(workbook.Open(), Settings);
        while (w.Read())
        {
            if (w.NodeType != XmlNodeType.Element || w.LocalName != "sheet") continue;
            var name = w.GetAttribute("name");
            var rid = w.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            if (name is not null && rid is not null && targets.TryGetValue(rid, out var path)) result[name] = path;
        }
        return result;
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    /// <summary>Reports cells of a sheet with a formula (&lt;f&gt;) and no saved value (&lt;v&gt;): ExcelDataReader reads them as empty.</summary>
    private static void FormulasWithoutValue(byte[] bytes, string part, string file, string sheet, DiagnosticBag diagnostics)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.GetEntry(part) is not { } entry) return;
        using var r = XmlReader.Create(entry.Open(), Settings);
        var count = 0;
        SourceSpan? first = null;
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "c") continue;
            var reference = r.GetAttribute("r");
            if (r.IsEmptyElement) continue;
            bool formula = false, value = false;
            var depth = r.Depth;
            while (r.Read() && r.Depth > depth)
            {
                if (r.NodeType != XmlNodeType.Element) continue;
                if (r.LocalName == "f") formula = true;
                else if (r.LocalName is "v" or "is") value = true;
            }
            if (!formula || value) continue;
            count++;
            var span = Cell(file, sheet, reference);
            first ??= span;
            if (count <= MaxFormulaErrors)
                diagnostics.Error(DiagnosticCodes.SpreadsheetFormulaWithoutValue, span,
                    "the cell has a formula but no saved value (the workbook was written by a program that does not calculate); open and save it in a spreadsheet program, or save the values");
        }
        if (count > MaxFormulaErrors)
            diagnostics.Error(DiagnosticCodes.SpreadsheetFormulaWithoutValue, new SourceSpan(file, 0, 0, sheet),
                $"{count} cells have a formula but no saved value (the first {MaxFormulaErrors} are listed; the first is {first})");
    }

    private static SourceSpan Cell(string file, string sheet, string? reference)
    {
        if (reference is null) return new SourceSpan(file, 0, 0, sheet);
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++) column = column * 26 + (reference[i] - 'A' + 1);
        return int.TryParse(reference.AsSpan(i), out var row) ? new SourceSpan(file, row, column, sheet) : new SourceSpan(file, 0, 0, sheet);
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n');
        return (i < 0 ? message : message[..i]).Trim().TrimEnd('.');
    }
}
