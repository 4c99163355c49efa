using System.Buffers;
using ZielSite.Output;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Wording;

using ZielSite.Text;

namespace ZielSite.Rendering;

/// <summary>
/// The downloads of a region page, with every figure the page shows, readable by people: German labels, units,
/// values rounded as the page shows them (<see cref="ValueLabels.Decimals"/>), the machine key as an extra column.
/// <c>daten.csv</c>: German spreadsheet convention (UTF-8 with BOM, ";" delimiter, decimal comma, no thousands
/// separators), one row per figure and one column per month:
/// <c>Bereich;Kennzahl;Einheit;Schlüssel;Jan 2023;…;Dez 2023;Rang (1 = bestes Ergebnis);Hochrechnung Dezember 2023</c>
/// (Bereich = Ziel, the region's name, the total's name; the last column only in a year still running). A target has
/// three rows (Zielwert, Ist-Wert, Bewertung) with the value in the column of the month it was judged at.
/// <c>daten.json</c>: the same as structured JSON (invariant numbers, same rounding, labels and units under "keys").
/// Missing values are empty / null.
/// </summary>
internal static class DownloadWriter
{
    // Not indented: a quarter fewer bytes, the same content. Markup characters stay escaped (\u003C): a region name
    // never reaches a browser as markup, whatever opens the file.
    private static JsonWriterOptions JsonOptions => JsonFormats.Embedded;

    /// <summary>Label, unit and decimals of every value key, computed once.</summary>
    private static readonly (string Key, string Label, string Unit, int Decimals)[] Keys =
        ValueKeys.All.Select(k => (k, ValueLabels.Label(k), ValueLabels.Unit(k), ValueLabels.Decimals(k))).ToArray();

    /// <summary>Both downloads of a region page into <paramref name="csv"/> and <paramref name="json"/>.</summary>
    /// <param name="totalName">The name of the total in the rows of all regions together ("alle zkT in NRW").</param>
    /// <param name="attribution">"Eigene Berechnung auf Grundlage von Daten der …" (<see cref="Attribution.LineOf"/>): the CSV's last row
    /// (Bereich "Quelle") and the JSON's <c>attribution</c>; none where null.</param>
    public static void WriteTo(RegionYearResult r, IBufferWriter<byte> csv, IBufferWriter<byte> json, string totalName = "Gesamt", string? attribution = null)
    {
        WriteCsv(r, csv, totalName, attribution);
        WriteJson(r, json, attribution);
    }

    /// <summary>A value rounded as shown, in invariant form ("12.6"), or null where missing or not finite.</summary>
    internal static double? Rounded(double? value, int decimals) =>
        value is { } v && double.IsFinite(v) ? GermanFormat.Round(v, decimals) : null;

