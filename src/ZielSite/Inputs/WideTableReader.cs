using System.Globalization;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// Reads one wide table (a CSV file or a sheet of a workbook) row by row, whatever its source: one row per
/// region and month, one column per measure. The header is the first row whose cells map (<see cref="ColumnMap"/>)
/// to a region (AGS or name), a month and at least one measure; rows above it are title rows and are skipped.
/// Values go into the same <see cref="ObservationTable.Builder"/> as long CSV files, with the same conflict,
/// duplicate and unknown-region reports (<see cref="ObservationReader.FileState"/>), at the cell they came from.
/// </summary>
/// <remarks>
/// A cell is a string (CSV, text cells), a double (number cells), a DateTime (date cells) or null (empty).
/// Rows without a month and without any value (footnotes, blank rows) are skipped. A "1.234" that may be a
/// thousands separator or a decimal point waits for the column to show its convention; unresolved at the end,
/// it is an error (<see cref="DiagnosticCodes.DataValueAmbiguous"/>).
/// </remarks>
internal sealed class WideTableReader
{
    private readonly string _file;
    private readonly string? _sheet;
    private readonly string _shape;
    private readonly char _delimiter;
    private readonly ColumnMap _map;
    private readonly RegionNames _regions;
    private readonly ObservationTable.Builder _table;
    private readonly DiagnosticBag _diagnostics;
    private readonly ObservationReader.FileState _state;

    private int _agsColumn = -1, _nameColumn = -1, _monthColumn = -1;
    private (int Column, Measure Measure)[] _measures = [];
    private char[] _decimal = [];
    private readonly List<(string Title, string Meaning)> _columns = [];
    private readonly List<Pending> _pending = [];
    private readonly HashSet<string> _regionsRead = new(StringComparer.Ordinal);
    private int _rows, _values, _withheld, _headerRow;
    private YearMonth? _first, _last;

    public WideTableReader(string file, string? sheet, string shape, char delimiter, ColumnMap map, RegionNames regions,
        ObservationTable.Builder table, DiagnosticBag diagnostics)
    {
        _file = file;
        _sheet = sheet;
        _shape = shape;
        _delimiter = delimiter;
        _map = map;
        _regions = regions;
        _table = table;
        _diagnostics = diagnostics;
        _state = new ObservationReader.FileState(file, regions.Known, table, diagnostics, sheet, cellOrigins: true);
    }

    public bool HasHeader => _headerRow > 0;

    public int Errors => _state.Errors;

    /// <summary>Measure cells that were empty in data rows: where a workbook may hide formulas without a saved value.</summary>
    public int EmptyValueCells { get; private set; }

    /// <summary>True when the cells would be the header of a wide table (a region, a month and a measure column).</summary>
    public static bool IsHeader(IReadOnlyList<object?> cells, int count, ColumnMap map)
    {
        bool region = false, month = false, measure = false;
        for (var i = 0; i < count; i++)
        {
            if (cells[i] is not string s || !map.TryMap(s, out var m)) continue;
            region |= m.Role is ColumnRole.Ags or ColumnRole.Name;
            month |= m.Role == ColumnRole.Month;
            measure |= m.Role == ColumnRole.Measure;
        }
        return region && month && measure;
    }

    /// <summary>Reads one row (1-based <paramref name="row"/>; the first <paramref name="count"/> cells).</summary>
    public void Row(int row, IReadOnlyList<object?> cells, int count)
    {
        if (_headerRow == 0)
        {
            if (IsHeader(cells, count, _map)) Header(row, cells, count);
            return;
        }
        var hasValue = false;
        foreach (var (c, _) in _measures)
            if (c < count && !IsBlank(cells[c])) { hasValue = true; break; }
        var monthCell = _monthColumn < count ? cells[_monthColumn] : null;
        if (!hasValue && IsBlank(monthCell)) return; // blank row or a footnote
        _rows++;

        var ags = Region(row, cells, count);
        if (ags is null) return;
        if (!Month(row, monthCell, out var month)) return;
        _first = _first is null || month < _first ? month : _first;
        _last = _last is null || month > _last ? month : _last;
        for (var i = 0; i < _measures.Length; i++)
        {
            var (c, measure) = _measures[i];
            var cell = c < count ? cells[c] : null;
            Value(row, c, i, cell, ags, measure, month);
        }
    }

