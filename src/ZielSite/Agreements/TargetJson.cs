using System.Text.Json;
using ZielSite.Output;

namespace ZielSite.Agreements;

/// <summary>
/// The one JSON form of a target, used by every output that writes one (<c>parse --json</c>, <c>indicators --json</c>,
/// <c>daten/ergebnisse.json</c>, the region downloads, <c>diff --json</c>): the target's own fields <c>key</c>,
/// <c>kind</c>, <c>operator</c>, <c>value</c>, <c>unit</c> in this order (<see cref="Write(Utf8JsonWriter, Target)"/>),
/// and, where a verdict belongs to it, <c>actual</c>, <c>compared</c>, <c>status</c>, <c>projected</c> (and <c>year_to_date</c>
/// where projected) (<see cref="WriteVerdict"/>).
/// Each output adds its own fields after these (docs/contract.md, "A target in JSON").
/// </summary>
internal static class TargetJson
{
    /// <summary>Writes the target's own fields into the open object.</summary>
    public static void Write(Utf8JsonWriter w, Target t) => Write(w, t.Key, t.Kind, t.Operator, t.Value, t.Unit);

    /// <summary>
    /// Writes <c>key</c>, <c>kind</c> (<see cref="TargetKinds"/>), <c>operator</c>, <c>value</c> (invariant, always
    /// with a decimal point: <c>12.6</c>, <c>0.0</c>, <c>612.0</c>) and <c>unit</c> into the open object.
    /// </summary>
    public static void Write(Utf8JsonWriter w, string key, string kind, string op, double value, string unit)
    {
        w.WriteString("key", key);
        w.WriteString("kind", kind);
        w.WriteString("operator", op);
        w.WritePropertyName("value");
        w.WriteRawValue(Number(value));
        w.WriteString("unit", unit);
    }

    /// <summary>
    /// Writes a verdict's <c>actual</c> (the measured value: a change, or a level for a level target), <c>compared</c>
    /// (the value the comparison used) and <c>status</c> (<c>met</c>, <c>missed</c>, <c>on_track</c>, <c>off_track</c>,
    /// <c>no_data</c>) into the open object.
    /// </summary>
    /// <param name="projected">
    /// True where <paramref name="actual"/> is projected to December (a level target before December): written as
    /// <c>"projected": true</c> with the year-to-date level it came from, <c>year_to_date</c>; false: <c>"projected": false</c>.
    /// </param>
    public static void WriteVerdict(Utf8JsonWriter w, double? actual, double? compared, string status, bool projected = false, double? yearToDate = null)
    {
        w.WriteNumberOrNull("actual", actual);
        w.WriteNumberOrNull("compared", compared);
        w.WriteString("status", status);
        w.WriteBoolean("projected", projected);
        if (projected) w.WriteNumberOrNull("year_to_date", yearToDate);
    }

    /// <summary>A number in invariant culture that always shows a decimal point (12.6, 0.0, -5.2).</summary>
    internal static string Number(double v)
    {
        if (v == 0) return "0.0";
        var s = v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }
}
