using System.Globalization;
using System.Text.Json;

namespace ZielSite.Publishing;

/// <summary>
/// <c>archiv/&lt;year&gt;/manifest.json</c>: the year archived, the edition date (Ausgabe) and the SHA-256 and
/// size of every archived file (paths relative to <c>archiv/&lt;year&gt;/</c>, ordinal order, the manifest itself
/// not listed). Later builds compare the archive with it and warn about any file changed by hand.
/// </summary>
internal sealed record ArchiveManifest(int Year, DateOnly Edition, string ToolVersion, IReadOnlyList<ManifestFile> Files)
{
    public const string FileName = "manifest.json";

    public const string Format = "zielsite-archive/1";

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ResultsDocument.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteNumber("year", Year);
            w.WriteString("edition", Edition.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("tool", "zielsite " + ToolVersion);
            ManifestFile.WriteArray(w, Files);
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a manifest; throws <see cref="InvalidDataException"/> with the reason when it is not one.</summary>
    public static ArchiveManifest Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            var format = root.GetProperty("format").GetString();
            if (format != Format) throw new InvalidDataException($"archive manifest format '{format}' is not supported (this version reads '{Format}')");
            var tool = root.GetProperty("tool").GetString() ?? "";
            var files = ManifestFile.ReadArray(root);
            return new ArchiveManifest(root.GetProperty("year").GetInt32(),
                DateOnly.ParseExact(root.GetProperty("edition").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                tool.StartsWith("zielsite ", StringComparison.Ordinal) ? tool["zielsite ".Length..] : tool, files);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"not a ZielSite archive manifest: {e.Message}", e);
        }
    }
}