    private void Header(int row, IReadOnlyList<object?> cells, int count)
    {
        _headerRow = row;
        var measures = new List<(int, Measure)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var title = cells[i] switch { string s => s, null => "", var o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "" };
            if (string.IsNullOrWhiteSpace(title)) continue;
            var shown = ColumnMap.Normalise(title);
            if (!_map.TryMap(title, out var meaning))
            {
                var closest = _map.Closest(title);
                _diagnostics.Warning(DiagnosticCodes.DataColumnUnmapped, Span(row, i + 1),
                    $"the column '{shown}' maps to no measure and is not read{(closest is null ? "" : $" (closest known title: {closest})")}; map it in data/spalten.csv (spalte;measure)");
                _columns.Add((shown, "-"));
                continue;
            }
            if (meaning.Role != ColumnRole.Ignored && seen.TryGetValue(meaning.ToString(), out var other))
            {
                _state.Error(DiagnosticCodes.DataColumnDuplicate, row, i + 1,
                    $"the column '{shown}' maps to {meaning} like column {SourceSpan.ColumnLetters(other + 1)} ({ColumnNumber(other)}); this one is not read");
                _columns.Add((shown, "-"));
                continue;
            }
            seen[meaning.ToString()] = i;
            _columns.Add((shown, meaning.ToString()));
            switch (meaning.Role)
            {
                case ColumnRole.Ags: _agsColumn = i; break;
                case ColumnRole.Name: _nameColumn = i; break;
                case ColumnRole.Month: _monthColumn = i; break;
                case ColumnRole.Measure: measures.Add((i, meaning.Measure)); break;
            }
        }
        _measures = measures.ToArray();
        _decimal = new char[_measures.Length];
    }

    private string ColumnNumber(int index) => _sheet is null ? $"field {index + 1}" : $"column {index + 1}";

    private string? Region(int row, IReadOnlyList<object?> cells, int count)
    {
        var agsCell = _agsColumn >= 0 && _agsColumn < count ? cells[_agsColumn] : null;
        var nameCell = _nameColumn >= 0 && _nameColumn < count ? cells[_nameColumn] : null;
        string? ags = null;
        string? text = null;
        if (!IsBlank(agsCell))
        {
            ags = agsCell switch { double d => CellText.Ags(d), string s => CellText.Ags(s), _ => null };
            text = Text(agsCell);
            // A name in the AGS column ("Kreis Borken" where the AGS is expected) is looked up too.
            ags ??= _regions.ByName(text);
        }
        else if (!IsBlank(nameCell))
        {
            text = Text(nameCell);
            ags = _regions.ByName(text) ?? CellText.Ags(text);
        }
        if (ags is null)
        {
            if (text is null)
            {
                _state.Error(DiagnosticCodes.CsvValueInvalid, row, (_agsColumn >= 0 ? _agsColumn : _nameColumn) + 1, "the row has values but no region (AGS or name)");
                return null;
            }
            _state.UnknownRegionName(text, row);
            return null;
        }
        ags = _state.Intern(ags, out var known);
        if (!known)
        {
            _state.UnknownRegion(ags, row);
            return null;
        }
        return ags;
    }

    private bool Month(int row, object? cell, out YearMonth month)
    {
        month = default;
        var ok = cell switch
        {
            DateTime d => CellText.Date(d, out month),
            double n when n >= 190001 && n <= 299912 && n == Math.Floor(n) => CellText.Month(((int)n).ToString(CultureInfo.InvariantCulture), out month),
            double n => CellText.ExcelDate(n, out month),
            string s => CellText.Month(s, out month),
            _ => false,
        };
        if (!ok)
            _state.Error(DiagnosticCodes.CsvMonthInvalid, row, _monthColumn + 1,
                IsBlank(cell) ? "the month is empty"
                : $"the month must be like 2023-01, 01/2023, Januar 2023 or a date, found '{Shorten(Text(cell))}'");
        return ok;
    }

    private void Value(int row, int column, int index, object? cell, string ags, Measure measure, YearMonth month)
    {
        double value;
        switch (cell)
        {
            case null:
                EmptyValueCells++;
                return;
            case double d when !double.IsFinite(d):
                // A workbook cell holding 1e400 is read as infinity; it is no count or amount, never "Infinity" on a page.
                _state.Error(DiagnosticCodes.CsvValueInvalid, row, column + 1,
                    "the number is too large to be a value (the cell holds infinity or no number); correct the cell");
                return;
            case double d:
                value = d;
                break;
            case string s:
                var count = measure is not (Measure.Llu or Measure.Kdu);
                var kind = CellText.Value(s, _decimal[index], count, out value, out var seen);
                if (seen != '\0' && _decimal[index] == '\0') _decimal[index] = seen;
                switch (kind)
                {
                    case CellKind.None:
                        if (s.Trim().Length == 0) EmptyValueCells++;
                        return;
                    case CellKind.Withheld:
                        _table.MarkWithheld(ags, measure, month);
                        _withheld++;
                        _regionsRead.Add(ags);
                        return;
                    case CellKind.Ambiguous:
                        _pending.Add(new Pending(row, column, index, s.Trim(), ags, measure, month));
                        return;
                    case CellKind.Invalid:
                        _state.Error(DiagnosticCodes.CsvValueInvalid, row, column + 1,
                            $"'{Shorten(s.Trim())}' is not a number (a value is a number such as 11.467 or 1.234,5; '*' or 'x' withheld; '-' or '.' no value)");
                        return;
                }
                break;
            case DateTime:
                _state.Error(DiagnosticCodes.CsvValueInvalid, row, column + 1, $"a date where a number of '{MeasureNames.Name(measure)}' is expected");
                return;
            case bool b:
                _state.Error(DiagnosticCodes.CsvValueInvalid, row, column + 1, $"'{b}' is not a number");
                return;
            default:
                _state.Error(DiagnosticCodes.CsvValueInvalid, row, column + 1, $"'{Shorten(Text(cell))}' is not a number");
                return;
        }
        Add(row, column, ags, measure, month, value, Text(cell));
    }

    private void Add(int row, int column, string ags, Measure measure, YearMonth month, double value, string text)
    {
        if (value < 0)
        {
            _state.Error(DiagnosticCodes.CsvValueInvalid, row, column + 1, $"a value must not be negative, found '{Shorten(text)}'");
            return;
        }
        value += 0.0;
        if (measure is not (Measure.Llu or Measure.Kdu) && value != Math.Floor(value)) _state.NotWhole(measure, row);
        _state.Add(ags, measure, month, value, row, column + 1);
        _values++;
        _regionsRead.Add(ags);
    }

    /// <summary>Resolves the ambiguous numbers by their column's convention, reports the rest, and the summary warnings.</summary>
    public DataFileSummary Finish()
    {
        foreach (var p in _pending)
        {
            var dec = _decimal[p.Index];
            if (dec == '\0')
            {
                _state.Error(DiagnosticCodes.DataValueAmbiguous, p.Row, p.Column + 1,
                    $"'{p.Text}' may be {p.Text.Replace(".", "")} (with a thousands separator) or {p.Text.Replace('.', ',')} (with a decimal point); " +
                    "write it without thousands separators or with a decimal comma (1234 or 1,234)");
                continue;
            }
            CellText.Value(p.Text, dec, false, out var value, out _);
            Add(p.Row, p.Column, p.Ags, p.Measure, p.Month, value, p.Text);
        }
        _state.ReportSummaries();
        return new DataFileSummary(_file, _shape, _sheet, _delimiter, _columns, _rows, _values, _withheld, _regionsRead.Count, _first, _last);
    }

    private SourceSpan Span(int row, int column) => new(_file, row, column, _sheet);

    private static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    private static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private readonly record struct Pending(int Row, int Column, int Index, string Text, string Ags, Measure Measure, YearMonth Month);
}

