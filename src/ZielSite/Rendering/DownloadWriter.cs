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
        // Below the large-object threshold: the builder grows in small chunks that are encoded one by one, so a
        // page's download never allocates a large string or array (those cost a full collection each).
        var sb = new StringBuilder(16 * 1024);
        sb.Append("\uFEFFart;schluessel;monat;wert\n");
        var months = Enumerable.Range(0, 13).Select(m => m == 0 ? "" : $"{r.Year:D4}-{m:D2}").ToArray();
        var number = new char[32];
        void Line(string kind, string key, int? month, double? value)
        {
            sb.Append(kind).Append(';').Append(key).Append(';').Append(months[month is >= 1 and <= 12 ? month.Value : 0]).Append(';');
            if (value is { } v && v.TryFormat(number, out var written, "R", CultureInfo.InvariantCulture))
            {
                var text = number.AsSpan(0, written);
                text.Replace('.', ',');
                sb.Append(text);
            }
            sb.Append('\n');
        }
        foreach (var set in r.ByMonth)
            foreach (var key in ValueKeys.All) Line("region", key, set.Month, set[key]);
        foreach (var set in r.TotalByMonth)
            foreach (var key in ValueKeys.All) Line("gesamt", key, set.Month, set[key]);
        foreach (var v in r.Verdicts)
        {
            Line("ziel", v.Target.Key, null, v.Target.Value);
            Line("istwert", v.Target.Key, v.Month, v.Actual);
        }
        foreach (var (key, rank) in r.Ranks.OrderBy(p => p.Key, StringComparer.Ordinal)) Line("rang", key, r.Month, rank);
        foreach (var (key, value) in r.Projection.OrderBy(p => p.Key, StringComparer.Ordinal)) Line("hochrechnung", key, 12, value);
        return Utf8Builder.ToArray(sb);
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
            w.WriteNumber("month", set.Month);
            foreach (var key in ValueKeys.All) w.WriteNumberOrNull(key, set[key]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

}
