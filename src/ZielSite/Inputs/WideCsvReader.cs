using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// Reads a wide CSV file (a region column, a month column, one column per measure; any title rows above the
/// header) with CsvHelper's parser: quoted fields, line breaks inside quoted header cells, and the delimiter
/// (';', tab or ',') detected as the one under which a header row is found in the first lines. UTF-8 (with or
/// without BOM), else Windows-1252, as spreadsheet programs save CSV. Columns in diagnostics are field numbers.
/// </summary>
internal static class WideCsvReader
{
    /// <summary>The bytes looked at to find the encoding, the delimiter and the header.</summary>
    private const int PrefixBytes = 256 * 1024;

    private static readonly char[] Delimiters = [';', '\t', ','];

    static WideCsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DataFileSummary? Read(Stream content, string file, ColumnMap map, RegionNames regions, ObservationTable.Builder table, DiagnosticBag diagnostics)
    {
        var prefix = new byte[PrefixBytes];
        var length = 0;
        int read;
        while (length < prefix.Length && (read = content.Read(prefix, length, prefix.Length - length)) > 0) length += read;
        var encoding = IsUtf8(prefix.AsSpan(0, length), complete: length < PrefixBytes)
            ? (Encoding)new UTF8Encoding(false, false) : Encoding.GetEncoding(1252);
        var head = encoding.GetString(prefix, 0, length);
        var delimiter = Delimiters.FirstOrDefault(d => FindsHeader(head, d, map));
        if (delimiter == '\0')
        {
            diagnostics.Error(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file, 1),
                "no header found: expected the long header ags;month;measure;value or a wide header with a region column (AGS or Region), " +
                "a month column (Monat) and measure columns (e.g. Integrationen; see data/spalten.csv)");
            return null;
        }
        var whole = new ConcatStream(prefix, length, content);
        using var text = new StreamReader(whole, encoding, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(text, Configuration(delimiter));
        var wide = new WideTableReader(file, null, "wide", delimiter, map, regions, table, diagnostics);
        var cells = new List<object?>();
        var line = 1;
        try
        {
            while (parser.Read())
            {
                cells.Clear();
                var record = parser.Record ?? [];
                foreach (var field in record)
                {
                    if (field.Contains('\uFFFD') || field.Contains('\0'))
                    {
                        diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(file, line),
                            "the file is not text (binary content); the rest of the file is not read");
                        return wide.Finish();
                    }
                    cells.Add(field);
                }
                wide.Row(line, cells, cells.Count);
                line = parser.RawRow + 1;
                if (wide.Errors >= ObservationReader.MaxErrorsPerFile)
                {
                    diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(file, line - 1),
                        $"more than {ObservationReader.MaxErrorsPerFile} errors; the rest of the file is not read");
                    break;
                }
            }
        }
        catch (CsvHelperException e)
        {
            diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(file, line),
                e is MaxFieldSizeException ? "a field is longer than 65536 characters; the rest of the file is not read" : "the file cannot be read as CSV (an unclosed quote?); the rest of the file is not read");
        }
        return wide.Finish();
    }

    private static CsvConfiguration Configuration(char delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter.ToString(),
        HasHeaderRecord = false,
        BadDataFound = null,
        MissingFieldFound = null,
        DetectColumnCountChanges = false,
        IgnoreBlankLines = false,
        MaxFieldSize = 64 * 1024,
    };

    /// <summary>True when a row of <paramref name="head"/> split at <paramref name="delimiter"/> is a wide header.</summary>
    private static bool FindsHeader(string head, char delimiter, ColumnMap map)
    {
        try
        {
            using var parser = new CsvParser(new StringReader(head), Configuration(delimiter));
            while (parser.Read())
            {
                var record = parser.Record ?? [];
                if (WideTableReader.IsHeader(record, record.Length, map)) return true;
            }
        }
        catch (CsvHelperException)
        {
        }
        return false;
    }

    /// <summary>True when the bytes are UTF-8 (a sequence cut at the end of an incomplete prefix counts as UTF-8).</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (!complete)
        {
            // Drop a multi-byte sequence cut at the end of the prefix.
            var end = bytes.Length;
            for (var i = 1; i <= 3 && end - i >= 0; i++)
                if ((bytes[end - i] & 0xC0) == 0xC0) { bytes = bytes[..(end - i)]; break; }
        }
        return System.Text.Unicode.Utf8.IsValid(bytes);
    }

    /// <summary>The prefix already read, then the rest of the stream.</summary>
    private sealed class ConcatStream(byte[] prefix, int length, Stream rest) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < length)
            {
                var n = Math.Min(count, length - _position);
                Array.Copy(prefix, _position, buffer, offset, n);
                _position += n;
                return n;
            }
            return rest.Read(buffer, offset, count);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
