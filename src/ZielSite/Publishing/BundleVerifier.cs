using System.IO.Compression;
using System.Security.Cryptography;
using ZielSite.Diagnostics;

namespace ZielSite.Publishing;

/// <summary>Checks a review bundle against its <c>manifest.json</c>: every listed file present with the same size and SHA-256, nothing unlisted.</summary>
public static class BundleVerifier
{
    /// <summary>The largest manifest read: 64 MiB (a site of 100,000 files has a manifest of about 15 MB).</summary>
    public const long MaxManifestBytes = 64L * 1024 * 1024;

    /// <summary>The most bytes all entries of one bundle may hold when unpacked: 16 GiB. A bundle beyond is refused, not read for hours.</summary>
    public const long MaxTotalBytes = 16L * 1024 * 1024 * 1024;

    /// <summary>
    /// Null for an entry name that stays inside the bundle; else why not. Refused: an absolute path ("/tmp/x"), a
    /// drive ("C:"), a backslash, a segment "..", "." or empty ("site/../../x", "a//b"), a control character.
    /// </summary>
    public static string? UnsafeName(string name)
    {
        if (name.Length == 0) return "the entry has no name";
        if (name.Any(char.IsControl)) return "the entry's name has a control character";
        if (name.Contains('\\')) return "the entry's name has a backslash";
        if (name.StartsWith('/') || (name.Length >= 2 && name[1] == ':')) return "the entry's name is an absolute path";
        var segments = name.TrimEnd('/').Split('/');
        if (segments.Any(s => s is ".." or "." or "")) return "the entry's name leaves its folder ('..', '.' or an empty segment)";
        return null;
    }

    /// <param name="zip">The bundle (read only).</param>
    /// <param name="display">The bundle's name as the user gave it; problems are reported as <c>display:entry</c>.</param>
    public static BundleVerification Verify(Stream zip, string display)
    {
        var problems = new List<Diagnostic>();
        void Problem(string code, string entry, string message) =>
            problems.Add(new Diagnostic(Severity.Error, code, new SourceSpan(entry.Length == 0 ? display : $"{display}:{entry}"), message));

        ZipArchive archive;
        try { archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException e)
        {
            Problem(DiagnosticCodes.BundleInvalid, "", $"not a zip file: {e.Message}");
            return new BundleVerification(problems, 0, null);
        }
        using (archive)
        {
            if (zip.CanSeek && ZipLayout.Problem(zip) is { } layout)
            {
                Problem(DiagnosticCodes.BundleEntryUnsafe, "", layout + "; no entry is read");
                return new BundleVerification(problems, 0, null);
            }
            var entries = new SortedDictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            long declared = 0;
            foreach (var e in archive.Entries)
            {
                if (UnsafeName(e.FullName) is { } unsafeName)
                {
                    Problem(DiagnosticCodes.BundleEntryUnsafe, e.FullName, unsafeName + "; it is not read");
                    continue;
                }
                if (e.FullName.EndsWith('/')) continue; // a folder entry carries no content
                declared += e.Length;
                if (!entries.TryAdd(e.FullName, e)) Problem(DiagnosticCodes.BundleFileExtra, e.FullName, "the bundle holds this entry twice");
            }
            if (declared > MaxTotalBytes)
            {
                Problem(DiagnosticCodes.BundleEntryUnsafe, "", $"the entries hold {declared / (1024 * 1024 * 1024)} GiB unpacked; a bundle holds at most {MaxTotalBytes / (1024 * 1024 * 1024)} GiB");
                return new BundleVerification(problems, 0, null);
            }
            if (!entries.Remove(SiteManifest.EntryName, out var manifestEntry))
            {
                Problem(DiagnosticCodes.BundleInvalid, SiteManifest.EntryName, "the bundle has no manifest.json; it was not written by 'zielsite bundle'");
                return new BundleVerification(problems, 0, null);
            }
            if (manifestEntry.Length > MaxManifestBytes)
            {
                Problem(DiagnosticCodes.BundleEntryUnsafe, SiteManifest.EntryName, $"the manifest has {manifestEntry.Length / (1024 * 1024)} MiB unpacked; at most {MaxManifestBytes / (1024 * 1024)} MiB are read");
                return new BundleVerification(problems, 0, null);
            }
            SiteManifest manifest;
            try
            {
                using var s = manifestEntry.Open();
                manifest = SiteManifest.Read(s);
            }
            catch (InvalidDataException e)
            {
                Problem(DiagnosticCodes.BundleInvalid, SiteManifest.EntryName, e.Message);
                return new BundleVerification(problems, 0, null);
            }

            var matched = 0;
            foreach (var file in manifest.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                if (!entries.Remove(file.Path, out var entry))
                {
                    Problem(DiagnosticCodes.BundleFileMissing, file.Path, "listed in the manifest but missing from the bundle");
                    continue;
                }
                string hash;
                long size;
                try { (hash, size) = Hash(entry, file.Size + 1); }
                catch (InvalidDataException e)
                {
                    Problem(DiagnosticCodes.BundleFileChanged, file.Path, $"changed: the entry cannot be read ({e.Message})");
                    continue;
                }
                if (size != file.Size)
                    Problem(DiagnosticCodes.BundleFileChanged, file.Path, $"changed: {size} bytes, the manifest says {file.Size}");
                else if (!string.Equals(hash, file.Sha256, StringComparison.OrdinalIgnoreCase))
                    Problem(DiagnosticCodes.BundleFileChanged, file.Path, $"changed: SHA-256 {hash[..12]}…, the manifest says {file.Sha256[..Math.Min(12, file.Sha256.Length)]}…");
                else
                    matched++;
            }
            foreach (var extra in entries.Keys)
                Problem(DiagnosticCodes.BundleFileExtra, extra, "in the bundle but not listed in the manifest");
            return new BundleVerification(problems, matched, manifest);
        }
    }

    /// <summary>SHA-256 and size of an entry, reading at most <paramref name="limit"/> bytes (more than the manifest lists is a change anyway).</summary>
    private static (string Hash, long Size) Hash(ZipArchiveEntry entry, long limit)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = entry.Open();
        var buffer = new byte[1 << 16];
        long size = 0;
        int n;
        while (size < limit && (n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - size))) > 0)
        {
            hash.AppendData(buffer, 0, n);
            size += n;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }
}
