using System.Globalization;
using System.Text;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Wording;

using ZielSite.Text;

namespace ZielSite.Rendering;

/// <summary>
/// The year CSV of an overview (<c>uebersicht-YYYY.csv</c>), for spreadsheets: UTF-8 with BOM, ';' between fields,
/// decimal comma, values rounded to one decimal as on the page, a header with labels and units, one row per region
/// a row for all regions together and, last, the data's attribution ("Quelle: Eigene Berechnung auf …").
/// </summary>
internal static class OverviewCsv
{
    /// <param name="attribution">"Eigene Berechnung auf Grundlage von Daten der …": a last row "Quelle: …"; none where null.</param>
    public static string Write(int year, IReadOnlyList<RegionYearResult> results, string totalName, string? attribution = null)
    {
        var keys = OverviewBuilder.KeysOf(results);
        var month = OverviewBuilder.CommonMonth(results);
        var positive = VerdictLabels.PositiveWord(results.All(r => r.IsFinal));
        var sb = new StringBuilder("\uFEFF");
        var header = new List<string> { "Region", "AGS", "Stand" };
        foreach (var k in keys)
        {
            var label = IndicatorLabels.Target(k);
            // The unit of the column's values: a change in % or Prozentpunkte, a level in % or as a number ("Anzahl");
            // where regions agreed different kinds on the same key, each unit that occurs.
            var units = results.SelectMany(r => r.Verdicts).Where(v => v.Target.Key == k).Select(v => UnitOf(v.Target)).Distinct().ToList();
            var unit = string.Join(" oder ", units); // the keys are those of the verdicts: never empty
            header.Add($"{label}: Ziel");
            header.Add($"{label}: Ist-Wert ({unit})");
            header.Add($"{label}: Bewertung");
        }
        header.Add($"Ziele {positive}");
        header.Add("Ziele insgesamt");
        Line(sb, header);
        foreach (var r in results.OrderBy(r => r.Region.Name, StringComparer.Ordinal))
        {
            var fields = new List<string> { r.Region.Name, r.Region.Ags, GermanFormat.MonthYear(r.Year, r.Month) };
            foreach (var k in keys)
            {
                if (r.Verdicts.FirstOrDefault(v => v.Target.Key == k) is { } v)
                {
                    fields.Add(GermanFormat.Threshold(v.Target).Replace(GermanFormat.Minus, '-').Replace(GermanFormat.UnitSpace, ' '));
                    fields.Add(Number(v.Compared ?? v.Actual, v.Target.Unit == "count" ? 0 : 1));
                    fields.Add(OverviewBuilder.Word(v.Status));
                }
                else fields.AddRange(["", "", r.Agreement is null ? "keine Zielvereinbarung" : "kein Ziel"]);
            }
            fields.Add(r.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)).ToString(CultureInfo.InvariantCulture));
            fields.Add(r.Verdicts.Count.ToString(CultureInfo.InvariantCulture));
            Line(sb, fields);
        }
        var reference = results.FirstOrDefault(r => r.Month == month);
        if (reference is not null)
        {
            var fields = new List<string> { totalName, "", GermanFormat.MonthYear(reference.Year, reference.Month) };
            foreach (var k in keys)
                fields.AddRange(["", ValueKeys.ActualFor(k) is { } key ? Number(reference.TotalCurrent[key]) : "", ""]);
            fields.Add(results.Sum(r => r.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status))).ToString(CultureInfo.InvariantCulture));
            fields.Add(results.Sum(r => r.Verdicts.Count).ToString(CultureInfo.InvariantCulture));
            Line(sb, fields);
        }
        if (attribution is not null) Line(sb, ["Quelle: " + attribution]);
        return sb.ToString();
    }

    /// <summary>One decimal, decimal comma, ASCII minus, no thousands separator (a spreadsheet reads it as a number); empty for null.</summary>
    private static string Number(double? value, int decimals = 1) => value is { } v
        ? GermanFormat.Round(v, decimals).ToString(decimals == 0 ? "0" : "0.0", CultureInfo.InvariantCulture).Replace('.', ',')
        : "";

    /// <summary>The unit of a target's values in the CSV header: "%", "Prozentpunkte", "Anzahl" (a level number).</summary>
    private static string UnitOf(Target t) => t.Unit == "count" ? "Anzahl" : GermanFormat.Unit(t.Unit);

    private static void Line(StringBuilder sb, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first) sb.Append(';');
            first = false;
            CsvText.Append(sb, f);
        }
        sb.Append('\n');
    }
}
