using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

public sealed partial class ObservationTable
{
    /// <summary>
    /// Builds a table; adds values one at a time, then <see cref="Build"/> freezes it and adds the total.
    /// Values are kept in one growable array per (region, measure), so memory is about 16 bytes per value
    /// (the value and, packed in one long, the file and line it came from).
    /// </summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, Cells?[]> _cells = new(StringComparer.Ordinal);
        private readonly List<SourceSpan> _files = new();
        private readonly Dictionary<(string, string?, int), int> _fileIndex = new();
        private int _lastIndex = -1;

        private readonly HashSet<(string Ags, Measure Measure, int Month)> _withheld = new();

        /// <summary>Number of values (cells) set.</summary>
        public int Count { get; private set; }


        /// <summary>Marks a cell as withheld: it stays missing, and pages say why. A value given elsewhere for the cell wins.</summary>
        public void MarkWithheld(string ags, Measure measure, YearMonth month) => _withheld.Add((ags, measure, month.Index));

        /// <summary>
        /// Sets a value and remembers where it came from (<paramref name="origin"/>: file and line, see
        /// <see cref="Origin"/>; none for a table built in code); returns false (and keeps the first value and origin)
        /// when the cell already has one.
        /// </summary>
        public bool TryAdd(string ags, Measure measure, YearMonth month, double value, SourceSpan origin = default)
        {
            if (double.IsNaN(value)) throw new ArgumentException("A value must be a number; leave missing cells out.", nameof(value));
            if (!_cells.TryGetValue(ags, out var byMeasure))
            {
                byMeasure = new Cells?[MeasureNames.All.Count];
                _cells[ags] = byMeasure;
            }
            var cells = byMeasure[(int)measure] ??= new Cells(month.Index);
            var packed = origin.File is null ? 0L : ((long)FileIndex(origin) + 1) << 32 | (uint)origin.Line;
            if (!cells.TryAdd(month.Index, value, packed)) return false;
            Count++;
            return true;
        }

        public bool TryGet(string ags, Measure measure, YearMonth month, out double value)
        {
            value = 0;
            var cells = _cells.TryGetValue(ags, out var byMeasure) ? byMeasure[(int)measure] : null;
            return cells is not null && cells.TryGet(month.Index, out value, out _);
        }

        /// <summary>File and line the cell's value came from; null where the cell is empty or was added without origin.</summary>
        public SourceSpan? Origin(string ags, Measure measure, YearMonth month)
        {
            var cells = _cells.TryGetValue(ags, out var byMeasure) ? byMeasure[(int)measure] : null;
            if (cells is null || !cells.TryGet(month.Index, out _, out var packed) || packed == 0) return null;
            return _files[(int)(packed >> 32) - 1] with { Line = (int)(packed & 0xFFFFFFFF) };
        }

        public ObservationTable Build()
        {
            if (Count == 0) return Empty;
            var withheld = new Dictionary<string, (Measure, YearMonth)[]>(StringComparer.Ordinal);
            foreach (var g in _withheld.Where(w => !TryGet(w.Ags, w.Measure, YearMonth.FromIndex(w.Month), out _)).GroupBy(w => w.Ags))
                withheld[g.Key] = g.OrderBy(w => w.Month).ThenBy(w => w.Measure).Select(w => (w.Measure, YearMonth.FromIndex(w.Month))).ToArray();
            var min = int.MaxValue;
            var max = int.MinValue;
            foreach (var byMeasure in _cells.Values)
            {
                foreach (var c in byMeasure)
                {
                    if (c is null || c.MaxSet < c.MinSet) continue;
                    min = Math.Min(min, c.MinSet);
                    max = Math.Max(max, c.MaxSet);
                }
            }
            var length = max - min + 1;
            var measures = MeasureNames.All.Count;
            var series = new Dictionary<string, double[][]>(StringComparer.Ordinal);
            foreach (var ags in _cells.Keys.Order(StringComparer.Ordinal))
            {
                var byMeasure = new double[measures][];
                for (var m = 0; m < measures; m++)
                {
                    byMeasure[m] = NewMissing(length);
                    _cells[ags][m]?.CopyTo(byMeasure[m], min);
                }
                series[ags] = byMeasure;
            }
            series[TotalKey] = Total(series.Values.ToList(), measures, length);
            return new ObservationTable(YearMonth.FromIndex(min), YearMonth.FromIndex(max), series) { _withheld = withheld };
        }

