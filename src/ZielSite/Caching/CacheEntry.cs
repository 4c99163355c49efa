using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>
/// One cached unit: its fingerprint and its files, each with its site path, size (a truncated cache file is not
/// reused) and the link checker's scan of it (null for files that are not scanned).
/// </summary>
internal sealed record CacheEntry(string Fingerprint, IReadOnlyList<CachedFile> Files);

/// <summary>One file of a <see cref="CacheEntry"/>; its bytes are <c>files/&lt;fingerprint&gt;-&lt;index&gt;</c> in the cache folder.</summary>
internal sealed record CachedFile(string Path, long Size, LinkIndex.Page? Scan);
