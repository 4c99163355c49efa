using System.Text.Json;
using ZielSite.Output;

namespace ZielSite.Indicators;

/// <summary>
/// Writes the <c>indicators --json</c> object of docs/contract.md: <c>ags</c>, <c>year</c>, <c>month</c>,
/// <c>values</c> (every key of <see cref="ValueKeys.All"/> in that order, unrounded, null where not computable)
/// and <c>targets</c> (<c>key</c>, <c>operator</c>, <c>value</c>, <c>actual</c>, <c>status</c>, plus
/// <c>unit</c>, <c>compared</c> — the value the comparison used — <c>month</c>, <c>line</c> and <c>reason</c>).
/// </summary>
public static class IndicatorJson
{
    public static void Write(Utf8JsonWriter writer, IndicatorSet values, IReadOnlyList<Verdict> verdicts)
    {
        writer.WriteStartObject();
        writer.WriteString("ags", values.Ags);
        writer.WriteNumber("year", values.Year);
        writer.WriteNumber("month", values.Month);
        writer.WriteStartObject("values");
        foreach (var key in ValueKeys.All)
        {
            if (values[key] is { } v) writer.WriteNumber(key, v);
            else writer.WriteNull(key);
        }
        writer.WriteEndObject();
        writer.WriteStartArray("targets");
        foreach (var verdict in verdicts)
        {
            var t = verdict.Target;
            writer.WriteStartObject();
            writer.WriteString("key", t.Key);
            if (t.IsLevel) writer.WriteString("kind", t.Kind);
            writer.WriteString("operator", t.Operator);
            writer.WriteNumber("value", t.Value);
            writer.WriteString("unit", t.Unit);
            writer.WriteNumberOrNull("actual", verdict.Actual);
            writer.WriteNumberOrNull("compared", verdict.Compared);
            writer.WriteString("status", VerdictStatusNames.Json(verdict.Status));
            writer.WriteNumber("month", verdict.Month);
            if (t.Span.Page > 0) writer.WriteNumber("page", t.Span.Page);
            writer.WriteNumber("line", t.Span.Line);
            if (verdict.Reason is null) writer.WriteNull("reason");
            else writer.WriteString("reason", verdict.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

}