    private static void WriteCsv(RegionYearResult r, IBufferWriter<byte> output, string totalName, string? attribution)
    {
        var months = r.ByMonth.Count;
        var final = r.IsFinal;
        var sb = new StringBuilder(16 * 1024);
        sb.Append("\uFEFFBereich;Kennzahl;Einheit;Schlüssel");
        for (var m = 1; m <= months; m++) sb.Append(';').Append(GermanFormat.MonthShort(m)).Append(' ').Append(r.Year.ToString(CultureInfo.InvariantCulture));
        sb.Append(";Rang (1 = bestes Ergebnis");
        if (r.RankedRegions > 0) sb.Append(", von ").Append(r.RankedRegions.ToString(CultureInfo.InvariantCulture));
        sb.Append(')');
        if (!final) sb.Append(";Hochrechnung Dezember ").Append(r.Year.ToString(CultureInfo.InvariantCulture));
        sb.Append('\n');

        foreach (var v in r.Verdicts)
        {
            var t = v.Target;
            var label = IndicatorLabels.Target(t.Key);
            var unit = t.Unit switch { "pp" => "Prozentpunkte", "count" => "Anzahl", _ => t.IsLevel ? "%" : "% (Veränderung)" };
            var at = Math.Clamp(v.Month, 1, months);
            TargetLine(sb, $"{label}: Zielwert ({(t.Operator == ">=" ? "mindestens" : "höchstens")})", unit, t.Key, at, months, final, Number(t.Value, t.Unit == "count" ? 0 : 1));
            var decimals = t.Unit == "count" ? 0 : 1;
            var shown = (v.Compared ?? v.Actual) is { } a ? Number(a, decimals) : "";
            // A projected level stands in the column of the projection, the level it came from in the Stand month's.
            if (v.IsProjected)
                TargetLine(sb, label + ": Ist-Wert (im Stand-Monat bis dahin, in der letzten Spalte hochgerechnet)", unit, t.Key, at, months, final,
                    r.YearToDate(v) is { } ytd ? Number(ytd, decimals) : "", shown);
            else
                TargetLine(sb, label + ": Ist-Wert", unit, t.Key, at, months, final, shown);
            TargetLine(sb, label + ": Bewertung", "", t.Key, at, months, final, VerdictLabels.Text(v.Status, v.Month));
        }
        Rows(sb, r.Region.Name, r.ByMonth, r.Ranks, final ? null : r.Projection);
        Rows(sb, totalName, r.TotalByMonth, null, null);
        if (attribution is not null)
        {
            sb.Append("Quelle;");
            Cell(sb, attribution);
            sb.Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        output.Write(bytes);
    }

    private static void TargetLine(StringBuilder sb, string label, string unit, string key, int month, int months, bool final, string value, string projected = "")
    {
        sb.Append("Ziel;");
        Cell(sb, label);
        sb.Append(';').Append(unit).Append(';').Append(key);
        for (var m = 1; m <= months; m++)
        {
            sb.Append(';');
            if (m == month) Cell(sb, value);
        }
        sb.Append(';');
        if (!final)
        {
            sb.Append(';');
            Cell(sb, projected);
        }
        sb.Append('\n');
    }

    private static void Rows(StringBuilder sb, string area, IReadOnlyList<IndicatorSet> sets, IReadOnlyDictionary<string, int>? ranks,
        IReadOnlyDictionary<string, double?>? projection)
    {
        for (var i = 0; i < Keys.Length; i++)
        {
            var (key, label, unit, decimals) = Keys[i];
            Cell(sb, area);
            sb.Append(';');
            Cell(sb, label);
            sb.Append(';').Append(unit).Append(';').Append(key);
            foreach (var set in sets)
            {
                sb.Append(';');
                var value = set.Values is ValueMap map ? map.At(i) : set[key];
                if (Rounded(value, decimals) is { } d) sb.Append(Number(d, decimals));
            }
            sb.Append(';');
            if (ranks is not null && ranks.TryGetValue(key, out var rank)) sb.Append(rank.ToString(CultureInfo.InvariantCulture));
            if (projection is not null)
            {
                sb.Append(';');
                if (projection.TryGetValue(key, out var p) && Rounded(p, decimals) is { } d) sb.Append(Number(d, decimals));
            }
            sb.Append('\n');
        }
    }

    /// <summary>The number with a decimal comma and exactly <paramref name="decimals"/> places, no thousands separator ("-5,0").</summary>
    private static string Number(double value, int decimals) =>
        GermanFormat.Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A text cell, quoted where it holds the delimiter, a quote or a line break.</summary>
    private static void Cell(StringBuilder sb, string text) => CsvText.Append(sb, text);

    private static void WriteJson(RegionYearResult r, IBufferWriter<byte> json, string? attribution)
    {
        using var w = new Utf8JsonWriter(json, JsonOptions);
        w.WriteStartObject();
        if (attribution is not null) w.WriteString("attribution", attribution);
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
            TargetJson.Write(w, v.Target);
            TargetJson.WriteVerdict(w, Rounded(v.Actual, 1), Rounded(v.Compared, 1), VerdictStatusNames.Json(v.Status), v.IsProjected,
                Rounded(r.YearToDate(v), 1));
            w.WriteString("label", IndicatorLabels.Target(v.Target.Key));
            w.WriteString("target_text", GermanFormat.Threshold(v.Target));
            w.WriteString("verdict_text", VerdictLabels.Text(v.Status, v.Month));
            w.WriteNumber("month", v.Month);
            if (v.Reason is not null) w.WriteString("reason", v.Reason);
            if (v.Target.CorrectedBy is not null) w.WriteString("corrected_by", v.Target.CorrectedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("keys");
        foreach (var (key, label, unit, decimals) in Keys)
        {
            w.WriteStartObject(key);
            w.WriteString("label", label);
            w.WriteString("unit", unit);
            w.WriteNumber("decimals", decimals);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        Months(w, "months", r.ByMonth);
        Months(w, "total_months", r.TotalByMonth);
        w.WriteStartObject("ranks");
        foreach (var (key, rank) in r.Ranks.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(key, rank);
        w.WriteEndObject();
        w.WriteNumber("ranked_regions", r.RankedRegions);
        w.WriteString("rank_order", "1 = bestes Ergebnis");
        w.WriteStartObject("projection");
        foreach (var (key, value) in r.Projection.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.WriteNumberOrNull(key, Rounded(value, ValueLabels.Decimals(key)));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Months(Utf8JsonWriter w, string name, IReadOnlyList<IndicatorSet> sets)
    {
        w.WriteStartArray(name);
        foreach (var set in sets)
        {
            w.WriteStartObject();
            w.WriteNumber("month", set.Month);
            var map = set.Values as ValueMap;
            for (var i = 0; i < Keys.Length; i++)
                w.WriteNumberOrNull(Keys[i].Key, Rounded(map is not null ? map.At(i) : set[Keys[i].Key], Keys[i].Decimals));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
