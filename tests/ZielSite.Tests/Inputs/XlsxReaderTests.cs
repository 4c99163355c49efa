using System.IO.Compression;
using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;

namespace ZielSite.Tests.Inputs;

/// <summary>
/// Workbooks as offices send them, good and bad: every bad one is one clear error at the file (or cell), read in
/// bounded time and memory, never an exception or a silent gap.
/// </summary>
public sealed class XlsxReaderTests
{
    private static readonly Region[] Regions =
    [
        new("05554", "Kreis Borken", RegionKind.Kreis, "kreis-borken", new SourceSpan("data/regions.csv", 2), new Dictionary<string, string>()),
        new("05113", "Stadt Essen", RegionKind.Stadt, "stadt-essen", new SourceSpan("data/regions.csv", 3), new Dictionary<string, string>()),
    ];

    private static (ObservationTable Table, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<DataFileSummary> Sheets) Read(byte[] bytes, IReadOnlyList<string>? sheets = null)
    {
        var builder = new ObservationTable.Builder();
        var bag = new DiagnosticBag();
        var summaries = XlsxReader.Read(new MemoryStream(bytes), "data/werte.xlsx", sheets, ColumnMap.Default, new RegionNames(Regions), builder, bag);
        return (builder.Build(), bag.ToSortedList(), summaries);
    }

    private static byte[] Workbook(params (string Name, IEnumerable<IReadOnlyList<XlsxWriter.Cell>> Rows)[] sheets)
    {
        var w = new XlsxWriter();
        foreach (var (name, rows) in sheets) w.Sheet(name, rows);
        using var buffer = new MemoryStream();
        w.Write(buffer);
        return buffer.ToArray();
    }

    private static XlsxWriter.Cell Date(int year, int month) => new(Date: new DateOnly(year, month, 1));

    [Fact]
    public void A_wide_sheet_with_title_rows_excel_dates_and_ags_as_numbers_is_read()
    {
        var bytes = Workbook(("Daten", new IReadOnlyList<XlsxWriter.Cell>[]
        {
            ["Integrationen im SGB II"],
            [],
            ["AGS", "Monat", "Integrationen", "ELB"],
            [5554, Date(2023, 1), 123, 11467],
            [5554, Date(2023, 2), "*", "11.480"],
            [5113, "März 2023", "-", 66651.0],
            ["Quelle: Statistik der BA; * Geheimhaltung"],
        }));
        var (table, diagnostics, sheets) = Read(bytes);
        Assert.Empty(diagnostics);
        Assert.Equal(123, table.Get("05554", Measure.Integrationen, new YearMonth(2023, 1)));
        Assert.Equal(11467, table.Get("05554", Measure.Elb, new YearMonth(2023, 1)));
        Assert.Equal(11480, table.Get("05554", Measure.Elb, new YearMonth(2023, 2)));
        Assert.Null(table.Get("05554", Measure.Integrationen, new YearMonth(2023, 2)));
        Assert.Contains((Measure.Integrationen, new YearMonth(2023, 2)), table.WithheldOf("05554"));
        Assert.Null(table.Get("05113", Measure.Integrationen, new YearMonth(2023, 3)));
        Assert.DoesNotContain((Measure.Integrationen, new YearMonth(2023, 3)), table.WithheldOf("05113"));
        Assert.Equal(66651, table.Get("05113", Measure.Elb, new YearMonth(2023, 3)));
        var s = Assert.Single(sheets);
        Assert.Equal(("Daten", 3, 4, 1, 2), (s.Sheet, s.Rows, s.Values, s.Withheld, s.Regions));
        Assert.Equal(new YearMonth(2023, 1), s.First);
        Assert.Equal(new YearMonth(2023, 3), s.Last);
    }

    [Fact]
    public void A_text_cell_that_is_no_number_is_an_error_at_its_cell()
    {
        var bytes = Workbook(("Daten", new IReadOnlyList<XlsxWriter.Cell>[]
        {
            ["AGS", "Monat", "Integrationen"],
            [5554, Date(2023, 1), "k.A."],
        }));
        var d = Assert.Single(Read(bytes).Diagnostics);
        Assert.Equal("data/werte.xlsx:Daten!C2: error: 'k.A.' is not a number (a value is a number such as 11.467 or 1.234,5; '*' or 'x' withheld; '-' or '.' no value) [ZS0202]", d.ToString());
    }

