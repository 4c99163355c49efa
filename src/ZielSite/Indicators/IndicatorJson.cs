using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Output;

namespace ZielSite.Indicators;

/// <summary>
/// Writes the <c>indicators --json</c> object of docs/contract.md: <c>ags</c>, <c>year</c>, <c>month</c>,
/// <c>values</c> (every key of <see cref="ValueKeys.All"/> in that order, unrounded, null where not computable)
/// and <c>targets</c> (the one form of <see cref="TargetJson"/>: <c>key</c>, <c>kind</c>, <c>operator</c>, <c>value</c>,
/// <c>unit</c>, <c>actual</c>, <c>compared</c> — the value the comparison used —, <c>status</c>; then <c>month</c>,
/// <c>page</c> where there is one, <c>line</c> and <c>reason</c>).
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
            TargetJson.Write(writer, t);
            TargetJson.WriteVerdict(writer, verdict.Actual, verdict.Compared, VerdictStatusNames.Json(verdict.Status), verdict.IsProjected, verdict.YearToDate(values));
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