/// <summary>The regions of regions.csv by AGS and by name (case-insensitive, whitespace collapsed; also without "Kreis"/"Stadt").</summary>
internal sealed class RegionNames
{
    private readonly Dictionary<string, string?> _byName = new(StringComparer.Ordinal);

    public RegionNames(IReadOnlyList<Region> regions)
    {
        Known = regions.Select(r => r.Ags).ToHashSet(StringComparer.Ordinal);
        foreach (var r in regions) AddName(ColumnMap.Normalise(r.Name), r.Ags);
        var full = _byName.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var r in regions)
        {
            var name = ColumnMap.Normalise(r.Name);
            foreach (var prefix in new[] { "kreis ", "stadt ", "städteregion ", "landkreis ", "kreisfreie stadt " })
                if (name.StartsWith(prefix, StringComparison.Ordinal) && !full.Contains(name[prefix.Length..]))
                    _byName[name[prefix.Length..]] = _byName.TryGetValue(name[prefix.Length..], out var other) && other != r.Ags ? null : r.Ags;
        }
    }

    public IReadOnlySet<string> Known { get; }

    private void AddName(string name, string ags) => _byName[name] = _byName.ContainsKey(name) ? null : ags;

    /// <summary>The AGS of the region named <paramref name="name"/>; null when unknown or not unique.</summary>
    public string? ByName(string name) => _byName.GetValueOrDefault(ColumnMap.Normalise(name));
}
