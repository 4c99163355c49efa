using System.Text;
using System.Text.Json;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Agreements;

/// <summary>Writes an <see cref="Agreement"/> as the <c>parse --json</c> object of docs/contract.md (numbers invariant, keys in a fixed order).</summary>
public static class AgreementJson
{
    public static void Write(Utf8JsonWriter w, Agreement a)
    {
        w.WriteStartObject();
        w.WriteString("file", a.File);
        WriteStringOrNull(w, "region", a.RegionName);
        WriteStringOrNull(w, "ags", a.Ags);
        if (a.Land != null) w.WriteString("land", a.Land);
        if (a.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
        w.WriteStartArray("targets");
        foreach (var t in a.Targets)
        {
            w.WriteStartObject();
            TargetJson.Write(w, t);
            if (t.Span.Page > 0) w.WriteNumber("page", t.Span.Page);
            w.WriteNumber("line", t.Span.Line);
            if (t.CorrectedBy != null) w.WriteString("corrected_by", t.CorrectedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var d in a.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            w.WriteString("code", d.Code);
            if (d.Span.File != a.File) w.WriteString("file", d.Span.File);
            if (d.Span.Page > 0) w.WriteNumber("page", d.Span.Page);
            w.WriteNumber("line", d.Span.Line);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The JSON of one agreement as a string, indented with two spaces.</summary>
    public static string ToJson(Agreement a)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonFormats.Readable))
            Write(w, a);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value == null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
