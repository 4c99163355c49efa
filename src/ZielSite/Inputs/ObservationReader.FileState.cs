using System.Globalization;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

public static partial class ObservationReader
{
    /// <summary>
    /// What one file's reading keeps: error count, interned AGS, and the counters behind the summary warnings.
    /// For a spreadsheet, <paramref name="sheet"/> names the sheet; <paramref name="cellOrigins"/>: a value's origin
    /// is its cell (row and column; wide tables), not only its line (long CSV).
    /// </summary>
    internal sealed class FileState(string file, IReadOnlySet<string> knownAgs, ObservationTable.Builder table, DiagnosticBag diagnostics,
        string? sheet = null, bool cellOrigins = false)
    {
        private readonly Dictionary<string, bool> _ags = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Tally> _unknownMeasures = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Tally> _unknownRegions = new(StringComparer.Ordinal);
        private readonly Dictionary<Measure, Tally> _notWhole = new();
        private readonly Dictionary<string, Repeat> _repeats = new(StringComparer.Ordinal);

        public int Errors { get; private set; }

        /// <summary>Values added to the table by this file.</summary>
        public int Values { get; private set; }

        private int _firstMonth = int.MaxValue, _lastMonth = int.MinValue;

        /// <summary>The first and last month of a value added, or null.</summary>
        public (YearMonth First, YearMonth Last)? Months => Values == 0 ? null : (YearMonth.FromIndex(_firstMonth), YearMonth.FromIndex(_lastMonth));

        /// <summary>Distinct AGS of regions.csv met in the file.</summary>
        public int KnownRegions => _ags.Count(a => a.Value);

        public void Error(string code, int line, int column, string message)
        {
            Errors++;
            diagnostics.Error(code, new SourceSpan(file, line, column, sheet), message);
        }

        /// <summary>The AGS as a shared string (one allocation per distinct AGS, not per row) and whether regions.csv knows it.</summary>
        public string Intern(ReadOnlySpan<char> ags, out bool known)
        {
            var lookup = _ags.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(ags, out var s, out known)) return s;
            s = ags.ToString();
            known = knownAgs.Contains(s);
            _ags[s] = known;
            return s;
        }

        public void UnknownMeasure(ReadOnlySpan<char> name, int line)
        {
            // Looked up by span first: a file full of a measure ZielSite does not use must not allocate per row.
            var lookup = _unknownMeasures.GetAlternateLookup<ReadOnlySpan<char>>();
            if (name.Length <= 40 && lookup.TryGetValue(name, out var t)) lookup[name] = t with { Count = t.Count + 1 };
            else Count(_unknownMeasures, Shorten(name), line);
        }

        public void UnknownRegion(string ags, int line) => Count(_unknownRegions, ags, line);

        /// <summary>A region cell that is neither an AGS nor a name of regions.csv (a total row, a footnote, a typo).</summary>
        public void UnknownRegionName(string name, int line) => Count(_unknownNames, Shorten(name), line);

        private readonly Dictionary<string, Tally> _unknownNames = new(StringComparer.Ordinal);

        public void NotWhole(Measure measure, int line)
        {
            _notWhole.TryGetValue(measure, out var t);
            _notWhole[measure] = t.Count == 0 ? new Tally(line, 1) : t with { Count = t.Count + 1 };
        }

        public void Add(string ags, Measure measure, YearMonth month, double value, int line, int column)
        {
            if (table.TryAdd(ags, measure, month, value, new SourceSpan(file, line, cellOrigins ? column : 0, sheet)))
            {
                Values++;
                if (month.Index < _firstMonth) _firstMonth = month.Index;
                if (month.Index > _lastMonth) _lastMonth = month.Index;
                return;
            }
            table.TryGet(ags, measure, month, out var first);
            var origin = table.Origin(ags, measure, month);
            // The texts are built only for a message: a file of repeated rows must not allocate per row.
            if (first != value)
            {
                Error(DiagnosticCodes.CsvDuplicate, line, column,
                    $"conflicting values for {Cell(ags, measure, month)}: {Format(value)} here, {Format(first)} at {Where(origin)}");
                return;
            }
            var key = origin?.File ?? "";
            _repeats[key] = _repeats.TryGetValue(key, out var r)
                ? r with { Count = r.Count + 1 }
                : new Repeat(line, 1, Cell(ags, measure, month), Where(origin));
        }

        /// <summary>One warning per unknown name, per count measure with fractions, and per file repeated.</summary>
        public void ReportSummaries()
        {
            foreach (var (name, t) in _unknownMeasures)
                Warn(DiagnosticCodes.CsvUnknownMeasure, t.FirstLine,
                    $"unknown measure '{name}' in {Rows(t.Count)} (first here); skipped. Known measures: {string.Join(", ", MeasureNames.All.Select(MeasureNames.Name))}");
            foreach (var (ags, t) in _unknownRegions)
                Warn(DiagnosticCodes.CsvUnknownRegion, t.FirstLine,
                    $"AGS {ags} is not in regions.csv: {Rows(t.Count)} skipped (first here)");
            foreach (var (name, t) in _unknownNames)
                Warn(DiagnosticCodes.CsvUnknownRegion, t.FirstLine,
                    $"the region '{name}' is neither an AGS nor a name in regions.csv: {Rows(t.Count)} skipped (first here)");
            foreach (var (measure, t) in _notWhole)
                Warn(DiagnosticCodes.CsvValueInvalid, t.FirstLine,
                    $"'{MeasureNames.Name(measure)}' is a count, but {Rows(t.Count)} {(t.Count == 1 ? "has a value that is" : "have values that are")} not whole (first here); is a '.' or ',' meant as a thousands separator?");
            foreach (var r in _repeats.Values)
                Warn(DiagnosticCodes.CsvDuplicate, r.FirstLine, r.Count == 1
                    ? $"the value of {r.Cell} is given twice with the same value (also at {r.Where})"
                    : $"{r.Count} values are given twice with the same value (first {r.Cell}, also at {r.Where})");
        }

        private void Warn(string code, int line, string message) => diagnostics.Warning(code, new SourceSpan(file, line, 0, sheet), message);

        private static void Count(Dictionary<string, Tally> tallies, string key, int line) =>
            tallies[key] = tallies.TryGetValue(key, out var t) ? t with { Count = t.Count + 1 } : new Tally(line, 1);

        private static string Where(SourceSpan? origin) => origin?.ToString() ?? "another input";

        private static string Cell(string ags, Measure measure, YearMonth month) => $"{ags} {MeasureNames.Name(measure)} {month}";

        private static string Rows(int count) => count == 1 ? "1 row" : $"{count} rows";

        private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
    }

    private readonly record struct Tally(int FirstLine, int Count);

    private readonly record struct Repeat(int FirstLine, int Count, string Cell, string Where);
}
