using ZielSite.Diagnostics;
using ZielSite.Text;

namespace ZielSite.Inputs;

/// <summary>
/// Reads <c>data/regions.csv</c> (<c>ags;name;kind</c> and optional further columns, which go to
/// <see cref="Region.Extra"/> by their header name). UTF-8 (BOM allowed; Windows-1252 is accepted as a
/// fallback), delimiter <c>;</c>, fields may be quoted. <c>kind</c> is one of the official kinds
/// (<see cref="RegionKinds.Parse"/>: Landkreis, Kreis, Kreisfreie Stadt, Stadt, Stadtkreis, Städteregion, Region,
/// Regionalverband), any case.
/// </summary>
/// <remarks>
/// Errors (<see cref="DiagnosticCodes.CsvHeaderInvalid"/>, <see cref="DiagnosticCodes.RegionInvalid"/>): a
/// missing header or column, a wrong field count, an AGS that is not five digits, a duplicate AGS, two names
/// with the same slug, an empty name, an unknown kind. A row with an error is left out; the others are returned
/// in file order. The optional column <c>vergleichstyp</c> (<see cref="Region.ComparisonType"/>) may be empty; a value
/// that is no short code (too long, a control or other character) is an error too, but its region is kept without a type.
/// </remarks>
public static class RegionReader
{
    private static readonly string[] Required = ["ags", "name", "kind"];

