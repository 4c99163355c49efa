namespace ZielSite.Inputs;

/// <summary>
/// Splits one CSV line at <c>;</c> into at most <see cref="Max"/> fields without allocating. A field may be
/// quoted ("…", with "" for a quote); the quotes are not part of the field. Columns are 1-based.
/// </summary>
internal ref struct CsvFields
{
    public const int Max = 64;

    private Span<Range> _ranges;

    public CsvFields(Span<Range> storage) => _ranges = storage;

    /// <summary>Number of fields found by the last <see cref="Split"/> (may exceed <see cref="Max"/>; extra fields are not stored).</summary>
    public int Count { get; private set; }

    /// <summary>True when a field contains a doubled quote that the caller must unescape (rare; only regions.csv cares).</summary>
    public bool HasEscapedQuotes { get; private set; }

    /// <summary>Splits <paramref name="line"/>; false when a quoted field is not closed.</summary>
    public bool Split(ReadOnlySpan<char> line, char delimiter = ';')
    {
        Count = 0;
        HasEscapedQuotes = false;
        var i = 0;
        while (true)
        {
            int start, end;
            if (i < line.Length && line[i] == '"')
            {
                start = i + 1;
                var j = start;
                while (true)
                {
                    var q = line[j..].IndexOf('"');
                    if (q < 0) return false;
                    j += q;
                    if (j + 1 < line.Length && line[j + 1] == '"') { HasEscapedQuotes = true; j += 2; continue; }
                    break;
                }
                end = j;
                i = j + 1;
                // Anything between the closing quote and the delimiter is kept out; a stray character there is rare.
                var d = line[i..].IndexOf(delimiter);
                i = d < 0 ? line.Length : i + d;
            }
            else
            {
                start = i;
                var d = line[i..].IndexOf(delimiter);
                end = d < 0 ? line.Length : i + d;
                i = end;
            }
            if (Count < _ranges.Length) _ranges[Count] = new Range(start, end);
            Count++;
            if (i >= line.Length) return true;
            i++; // past the delimiter
            if (i == line.Length)
            {
                if (Count < _ranges.Length) _ranges[Count] = new Range(i, i);
                Count++;
                return true;
            }
        }
    }

    public readonly Range this[int index] => _ranges[index];

    /// <summary>1-based column of field <paramref name="index"/> (the opening quote for a quoted field).</summary>
    public readonly int Column(ReadOnlySpan<char> line, int index)
    {
        var start = _ranges[index].Start.GetOffset(line.Length);
        return start > 0 && line[start - 1] == '"' ? start : start + 1;
    }
}
