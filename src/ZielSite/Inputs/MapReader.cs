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
                    if (GeometryProblem(geometry, type.GetString()!) is { } problem)
                    {
                        diagnostics.Error(DiagnosticCodes.MapInvalid, new SourceSpan(display), $"feature {index} of the map (AGS {ags}): {problem}");
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
                    // Only the checked type and coordinates are published, never other members of the geometry.
                    w.WriteStartObject("geometry");
                    w.WriteString("type", type.GetString());
                    w.WritePropertyName("coordinates");
                    geometry.GetProperty("coordinates").WriteTo(w);
                    w.WriteEndObject();
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

    /// <summary>
    /// Why a Polygon or MultiPolygon's coordinates cannot be drawn, or null: each ring an array of at least four
    /// positions, each position two or three numbers, longitude within ±180 and latitude within ±90 (so no string,
    /// no empty ring, no 1e308).
    /// </summary>
    internal static string? GeometryProblem(JsonElement geometry, string type)
    {
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
            return "the geometry has no \"coordinates\" array";
        if (type == "Polygon") return PolygonProblem(coordinates, "");
        var i = 0;
        foreach (var polygon in coordinates.EnumerateArray())
        {
            i++;
            if (PolygonProblem(polygon, $"polygon {i}: ") is { } problem) return problem;
        }
        return i == 0 ? "the MultiPolygon has no polygon" : null;
    }

    private static string? PolygonProblem(JsonElement polygon, string where)
    {
        if (polygon.ValueKind != JsonValueKind.Array) return where + "a polygon must be an array of rings";
        var r = 0;
        foreach (var ring in polygon.EnumerateArray())
        {
            r++;
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
                return $"{where}ring {r} must be an array of at least four positions (closed: the last equals the first)";
            var k = 0;
            foreach (var position in ring.EnumerateArray())
            {
                k++;
                if (PositionProblem(position) is { } problem) return $"{where}ring {r}, position {k}: {problem}";
            }
        }
        return r == 0 ? where + "the polygon has no ring" : null;
    }

    private static string? PositionProblem(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3)
            return "a position must be an array of two numbers [longitude, latitude]";
        var i = 0;
        foreach (var c in position.EnumerateArray())
        {
            if (c.ValueKind != JsonValueKind.Number || !c.TryGetDouble(out var v) || !double.IsFinite(v))
                return $"'{Shorten(c.GetRawText())}' is not a number";
            var limit = i == 0 ? 180 : i == 1 ? 90 : double.MaxValue;
            if (Math.Abs(v) > limit)
                return i == 0 ? $"longitude {c.GetRawText()} is outside -180 to 180" : $"latitude {c.GetRawText()} is outside -90 to 90";
            i++;
        }
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? message.TrimEnd('.') : message[..i];
    }
}
