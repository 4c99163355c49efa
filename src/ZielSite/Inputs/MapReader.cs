using System.Text;
using System.Text.Json;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Inputs;

/// <summary>
/// Reads <c>data/karte.geojson</c>: a FeatureCollection whose features carry <c>properties.ags</c> (five-digit
/// AGS as text) and optionally <c>properties.name</c>. Features of AGS not in regions.csv are fine (drawn grey);
/// a region of regions.csv without a feature is a warning naming it (it is missing on the maps).
/// </summary>
internal static class MapReader
{
    /// <summary>The map file of a project, relative to its root.</summary>
    public const string FileName = "data/karte.geojson";

    /// <summary>The map from <paramref name="text"/>, or null (with an error) when it is not a usable GeoJSON FeatureCollection.</summary>
    public static GeoMap? Read(string text, string display, IReadOnlyList<Region> regions, DiagnosticBag diagnostics)
    {
        if (JsonInput.ReportLoneSurrogate(text, display, DiagnosticCodes.MapInvalid, diagnostics)) return null;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, JsonInput.Options(commentsAndTrailingCommas: false));
        }
        catch (JsonException e)
        {
            diagnostics.Error(DiagnosticCodes.MapInvalid, e.LineNumber is { } l ? new SourceSpan(display, (int)l + 1) : JsonInput.SpanOf(display, text, e),
                $"the map is not valid JSON ({JsonInput.DuplicateMessage(e) ?? FirstSentence(e.Message)}); expected a GeoJSON FeatureCollection");
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Error(DiagnosticCodes.MapInvalid, new SourceSpan(display), "the map has no \"features\" array; expected a GeoJSON FeatureCollection");
                return null;
            }
            string? attribution = root.TryGetProperty("attribution", out var a) && a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } s ? s : null;
            var list = new List<GeoFeature>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, JsonFormats.Embedded))
            {
                w.WriteStartObject();
                w.WriteString("type", "FeatureCollection");
                w.WriteStartArray("features");
                var index = 0;
                foreach (var f in features.EnumerateArray())
                {
                    index++;
                    var p = f.ValueKind == JsonValueKind.Object && f.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object ? props : default;
                    string? ags = p.ValueKind == JsonValueKind.Object && p.TryGetProperty("ags", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null;
                    if (ags is not { Length: 5 } || !ags.All(char.IsAsciiDigit))
                    {
                        diagnostics.Error(DiagnosticCodes.MapInvalid, new SourceSpan(display),
                            $"feature {index} of the map has no properties.ags with a five-digit AGS as text (e.g. \"05554\")");
                        return null;
                    }
                    if (!f.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
                        || !geometry.TryGetProperty("type", out var type) || type.GetString() is not ("Polygon" or "MultiPolygon"))
                    {
                        diagnostics.Error(DiagnosticCodes.MapInvalid, new SourceSpan(display),
                            $"feature {index} of the map (AGS {ags}) has no Polygon or MultiPolygon geometry");
                        return null;
                    }
                    if (!seen.Add(ags))
                    {
                        diagnostics.Error(DiagnosticCodes.MapInvalid, new SourceSpan(display), $"the map has two features with AGS {ags}; each region needs one shape (a MultiPolygon for several parts)");
                        return null;
                    }
                    var name = p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? ags : ags;
                    list.Add(new GeoFeature(ags, name));
                    w.WriteStartObject();
                    w.WriteString("type", "Feature");
                    w.WriteStartObject("properties");
                    w.WriteString("ags", ags);
                    w.WriteString("name", name);
                    w.WriteEndObject();
                    w.WritePropertyName("geometry");
                    geometry.WriteTo(w);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            if (list.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.MapInvalid, new SourceSpan(display), "the map has no features");
                return null;
            }
            foreach (var r in regions.Where(r => !seen.Contains(r.Ags)))
                diagnostics.Warning(DiagnosticCodes.MapRegionMissing, new SourceSpan(display),
                    $"region {r.Ags} ({r.Name}) of data/regions.csv has no shape in the map; it is missing on the maps (its figures are in the tables)");
            return new GeoMap(display, attribution, list, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? message.TrimEnd('.') : message[..i];
    }
}