    [Fact]
    public void A_number_cell_too_large_for_a_double_is_an_error_at_its_cell_never_infinity()
    {
        var bytes = Workbook(("Daten", new IReadOnlyList<XlsxWriter.Cell>[]
        {
            ["AGS", "Monat", "Integrationen"],
            [5554, Date(2023, 1), 987654321],
        }));
        // Excel keeps what a cell holds as text in <v>; 1e400 is what a hostile or broken writer can put there.
        using (var zip = new ZipArchive(new MemoryStream(bytes.ToArray()), ZipArchiveMode.Read))
        using (var changed = new MemoryStream())
        {
            using (var copy = new ZipArchive(changed, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open());
                    var text = reader.ReadToEnd().Replace("987654321", "1e400");
                    using var w = new StreamWriter(copy.CreateEntry(entry.FullName).Open());
                    w.Write(text);
                }
            bytes = changed.ToArray();
        }
        var (table, diagnostics, _) = Read(bytes);
        var d = Assert.Single(diagnostics);
        Assert.Equal("data/werte.xlsx:Daten!C2: error: the number is too large to be a value (the cell holds infinity or no number); correct the cell [ZS0202]", d.ToString());
        Assert.Null(table.Get("05554", Measure.Integrationen, new YearMonth(2023, 1)));
    }

    [Fact]
    public void Only_the_sheets_named_in_the_config_are_read_and_a_missing_one_is_an_error()
    {
        IReadOnlyList<XlsxWriter.Cell>[] Rows(double v) => [["AGS", "Monat", "BG"], [5554, Date(2023, 1), v]];
        var bytes = Workbook(("Daten", Rows(1)), ("Alt", Rows(2)));
        var (table, diagnostics, _) = Read(bytes, ["Daten"]);
        Assert.Empty(diagnostics);
        Assert.Equal(1, table.Get("05554", Measure.Bg, new YearMonth(2023, 1)));
        var missing = Read(bytes, ["Werte"]).Diagnostics;
        Assert.Contains(missing, d => d.Code == DiagnosticCodes.SpreadsheetUnreadable && d.Message.Contains("no sheet 'Werte'"));
    }

    [Fact]
    public void A_formula_without_a_saved_value_is_an_error_at_its_cell()
    {
        var bytes = Workbook(("Daten", new IReadOnlyList<XlsxWriter.Cell>[]
        {
            ["AGS", "Monat", "Integrationen Frauen", "Integrationen Männer", "Integrationen"],
            [5554, Date(2023, 1), 10, 20, new XlsxWriter.Cell(Formula: "C2+D2")],
        }));
        var d = Assert.Single(Read(bytes).Diagnostics);
        Assert.Equal(DiagnosticCodes.SpreadsheetFormulaWithoutValue, d.Code);
        Assert.Equal("data/werte.xlsx:Daten!E2", d.Span.ToString());
    }

    [Fact]
    public void A_damaged_workbook_is_one_error()
    {
        var bytes = Workbook(("Daten", new IReadOnlyList<XlsxWriter.Cell>[] { ["AGS", "Monat", "BG"], [5554, Date(2023, 1), 1] }));
        var cut = bytes[..(bytes.Length / 2)];
        var d = Assert.Single(Read(cut).Diagnostics);
        Assert.Equal(DiagnosticCodes.SpreadsheetUnreadable, d.Code);
        Assert.Contains("damaged", d.Message);
        var garbage = Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not a zip file at all");
        Assert.Equal(DiagnosticCodes.SpreadsheetUnreadable, Assert.Single(Read(garbage).Diagnostics).Code);
        var text = Encoding.UTF8.GetBytes("ags;month;measure;value\n");
        Assert.Contains("not an .xlsx workbook", Assert.Single(Read(text).Diagnostics).Message);
    }

