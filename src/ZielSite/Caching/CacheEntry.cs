using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>
/// One cached unit: its fingerprint and its files, each with its site path, size and last-write time (a cache
/// file that was truncated or written to since, for instance through its hard link in a published site, is not
/// reused; the key is still the content fingerprint) and the link checker's scan of it (null for files not scanned).
/// </summary>
internal sealed record CacheEntry(string Fingerprint, IReadOnlyList<CachedFile> Files);

/// <summary>One file of a <see cref="CacheEntry"/>; its bytes are <c>files/&lt;fingerprint&gt;-&lt;index&gt;</c> in the cache folder.</summary>
internal sealed record CachedFile(string Path, long Size, long WrittenTicks, LinkIndex.Page? Scan)
{
    /// <summary>SHA-256 of the file's bytes when cached (32 bytes): checked before the file is published again.</summary>
    public byte[] Sha256 { get; init; } = [];
}
