using System.Buffers;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// Reads observation files (<c>ags;month;measure;value</c>, docs/contract.md) into one <see cref="ObservationTable"/>,
/// streaming line by line: memory does not grow with the file beyond the table itself. The columns may come
/// in any order (named by the header); rows may come in any order and be spread over any number of files.
/// </summary>
/// <remarks>
/// Errors (the build stops): missing or wrong header (a ',' or tab delimiter is named as such), wrong field
/// count, malformed AGS or month, non-numeric, negative or thousands-separated value, a line over 64 KB,
/// binary content (one error, then the file is left), and a cell given twice with different values (naming
/// both places). Warnings: a cell given twice with the same value, a measure or AGS that is not known (the
/// row is skipped; one warning per file and name, with the first line and the count of rows), and counts
/// that are not whole numbers. An empty value cell means "no value" and is skipped, never read as zero.
/// After <see cref="MaxErrorsPerFile"/> errors the rest of a file is not read.
/// </remarks>
public static partial class ObservationReader
{
    /// <summary>Errors reported per file before the rest of it is skipped.</summary>
    public const int MaxErrorsPerFile = 100;

    private static readonly string[] ColumnNames = ["ags", "month", "measure", "value"];

    /// <summary>Characters that do not occur in a text CSV file: NUL, other C0 controls, and U+FFFD (bytes that are not UTF-8).</summary>
    private static readonly SearchValues<char> Binary = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFD");

    /// <summary>
    /// Adds the values of one file to <paramref name="table"/>. <paramref name="file"/> is the display path.
    /// Duplicate cells with a different value are errors naming both places. With <paramref name="allowWide"/>,
    /// a first line that is not a long header (nor close to one, nor a long data row) returns false at once,
    /// nothing read or reported: the file is a wide table (<see cref="WideCsvReader"/>).
    /// </summary>
    public static bool Read(Stream content, string file, IReadOnlySet<string> knownAgs, ObservationTable.Builder table, DiagnosticBag diagnostics,
        bool allowWide = false, ICollection<DataFileSummary>? summaries = null)
    {
        using var reader = new CsvLineReader(content);
        var state = new FileState(file, knownAgs, table, diagnostics);
        Span<Range> storage = stackalloc Range[CsvFields.Max];
        var fields = new CsvFields(storage);
        int[]? columns = null;
        var sawText = false;
        var rows = 0;
        while (reader.TryReadLine(out var line))
        {
            var n = reader.LineNumber;
            if (reader.LineTooLong)
            {
                state.Error(DiagnosticCodes.CsvFileUnreadable, n, 0, $"line is longer than {CsvLineReader.MaxLineLength} characters; it is skipped");
                if (columns is null) break;
                continue;
            }
            var junk = line.IndexOfAny(Binary);
            // A first line that is not UTF-8 but text (Windows-1252, as spreadsheet programs save CSV) may start a wide table.
            if (junk >= 0 && allowWide && columns is null && !HasControl(line) && !LooksLong(line, ref fields)) return false;
            if (junk >= 0)
            {
                state.Error(DiagnosticCodes.CsvFileUnreadable, n, junk + 1,
                    "the file is not UTF-8 text (binary or non-UTF-8 content); the rest of the file is not read");
                break;
            }
            if (line.IsWhiteSpace()) continue;
            sawText = true;
            if (columns is null)
            {
                if (allowWide && !LooksLong(line, ref fields)) return false;
                columns = ReadHeader(line, n, ref fields, state);
                if (columns is null) break;
                continue;
            }
            rows++;
            ReadRow(line, n, columns, ref fields, state);
            if (state.Errors >= MaxErrorsPerFile)
            {
                state.Error(DiagnosticCodes.CsvFileUnreadable, n, 0, $"more than {MaxErrorsPerFile} errors; the rest of the file is not read");
                break;
            }
        }
        if (!sawText && state.Errors == 0)
            diagnostics.Warning(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file), "the file is empty (expected the header ags;month;measure;value)");
        state.ReportSummaries();
        var months = state.Months;
        summaries?.Add(new DataFileSummary(file, "long", null, ';', columns is null ? [] : [("ags", "ags"), ("month", "month"), ("measure", "measure"), ("value", "value")],
            rows, state.Values, 0, state.KnownRegions, months?.First, months?.Last));
        return true;
    }

    /// <summary>True when the line has a control character other than tab (binary content, not text in another encoding).</summary>
    private static bool HasControl(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
            if (c < ' ' && c != '\t') return true;
        return false;
    }

    /// <summary>
    /// True when a first line is meant as long CSV: at least three of the names ags, month, measure, value (with any
    /// delimiter), or a data row of four fields whose third is a measure name.
    /// </summary>
    private static bool LooksLong(ReadOnlySpan<char> line, ref CsvFields fields)
    {
        foreach (var d in (ReadOnlySpan<char>)[';', ',', '\t', '|'])
        {
            if (!fields.Split(line, d) || fields.Count > CsvFields.Max) continue;
            var named = 0;
            for (var i = 0; i < fields.Count; i++)
                if (Array.IndexOf(ColumnNames, line[fields[i]].Trim().ToString().ToLowerInvariant()) >= 0) named++;
            if (named >= 3) return true;
            if (d == ';' && fields.Count == 4 && TryParseIgnoringCase(line[fields[2]].Trim(), out _) &&
                line[fields[0]].Trim() is { Length: > 0 } first && char.IsAsciiDigit(first[0])) return true;
        }
        return false;
    }

    /// <summary>Reads the header; returns the field index of ags, month, measure and value, or null after an error.</summary>
    private static int[]? ReadHeader(ReadOnlySpan<char> line, int n, ref CsvFields fields, FileState state)
    {
        const string expected = "ags;month;measure;value";
        if (!fields.Split(line) || fields.Count > CsvFields.Max)
        {
            state.Error(DiagnosticCodes.CsvHeaderInvalid, n, 0, $"the first line must be the header {expected}");
            return null;
        }
        if (fields.Count == 1)
        {
            foreach (var other in (ReadOnlySpan<char>)[',', '\t', '|'])
            {
                if (line.IndexOf(other) < 0) continue;
                var name = other == '\t' ? "a tab" : $"'{other}'";
                state.Error(DiagnosticCodes.CsvHeaderInvalid, n, line.IndexOf(other) + 1,
                    $"the delimiter must be ';' (this file uses {name}); expected the header {expected}");
                return null;
            }
        }
        var columns = new[] { -1, -1, -1, -1 };
        var unknown = new List<string>();
        for (var i = 0; i < fields.Count; i++)
        {
            var name = line[fields[i]].Trim().ToString().ToLowerInvariant();
            var c = Array.IndexOf(ColumnNames, name);
            if (c < 0 || columns[c] >= 0) unknown.Add(name);
            else columns[c] = i;
        }
        if (unknown.Count == 0 && fields.Count == ColumnNames.Length) return columns;
        var first = line[fields[0]].Trim();
        var looksLikeData = first.Length > 0 && char.IsAsciiDigit(first[0]);
        state.Error(DiagnosticCodes.CsvHeaderInvalid, n, 0, looksLikeData
            ? $"the header is missing: the first line must be {expected}"
            : $"the header must name the columns {expected} (found '{line.Trim().ToString()}')");
        return null;
    }
}
