using System.Text.Json;

namespace ZielSite.Publishing;

/// <summary>
/// The <c>manifest.json</c> of a review bundle: every file of the bundle except the manifest itself
/// (<see cref="Files"/>, paths relative to the zip root such as <c>site/index.html</c> and <c>REVIEW.md</c>,
/// ordinal order), the SHA-256 of every input the build read (<see cref="Inputs"/>, by project-relative path),
/// and the version of the tool that wrote it.
/// </summary>
public sealed record SiteManifest(string ToolVersion, IReadOnlyList<ManifestFile> Files, IReadOnlyList<KeyValuePair<string, string>> Inputs)
{
    /// <summary>The manifest's own name at the zip root.</summary>
    public const string EntryName = "manifest.json";

    /// <summary>Value of the <c>format</c> field.</summary>
    public const string Format = "zielsite-bundle/1";

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ResultsDocument.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("tool", "zielsite " + ToolVersion);
            ManifestFile.WriteArray(w, Files);
            w.WriteStartObject("inputs");
            foreach (var (path, hash) in Inputs) w.WriteString(path, hash);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a manifest; throws <see cref="InvalidDataException"/> with the reason when it is not one.</summary>
    public static SiteManifest Read(Stream stream)
    {
        try
        {
            using var json = JsonDocument.Parse(stream);
            var root = json.RootElement;
            var format = root.GetProperty("format").GetString();
            if (format != Format) throw new InvalidDataException($"manifest format '{format}' is not supported (this version reads '{Format}')");
            var tool = root.GetProperty("tool").GetString() ?? "";
            var files = ManifestFile.ReadArray(root);
            var inputs = root.GetProperty("inputs").EnumerateObject()
                .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList();
            return new SiteManifest(tool.StartsWith("zielsite ", StringComparison.Ordinal) ? tool["zielsite ".Length..] : tool, files, inputs);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"not a ZielSite bundle manifest: {e.Message}", e);
        }
    }
}
