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

    public static byte[] Csv(RegionYearResult r)
    {
        // Written straight as UTF-8 into one buffer below the large-object threshold (a region's file is about
        // 47 KB): every number is formatted once into the buffer, no string per row or value.
        var w = new ArrayBufferWriter<byte>(64 * 1024);
        w.Write("\uFEFFart;schluessel;monat;wert\n"u8);
        var months = new byte[13][];
        months[0] = [];
        for (var m = 1; m <= 12; m++) months[m] = Encoding.ASCII.GetBytes($"{r.Year:D4}-{m:D2}");
        foreach (var set in r.ByMonth) Rows(w, "region;"u8, set, months);
        foreach (var set in r.TotalByMonth) Rows(w, "gesamt;"u8, set, months);
        foreach (var v in r.Verdicts)
        {
            var key = Encoding.UTF8.GetBytes(v.Target.Key);
            Line(w, "ziel;"u8, key, [], v.Target.Value);
            Line(w, "istwert;"u8, key, MonthOf(months, v.Month), v.Actual);
        }
        foreach (var (key, rank) in r.Ranks.OrderBy(p => p.Key, StringComparer.Ordinal))
            Line(w, "rang;"u8, Encoding.UTF8.GetBytes(key), MonthOf(months, r.Month), rank);
        foreach (var (key, value) in r.Projection.OrderBy(p => p.Key, StringComparer.Ordinal))
            Line(w, "hochrechnung;"u8, Encoding.UTF8.GetBytes(key), months[12], value);
        return w.WrittenSpan.ToArray();
    }

    /// <summary>The UTF-8 names of <see cref="ValueKeys.All"/>, in that order.</summary>
    private static readonly byte[][] KeyBytes = ValueKeys.All.Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>The same names for JSON, encoded once.</summary>
    private static readonly JsonEncodedText[] JsonKeys = ValueKeys.All.Select(k => JsonEncodedText.Encode(k, JsonOptions.Encoder)).ToArray();

    private static readonly JsonEncodedText MonthName = JsonEncodedText.Encode("month", JsonOptions.Encoder);

    private static byte[] MonthOf(byte[][] months, int? month) => months[month is >= 1 and <= 12 ? month.Value : 0];

    /// <summary>One row per value key of a month, in the order of <see cref="ValueKeys.All"/>.</summary>
    private static void Rows(ArrayBufferWriter<byte> w, ReadOnlySpan<byte> kind, IndicatorSet set, byte[][] months)
    {
        var month = MonthOf(months, set.Month);
        var map = set.Values as ValueMap;
        for (var i = 0; i < KeyBytes.Length; i++)
            Line(w, kind, KeyBytes[i], month, map is not null ? map.At(i) : set[ValueKeys.All[i]]);
    }

    /// <summary><c>kind;key;month;value</c> and a line feed; the value in shortest round-trip form with a decimal comma, empty where missing.</summary>
    private static void Line(ArrayBufferWriter<byte> w, ReadOnlySpan<byte> kind, ReadOnlySpan<byte> key, ReadOnlySpan<byte> month, double? value)
    {
        var span = w.GetSpan(kind.Length + key.Length + month.Length + 40);
        kind.CopyTo(span);
        var at = kind.Length;
        key.CopyTo(span[at..]);
        at += key.Length;
        span[at++] = (byte)';';
        month.CopyTo(span[at..]);
        at += month.Length;
        span[at++] = (byte)';';
        if (value is { } v && v.TryFormat(span[at..], out var written, "R", CultureInfo.InvariantCulture))
        {
            span.Slice(at, written).Replace((byte)'.', (byte)',');
            at += written;
        }
        span[at++] = (byte)'\n';
        w.Advance(at);
    }

    public static byte[] Json(RegionYearResult r)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024); // a region's JSON is about 45 KB: no regrowth, no large object
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
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
            Months(w, "months", r.ByMonth);
            Months(w, "total_months", r.TotalByMonth);
            w.WriteStartObject("ranks");
            foreach (var (key, rank) in r.Ranks.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(key, rank);
            w.WriteEndObject();
            w.WriteNumber("ranked_regions", r.RankedRegions);
            w.WriteStartObject("projection");
            foreach (var (key, value) in r.Projection.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumberOrNull(key, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Months(Utf8JsonWriter w, string name, IReadOnlyList<IndicatorSet> sets)
    {
        w.WriteStartArray(name);
        foreach (var set in sets)
        {
            w.WriteStartObject();
            w.WriteNumber(MonthName, set.Month);
            var map = set.Values as ValueMap;
            for (var i = 0; i < JsonKeys.Length; i++)
            {
                var value = map is not null ? map.At(i) : set[ValueKeys.All[i]];
                if (value is { } v && double.IsFinite(v)) w.WriteNumber(JsonKeys[i], v);
                else w.WriteNull(JsonKeys[i]);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

}
