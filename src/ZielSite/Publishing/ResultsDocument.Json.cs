using System.Text.Encodings.Web;
using ZielSite.Agreements;
using ZielSite.Output;
using System.Text.Json;

namespace ZielSite.Publishing;

public sealed partial record ResultsDocument
{
    /// <summary>The writer settings of every JSON file ZielSite publishes: indented, "\n", umlauts unescaped.</summary>
    internal static JsonWriterOptions WriterOptions => JsonFormats.Readable;

    /// <summary>Writes the document as one JSON object.</summary>
    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("format", FormatVersion);
        w.WriteBoolean("sample", IsSample);
        if (Attribution is not null) w.WriteString("attribution", Attribution);
        w.WriteStartArray("results");
        foreach (var e in Results)
        {
            w.WriteStartObject();
            w.WriteString("ags", e.Ags);
            w.WriteString("name", e.Name);
            w.WriteString("slug", e.Slug);
            w.WriteNumber("year", e.Year);
            w.WriteNumber("month", e.Month);
            w.WriteBoolean("final", e.Final);
            w.WriteStartArray("targets");
            foreach (var t in e.Targets)
            {
                w.WriteStartObject();
                WriteTarget(w, t);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("values");
            foreach (var (key, value) in e.Values) w.WriteNumberOrNull(key, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A target and its verdict in the one form of <see cref="TargetJson"/> (also what <c>diff --json</c> writes).</summary>
    internal static void WriteTarget(Utf8JsonWriter w, TargetEntry t)
    {
        TargetJson.Write(w, t.Key, t.Kind, t.Operator, t.Value, t.Unit);
        TargetJson.WriteVerdict(w, t.Actual, t.Compared, t.Status, t.Projected, t.YearToDate);
    }

    /// <summary>The UTF-8 bytes of the document, ending with a line feed.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) Write(w);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads a document written by <see cref="Write"/>. Throws <see cref="InvalidDataException"/> (with the
    /// reason) when the stream is not such a document, e.g. a file from another program or a newer format.
    /// </summary>
    public static ResultsDocument Read(Stream stream)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(stream); }
        catch (JsonException e) { throw new InvalidDataException($"not valid JSON: {e.Message}", e); }
        using (json)
        {
            try
            {
                var root = json.RootElement;
                var format = root.GetProperty("format").GetInt32();
                if (format != FormatVersion)
                    throw new InvalidDataException($"results format {format} is not supported (this version reads format {FormatVersion})");
                var results = root.GetProperty("results").EnumerateArray().Select(ReadEntry).ToList();
                return new ResultsDocument(root.GetProperty("sample").GetBoolean(), results)
                {
                    Attribution = root.TryGetProperty("attribution", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null,
                };
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"not a ZielSite results document: {e.Message}", e);
            }
        }
    }

    private static ResultEntry ReadEntry(JsonElement e)
    {
        var targets = e.GetProperty("targets").EnumerateArray().Select(t => new TargetEntry(
            t.GetProperty("key").GetString()!, t.GetProperty("operator").GetString()!, t.GetProperty("value").GetDouble(),
            t.GetProperty("unit").GetString()!, Number(t.GetProperty("actual")), Number(t.GetProperty("compared")),
            t.GetProperty("status").GetString()!,
            t.TryGetProperty("kind", out var kind) ? kind.GetString()! : TargetKinds.Change,
            t.TryGetProperty("projected", out var projected) && projected.ValueKind == JsonValueKind.True,
            t.TryGetProperty("year_to_date", out var ytd) ? Number(ytd) : null)).ToList();
        var values = e.GetProperty("values").EnumerateObject()
            .Select(p => new KeyValuePair<string, double?>(p.Name, Number(p.Value))).ToList();
        return new ResultEntry(e.GetProperty("ags").GetString()!, e.GetProperty("name").GetString()!, e.GetProperty("slug").GetString()!,
            e.GetProperty("year").GetInt32(), e.GetProperty("month").GetInt32(), e.GetProperty("final").GetBoolean(), targets, values);
    }

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

}
