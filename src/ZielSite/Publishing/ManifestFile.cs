namespace ZielSite.Publishing;

/// <summary>One file listed in a manifest: path with forward slashes, SHA-256 as lower-case hex, size in bytes.</summary>
public sealed record ManifestFile(string Path, string Sha256, long Size)
{
    /// <summary>The entry for <paramref name="content"/> stored at <paramref name="path"/>.</summary>
    public static ManifestFile Of(string path, ReadOnlySpan<byte> content) =>
        new(path, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), content.Length);
}