        /// <summary>The index of the origin's file, sheet and column (one entry per long CSV file, per column of a wide table).</summary>
        private int FileIndex(SourceSpan origin)
        {
            // The same file as the row before (nearly always): no hashing per value.
            if (_lastIndex >= 0 && ReferenceEquals(_files[_lastIndex].File, origin.File) && _files[_lastIndex].Column == origin.Column &&
                _files[_lastIndex].Sheet == origin.Sheet) return _lastIndex;
            var key = (origin.File, origin.Sheet, origin.Column);
            if (_fileIndex.TryGetValue(key, out var i)) return _lastIndex = i;
            i = _files.Count;
            _files.Add(origin with { Line = 0 });
            _fileIndex[key] = i;
            return _lastIndex = i;
        }

        /// <summary>Sums regions in ordinal AGS order, so that the total does not depend on file order.</summary>
        private static double[][] Total(List<double[][]> regions, int measures, int length)
        {
            var total = new double[measures][];
            for (var m = 0; m < measures; m++)
            {
                var t = new double[length];
                for (var i = 0; i < length; i++)
                {
                    var sum = 0.0;
                    foreach (var r in regions)
                    {
                        var v = r[m][i];
                        if (double.IsNaN(v)) { sum = double.NaN; break; }
                        sum += v;
                    }
                    t[i] = sum;
                }
                total[m] = t;
            }
            return total;
        }

        private static double[] NewMissing(int length)
        {
            var a = new double[length];
            Array.Fill(a, double.NaN);
            return a;
        }

        /// <summary>The values of one (region, measure): a window of months starting at <see cref="_start"/>, grown on demand.</summary>
        private sealed class Cells(int firstIndex)
        {
            private int _start = firstIndex - firstIndex % 12;
            private double[] _values = NewMissing(24);
            private long[] _origins = new long[24];

            public int MinSet { get; private set; } = int.MaxValue;
            public int MaxSet { get; private set; } = int.MinValue;

            public bool TryAdd(int index, double value, long origin)
            {
                Ensure(index);
                var i = index - _start;
                if (!double.IsNaN(_values[i])) return false;
                _values[i] = value;
                _origins[i] = origin;
                MinSet = Math.Min(MinSet, index);
                MaxSet = Math.Max(MaxSet, index);
                return true;
            }

            public bool TryGet(int index, out double value, out long origin)
            {
                var i = index - _start;
                value = 0;
                origin = 0;
                if (i < 0 || i >= _values.Length || double.IsNaN(_values[i])) return false;
                value = _values[i];
                origin = _origins[i];
                return true;
            }

            public void CopyTo(double[] target, int targetStart)
            {
                if (MaxSet < MinSet) return;
                Array.Copy(_values, MinSet - _start, target, MinSet - targetStart, MaxSet - MinSet + 1);
            }

            private void Ensure(int index)
            {
                var end = _start + _values.Length;
                if (index >= _start && index < end) return;
                var newStart = Math.Min(_start, index - index % 12);
                var newEnd = Math.Max(end, index + 1);
                var length = Math.Max(newEnd - newStart, _values.Length * 2);
                if (index < _start) newStart = Math.Min(newStart, newEnd - length);
                var values = NewMissing(length);
                var origins = new long[length];
                Array.Copy(_values, 0, values, _start - newStart, _values.Length);
                Array.Copy(_origins, 0, origins, _start - newStart, _origins.Length);
                _values = values;
                _origins = origins;
                _start = newStart;
            }
        }
    }
}
