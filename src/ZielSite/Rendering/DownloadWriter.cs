using ZielSite.Output;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ZielSite.Indicators;

namespace ZielSite.Rendering;

/// <summary>
/// The downloads of a region page, with every figure the page shows. <c>daten.csv</c>: German spreadsheet
/// convention (UTF-8 with BOM, ";" delimiter, decimal comma, no thousands separators), long format
/// <c>art;schluessel;monat;wert</c> (art = region, gesamt, ziel, istwert, rang, hochrechnung). <c>daten.json</c>:
/// the same as structured JSON with invariant numbers, not indented. Values are unrounded (shortest round-trip form);
/// missing values are empty / null.
/// </summary>
public static class DownloadWriter
{
    // Not indented: a quarter fewer bytes, the same content. Markup characters stay escaped (\u003C): a region name
    // never reaches a browser as markup, whatever opens the file.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    /// <summary>
    /// Both downloads of a region page in one pass into <paramref name="csv"/> and <paramref name="json"/> (the build
    /// renders into pooled buffers and writes them from there): the monthly values, nine tenths of either file, are
    /// formatted once and written to both, straight as UTF-8.
    /// </summary>
    public static void WriteTo(RegionYearResult r, IBufferWriter<byte> csv, IBufferWriter<byte> json)
    {
        var months = new byte[13][];
        months[0] = [];
        for (var m = 1; m <= 12; m++) months[m] = Encoding.ASCII.GetBytes($"{r.Year:D4}-{m:D2}");
        csv.Write("\uFEFFart;schluessel;monat;wert\n"u8);
        using (var w = new Utf8JsonWriter(json, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("ags", r.Region.Ags);
            w.WriteString("region", r.Region.Name);
            w.WriteNumber("year", r.Year);
            w.WriteNumber("month", r.Month);
            w.WriteBoolean("final", r.IsFinal);
            w.WriteString("agreement", r.Agreement?.File);
            w.WriteStartArray("targets");
            foreach (var v in r.Verdicts)
            {
                w.WriteStartObject();
                w.WriteString("key", v.Target.Key);
                if (v.Target.IsLevel) w.WriteString("kind", v.Target.Kind);
                w.WriteString("operator", v.Target.Operator);
                w.WriteNumber("value", v.Target.Value);
                w.WriteString("unit", v.Target.Unit);
                w.WriteNumberOrNull("actual", v.Actual);
                w.WriteNumberOrNull("compared", v.Compared);
                w.WriteString("status", VerdictStatusNames.Json(v.Status));
                w.WriteNumber("month", v.Month);
                if (v.Reason is not null) w.WriteString("reason", v.Reason);
                if (v.Target.CorrectedBy is not null) w.WriteString("corrected_by", v.Target.CorrectedBy);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Months(w, "months", csv, "region;"u8, r.ByMonth, months);
            Months(w, "total_months", csv, "gesamt;"u8, r.TotalByMonth, months);
            w.WriteStartObject("ranks");
            foreach (var (key, rank) in r.Ranks.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(key, rank);
            w.WriteEndObject();
            w.WriteNumber("ranked_regions", r.RankedRegions);
            w.WriteStartObject("projection");
            foreach (var (key, value) in r.Projection.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumberOrNull(key, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        Span<byte> number = stackalloc byte[MaxNumber];
        foreach (var v in r.Verdicts)
        {
            var key = Encoding.UTF8.GetBytes(v.Target.Key);
            Line(csv, "ziel;"u8, key, [], Format(v.Target.Value, number));
            Line(csv, "istwert;"u8, key, MonthOf(months, v.Month), Format(v.Actual, number));
        }
        foreach (var (key, rank) in r.Ranks.OrderBy(p => p.Key, StringComparer.Ordinal))
            Line(csv, "rang;"u8, Encoding.UTF8.GetBytes(key), MonthOf(months, r.Month), Format(rank, number));
        foreach (var (key, value) in r.Projection.OrderBy(p => p.Key, StringComparer.Ordinal))
            Line(csv, "hochrechnung;"u8, Encoding.UTF8.GetBytes(key), months[12], Format(value, number));
    }

    /// <summary>Room for any double in shortest round-trip form ("-1.7976931348623157E+308" is 24 bytes).</summary>
    private const int MaxNumber = 32;

    /// <summary>The UTF-8 names of <see cref="ValueKeys.All"/>, in that order.</summary>
    private static readonly byte[][] KeyBytes = ValueKeys.All.Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>The same names for JSON, encoded once.</summary>
    private static readonly JsonEncodedText[] JsonKeys = ValueKeys.All.Select(k => JsonEncodedText.Encode(k, JsonOptions.Encoder)).ToArray();

    private static readonly JsonEncodedText MonthName = JsonEncodedText.Encode("month", JsonOptions.Encoder);

    private static byte[] MonthOf(byte[][] months, int? month) => months[month is >= 1 and <= 12 ? month.Value : 0];

    /// <summary>The value in invariant shortest round-trip form ("12.5"), empty where missing.</summary>
    private static ReadOnlySpan<byte> Format(double? value, Span<byte> into) =>
        value is { } v && v.TryFormat(into, out var written, "R", CultureInfo.InvariantCulture) ? into[..written] : [];

    /// <summary>
    /// The values of each month: a JSON object per month (<c>null</c> for a missing or non-finite value) and a CSV row
    /// per value key, in the order of <see cref="ValueKeys.All"/>; each number is formatted once for both.
    /// </summary>
    private static void Months(Utf8JsonWriter w, string name, IBufferWriter<byte> csv, ReadOnlySpan<byte> kind, IReadOnlyList<IndicatorSet> sets, byte[][] months)
    {
        Span<byte> number = stackalloc byte[MaxNumber];
        w.WriteStartArray(name);
        foreach (var set in sets)
        {
            w.WriteStartObject();
            w.WriteNumber(MonthName, set.Month);
            var month = MonthOf(months, set.Month);
            var map = set.Values as ValueMap;
            for (var i = 0; i < JsonKeys.Length; i++)
            {
                var value = map is not null ? map.At(i) : set[ValueKeys.All[i]];
                var text = Format(value, number);
                Line(csv, kind, KeyBytes[i], month, text);
                if (value is { } v && double.IsFinite(v))
                {
                    w.WritePropertyName(JsonKeys[i]);
                    w.WriteRawValue(text, skipInputValidation: true);
                }
                else w.WriteNull(JsonKeys[i]);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary><c>kind;key;month;value</c> and a line feed; <paramref name="number"/> (invariant form) with a decimal comma.</summary>
    private static void Line(IBufferWriter<byte> w, ReadOnlySpan<byte> kind, ReadOnlySpan<byte> key, ReadOnlySpan<byte> month, ReadOnlySpan<byte> number)
    {
        var span = w.GetSpan(kind.Length + key.Length + month.Length + number.Length + 3);
        kind.CopyTo(span);
        var at = kind.Length;
        key.CopyTo(span[at..]);
        at += key.Length;
        span[at++] = (byte)';';
        month.CopyTo(span[at..]);
        at += month.Length;
        span[at++] = (byte)';';
        number.CopyTo(span[at..]);
        span.Slice(at, number.Length).Replace((byte)'.', (byte)',');
        at += number.Length;
        span[at++] = (byte)'\n';
        w.Advance(at);
    }
}
