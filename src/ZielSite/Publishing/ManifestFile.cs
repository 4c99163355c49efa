using System.Text.Json;

namespace ZielSite.Publishing;

/// <summary>One file listed in a manifest: path with forward slashes, SHA-256 as lower-case hex, size in bytes.</summary>
public sealed record ManifestFile(string Path, string Sha256, long Size)
{
    /// <summary>The entry for <paramref name="content"/> stored at <paramref name="path"/>.</summary>
    public static ManifestFile Of(string path, ReadOnlySpan<byte> content) =>
        new(path, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), content.Length);

    /// <summary>Writes the <c>files</c> array shared by bundle and archive manifests.</summary>
    public static void WriteArray(Utf8JsonWriter w, IEnumerable<ManifestFile> files)
    {
        w.WriteStartArray("files");
        foreach (var f in files)
        {
            w.WriteStartObject();
            w.WriteString("path", f.Path);
            w.WriteString("sha256", f.Sha256);
            w.WriteNumber("size", f.Size);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Reads the <c>files</c> array of a manifest's root object.</summary>
    public static IReadOnlyList<ManifestFile> ReadArray(JsonElement root) =>
        root.GetProperty("files").EnumerateArray()
            .Select(f => new ManifestFile(f.GetProperty("path").GetString()!, f.GetProperty("sha256").GetString()!, f.GetProperty("size").GetInt64()))
            .ToList();
}