    /// <summary><paramref name="file"/> is the display path used in diagnostics.</summary>
    public static IReadOnlyList<Region> Read(Stream content, string file, DiagnosticBag diagnostics)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var text = TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).Text;
        var lines = text.Split('\n');
        var regions = new List<Region>();
        string[]? header = null;
        var byAgs = new Dictionary<string, Region>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, Region>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var n = i + 1;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = SplitLine(line);
            if (fields is null)
            {
                diagnostics.Error(DiagnosticCodes.RegionInvalid, new SourceSpan(file, n), "a quoted field is not closed");
                if (header is null) return regions;
                continue;
            }
            if (header is null)
            {
                header = ReadHeader(line, fields, file, n, diagnostics);
                if (header is null) return regions;
                continue;
            }
            var region = ReadRow(fields, header, file, n, diagnostics);
            if (region is null) continue;
            if (byAgs.TryGetValue(region.Ags, out var sameAgs))
            {
                diagnostics.Error(DiagnosticCodes.RegionInvalid, region.Span,
                    $"AGS {region.Ags} is listed twice (also at {sameAgs.Span})");
                continue;
            }
            if (bySlug.TryGetValue(region.Slug, out var sameSlug))
            {
                diagnostics.Error(DiagnosticCodes.RegionInvalid, region.Span,
                    $"'{region.Name}' and '{sameSlug.Name}' ({sameSlug.Span}) have the same slug '{region.Slug}'; their pages would collide");
                continue;
            }
            byAgs[region.Ags] = region;
            bySlug[region.Slug] = region;
            regions.Add(region);
        }
        if (header is null)
            diagnostics.Error(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file), "the file is empty (expected the header ags;name;kind)");
        return regions;
    }

    private static string[]? ReadHeader(string line, List<string> fields, string file, int n, DiagnosticBag diagnostics)
    {
        var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        if (names.Length == 1 && (line.Contains(',') || line.Contains('\t')))
        {
            diagnostics.Error(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file, n),
                $"the delimiter must be ';' (this file uses {(line.Contains('\t') ? "a tab" : "','")}); expected the header ags;name;kind");
            return null;
        }
        var missing = Required.Where(r => !names.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            var looksLikeData = names[0].Length > 0 && char.IsAsciiDigit(names[0][0]);
            diagnostics.Error(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file, n), looksLikeData
                ? "the header is missing: the first line must be ags;name;kind (further columns allowed)"
                : $"the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (expected ags;name;kind)");
            return null;
        }
        var duplicate = names.GroupBy(x => x).FirstOrDefault(g => g.Count() > 1 || g.Key.Length == 0);
        if (duplicate is not null)
        {
            diagnostics.Error(DiagnosticCodes.CsvHeaderInvalid, new SourceSpan(file, n), duplicate.Key.Length == 0
                ? "the header has an empty column name"
                : $"the header names the column '{duplicate.Key}' twice");
            return null;
        }
        return names;
    }

    private static Region? ReadRow(List<string> fields, string[] header, string file, int n, DiagnosticBag diagnostics)
    {
        var span = new SourceSpan(file, n);
        if (fields.Count != header.Length)
        {
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span, $"expected {header.Length} fields separated by ';', found {fields.Count}");
            return null;
        }
        string Field(string name) => fields[Array.IndexOf(header, name)].Trim();
        var ags = Field("ags");
        if (ags.Length != 5 || !ags.All(char.IsAsciiDigit))
        {
            var hint = ags.Length == 4 && ags.All(char.IsAsciiDigit) ? $" (a leading zero may have been lost: 0{ags}?)" : "";
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span, $"the AGS must be five digits, found '{ags}'{hint}");
            return null;
        }
        var name = Field("name");
        if (name.Any(char.IsControl))
        {
            // A NUL or other control character is no part of a name: it would reach pages, feeds and file names.
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span,
                $"the name of region {ags} has the control character U+{(int)name.First(char.IsControl):X4}; a name is text without control characters");
            return null;
        }
        var slug = Slug.From(name);
        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span, name.Length == 0 ? $"region {ags} has no name"
                : $"the name '{name}' of region {ags} has no letter or digit, so it gives no page address (slug)");
            return null;
        }
        var kindText = Field("kind");
        if (RegionKinds.Parse(kindText) is not { } kind)
        {
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span, $"the kind must be one of {RegionKinds.Accepted} (any case), found '{kindText}'");
            return null;
        }
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
            if (!Required.Contains(header[i])) extra[header[i]] = fields[i].Trim();
        var type = extra.TryGetValue(ComparisonTypeColumn, out var t) ? ReadComparisonType(t, ags, span, diagnostics) : null;
        return new Region(ags, name, kind, slug, span, extra) { ComparisonType = type };
    }

    /// <summary>The optional column of the SGB II-Vergleichstyp (<see cref="Region.ComparisonType"/>).</summary>
    internal const string ComparisonTypeColumn = "vergleichstyp";

    /// <summary>The longest Vergleichstyp accepted: the IAB's codes are two to four characters ("Ia", "IIIc").</summary>
    internal const int MaxComparisonTypeLength = 12;

    private static readonly System.Buffers.SearchValues<char> TypeCharacters = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüß0123456789 .-/");

    /// <summary>
    /// A Vergleichstyp: empty is none; else at most <see cref="MaxComparisonTypeLength"/> Latin letters (umlauts included), digits, spaces, '.',
    /// '-' or '/' ("IIb", "Typ 3a"). Anything else is an error at the row's line, and the region is read without a type.
    /// </summary>
    private static string? ReadComparisonType(string value, string ags, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (value.Length == 0) return null;
        if (value.Any(char.IsControl))
        {
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span,
                $"the vergleichstyp of region {ags} has the control character U+{(int)value.First(char.IsControl):X4}; a type is a short code such as IIb");
            return null;
        }
        if (value.Length > MaxComparisonTypeLength)
        {
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span,
                $"the vergleichstyp of region {ags} has {value.Length} characters; a type is a short code of at most {MaxComparisonTypeLength} characters such as IIb (the IAB's SGB II-Vergleichstypen)");
            return null;
        }
        var bad = value.AsSpan().IndexOfAnyExcept(TypeCharacters);
        if (bad >= 0)
        {
            diagnostics.Error(DiagnosticCodes.RegionInvalid, span,
                $"the vergleichstyp '{value}' of region {ags} has the character U+{(int)value[bad]:X4}; a type holds only letters, digits, spaces, '.', '-' and '/' (such as IIb)");
            return null;
        }
        return value;
    }

    /// <summary>The fields of a line (quotes removed, "" unescaped), or null when a quote is not closed.</summary>
    private static List<string>? SplitLine(string line)
    {
        Span<Range> storage = stackalloc Range[CsvFields.Max];
        var fields = new CsvFields(storage);
        var span = line.AsSpan().TrimEnd('\r');
        if (!fields.Split(span)) return null;
        var result = new List<string>(fields.Count);
        for (var i = 0; i < Math.Min(fields.Count, CsvFields.Max); i++)
        {
            var f = span[fields[i]].ToString();
            result.Add(fields.HasEscapedQuotes ? f.Replace("\"\"", "\"") : f);
        }
        return result;
    }
}
