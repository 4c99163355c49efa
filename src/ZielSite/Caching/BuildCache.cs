using System.Collections.Concurrent;
using ZielSite.Output;
using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>
/// The incremental rebuild cache of one build (<c>.zielsite-cache/</c> by default): outputs of earlier builds keyed
/// by the fingerprint of everything they are made from (<see cref="Fingerprints"/>), hard-linked into the new site
/// when the fingerprint is unchanged. The cache is read when the build starts and written only after the new site
/// was committed (<see cref="Save"/>); a missing, corrupt or foreign cache is an empty one. Layout: <c>index.bin</c>
/// (see <see cref="CacheIndex"/>) and <c>files/&lt;fingerprint&gt;-&lt;n&gt;</c>, the n-th file of a unit.
/// </summary>
public sealed partial class BuildCache : IOutputReuse
{
    /// <summary>Default cache folder name, in the project root.</summary>
    public const string DefaultFolder = Inputs.ProjectLoader.CacheFolder;

    private readonly string _dir;
    private readonly IReadOnlyDictionary<string, string> _fingerprints;
    private readonly Dictionary<string, CacheEntry> _index;
    private readonly ConcurrentDictionary<string, CacheEntry> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _rendered = new(StringComparer.Ordinal);
    private StagingSite? _staging;
    private LinkIndex? _links;

    private BuildCache(string dir, IReadOnlyDictionary<string, string> fingerprints, Dictionary<string, CacheEntry> index)
    {
        _dir = dir;
        _fingerprints = fingerprints;
        _index = index;
    }

    /// <summary>Opens the cache in <paramref name="dir"/> for a build whose units have <paramref name="fingerprints"/> (by unit name).</summary>
    public static BuildCache Open(string dir, IReadOnlyDictionary<string, string> fingerprints) =>
        new(Path.GetFullPath(dir), fingerprints, CacheIndex.Read(Path.Combine(dir, "index.bin")));

    private string FilesDir => Path.Combine(_dir, "files");

    private string BlobPath(string fingerprint, int n) => Path.Combine(FilesDir, fingerprint + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Where reused files go: the staging folder of the new site and its link index.</summary>
    public void Attach(StagingSite staging, LinkIndex links)
    {
        _staging = staging;
        _links = links;
    }

    /// <summary>Units reused, and units rendered (every other unit that has a fingerprint).</summary>
    public CacheStats Stats(bool saved) => new(_used.Count, _fingerprints.Count - _used.Count, saved);

    public IReadOnlyList<string>? TryReuse(string unit)
    {
        if (_staging is null || _links is null || !_fingerprints.TryGetValue(unit, out var fingerprint)) return null;
        if (!_index.TryGetValue(fingerprint, out var entry)) return null;
        // A cache file that is missing, has another size than recorded (truncated) or was written to since it was
        // cached (through its hard link in a published site, say) makes the unit render anew.
        for (var n = 0; n < entry.Files.Count; n++)
        {
            var info = new FileInfo(BlobPath(fingerprint, n));
            if (!info.Exists || info.Length != entry.Files[n].Size || info.LastWriteTimeUtc.Ticks != entry.Files[n].WrittenTicks) return null;
            // Size and time can be kept by a change (touch -r, a same-length edit): the bytes are compared by hash too.
            if (!HashOf(info.FullName).AsSpan().SequenceEqual(entry.Files[n].Sha256)) return null;
        }
        var paths = new List<string>(entry.Files.Count);
        for (var n = 0; n < entry.Files.Count; n++)
        {
            var file = entry.Files[n];
            _staging.TryAddExisting(file.Path, BlobPath(fingerprint, n));
            _links.AddScanned(file.Path, file.Scan);
            paths.Add(file.Path);
        }
        _used[fingerprint] = entry;
        return paths;
    }

    public void Rendered(string unit, IReadOnlyList<string> paths)
    {
        if (_fingerprints.TryGetValue(unit, out var fingerprint)) _rendered[fingerprint] = paths;
    }

    /// <summary>
    /// After the new site was committed to <paramref name="siteDir"/>: caches the units rendered in this build (hard
    /// links to the site's files, each made under a temporary name and renamed), writes the index, and removes every
    /// cache file the index no longer names (entries this build did not use). False when the cache could not be
    /// written (the site is fine; the next build renders more).
    /// </summary>
    public bool Save(string siteDir, LinkIndex links)
    {
        // Nothing rendered and every entry used: the cache on disk is already what this build would write.
        if (_rendered.IsEmpty && _used.Count == _index.Count) return true;
        try
        {
            Directory.CreateDirectory(FilesDir);
            var entries = new Dictionary<string, CacheEntry>(_used, StringComparer.Ordinal);
            foreach (var (fingerprint, paths) in _rendered.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (entries.ContainsKey(fingerprint)) continue;
                var files = new List<CachedFile>(paths.Count);
                for (var n = 0; n < paths.Count; n++)
                {
                    var source = SiteWriter.SafeCombine(siteDir, paths[n]);
                    var blob = BlobPath(fingerprint, n);
                    // One link() per file in the common case; a blob left by an interrupted save (or a file system
                    // without hard links) goes the long way: a copy beside it, then an atomic rename over it.
                    if (!HardLink.TryCreate(source, blob))
                    {
                        var temp = blob + ".tmp-" + Environment.ProcessId;
                        if (File.Exists(temp)) File.Delete(temp);
                        HardLink.LinkOrCopy(source, temp);
                        File.Move(temp, blob, overwrite: true);
                    }
                    var info = new FileInfo(blob);
                    files.Add(new CachedFile(paths[n], info.Length, info.LastWriteTimeUtc.Ticks, links.ScanOf(paths[n])) { Sha256 = HashOf(blob) });
                }
                entries[fingerprint] = new CacheEntry(fingerprint, files);
            }
            CacheIndex.Write(Path.Combine(_dir, "index.bin"), entries.Values);
            Prune(entries);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Removes cache files that no entry of the new index names (and leftovers of a killed build).</summary>
    private void Prune(Dictionary<string, CacheEntry> entries)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries.Values)
            for (var n = 0; n < e.Files.Count; n++) keep.Add(Path.GetFileName(BlobPath(e.Fingerprint, n)));
        foreach (var file in Directory.EnumerateFiles(FilesDir))
        {
            // Only what the cache writes: "<fingerprint>-<n>" and its ".tmp-<pid>" leftovers; any other file stays.
            if (keep.Contains(Path.GetFileName(file)) || !IsCacheFileName(Path.GetFileName(file))) continue;
            try { File.Delete(file); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>SHA-256 of a file's bytes, read in a stream.</summary>
    private static byte[] HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return System.Security.Cryptography.SHA256.HashData(stream);
    }

    /// <summary>A name the cache writes: 64 lower-case hex digits (a fingerprint), '-', a number, optionally ".tmp-" and a number.</summary>
    internal static bool IsCacheFileName(string name) => CacheFileName().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{64}-[0-9]+(\\.tmp-[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CacheFileName();
}