    [Fact]
    public void A_password_protected_workbook_is_named_as_such()
    {
        // An encrypted workbook is an OLE compound file with the streams EncryptionInfo and EncryptedPackage.
        var ole = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(ole, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(ole, 1152);
        var d = Assert.Single(Read(ole).Diagnostics);
        Assert.Equal("data/werte.xlsx: error: the workbook is password-protected (encrypted); save it without a password (Datei > Informationen > Arbeitsmappe schützen) [ZS0212]", d.ToString());
        Array.Clear(ole, 1024, 1024);
        Assert.Contains("old Excel workbook (.xls", Assert.Single(Read(ole).Diagnostics).Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // Few KB that unpack to 2 GB by their declared sizes: the central directory claims 2 GB for the sheet.
        var bytes = Workbook(("Daten", new IReadOnlyList<XlsxWriter.Cell>[] { ["AGS", "Monat", "BG"], [5554, Date(2023, 1), 1] }));
        Assert.True(bytes.Length < 8 * 1024);
        var bomb = PatchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 0x7FFF_FFFF);
        var d = Assert.Single(Read(bomb).Diagnostics);
        Assert.Equal(DiagnosticCodes.SpreadsheetUnreadable, d.Code);
        Assert.Contains("zip bomb", d.Message);
    }

    [Fact]
    public void A_part_with_a_compression_ratio_of_a_zip_bomb_is_refused()
    {
        // 64 MB of blanks in the sheet (they are valid XML whitespace) compress to about 64 KB.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var source = new ZipArchive(new MemoryStream(Workbook(("Daten", new IReadOnlyList<XlsxWriter.Cell>[] { ["AGS", "Monat", "BG"] }))));
            foreach (var e in source.Entries)
            {
                var copy = zip.CreateEntry(e.FullName, CompressionLevel.SmallestSize);
                using var to = copy.Open();
                using var from = e.Open();
                if (e.FullName.EndsWith("sheet1.xml", StringComparison.Ordinal))
                {
                    var blanks = new byte[1024 * 1024];
                    Array.Fill(blanks, (byte)' ');
                    for (var i = 0; i < 64; i++) to.Write(blanks);
                }
                from.CopyTo(to);
            }
        }
        var bytes = buffer.ToArray();
        Assert.True(bytes.Length < 512 * 1024, $"{bytes.Length} bytes");
        var d = Assert.Single(Read(bytes).Diagnostics);
        Assert.Contains("zip bomb", d.Message);
    }

    [Fact]
    public void A_sheet_of_a_million_empty_rows_ends_in_one_error()
    {
        var rows = new List<IReadOnlyList<XlsxWriter.Cell>>();
        rows.Add(new XlsxWriter.Cell[] { "Tabelle ohne Kopfzeile" });
        var empty = new XlsxWriter.Cell[] { "" };
        for (var i = 0; i < 1_000_000; i++) rows.Add(empty);
        rows.Add(new XlsxWriter.Cell[] { "Ende" });
        var bytes = Workbook(("Leer", rows));
        var (_, diagnostics, sheets) = Read(bytes);
        var d = Assert.Single(diagnostics);
        Assert.Equal("data/werte.xlsx:Leer: error: the sheet has no header row (a row with a region column such as AGS, a month column such as Monat, and at least one measure column); it is not read [ZS0201]", d.ToString());
        Assert.Empty(sheets);
    }

    [Fact]
    public void A_part_that_declares_less_than_it_holds_unpacks_only_what_it_declares()
    {
        // The guard trusts declared sizes because .NET's ZipArchive stops a part at its declared size: 10 MB of zeros
        // declared as 1,000 bytes give 1,000 bytes.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            s.Write(new byte[10_000_000]);
        }
        var lying = PatchDeclaredSize(buffer.ToArray(), "xl/worksheets/sheet1.xml", 1000);
        using var read = new ZipArchive(new MemoryStream(lying));
        using var part = read.Entries[0].Open();
        var n = 0L;
        var chunk = new byte[81920];
        int k;
        while ((k = part.Read(chunk)) > 0) n += k;
        Assert.Equal(1000, n);
    }

    /// <summary>Sets the uncompressed size that the central directory (and the local header) declare for one part.</summary>
    private static byte[] PatchDeclaredSize(byte[] zip, string name, uint size)
    {
        var copy = (byte[])zip.Clone();
        var nameBytes = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            if (copy[i] == 0x50 && copy[i + 1] == 0x4B && copy[i + 2] == 0x01 && copy[i + 3] == 0x02 &&
                copy.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
                BitConverter.GetBytes(size).CopyTo(copy, i + 24);
            if (copy[i] == 0x50 && copy[i + 1] == 0x4B && copy[i + 2] == 0x03 && copy[i + 3] == 0x04 && i + 30 + nameBytes.Length < copy.Length &&
                copy.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
                BitConverter.GetBytes(size).CopyTo(copy, i + 22);
        }
        return copy;
    }
}
