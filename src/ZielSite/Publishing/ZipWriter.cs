using System.IO.Compression;
using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>
/// Writes zip files whose bytes depend only on their entries: entries in ordinal order of their names, one
/// fixed timestamp, fixed file attributes (a regular file, rw-r--r--), no extra fields.
/// </summary>
public static class ZipWriter
{
    /// <summary>The earliest time a zip entry can carry (MS-DOS date), used when no time is given.</summary>
    public static DateTimeOffset DefaultTimestamp { get; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // S_IFREG | 0644 in the high 16 bits, as Info-ZIP writes on Unix.
    private const int RegularFileAttributes = unchecked((int)(0x81A4u << 16));

    /// <summary>
    /// The entries' timestamp: <paramref name="sourceDateEpoch"/> (seconds since 1970, the reproducible-builds
    /// convention) when given, clamped to the range a zip can store, else 1980-01-01. Returns null with an
    /// unreadable value so the caller can report it.
    /// </summary>
    public static DateTimeOffset? Timestamp(string? sourceDateEpoch)
    {
        if (string.IsNullOrEmpty(sourceDateEpoch)) return DefaultTimestamp;
        if (!long.TryParse(sourceDateEpoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s)) return null;
        var max = new DateTimeOffset(2107, 12, 31, 23, 59, 58, TimeSpan.Zero).ToUnixTimeSeconds();
        var t = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(s, DefaultTimestamp.ToUnixTimeSeconds(), max));
        // A zip stores even seconds only; round down here so every reader sees the same value.
        return t.AddSeconds(-(t.Second % 2));
    }

    /// <summary>Writes <paramref name="entries"/> (paths with forward slashes) as a zip to <paramref name="output"/>.</summary>
    public static void Write(Stream output, IEnumerable<OutputFile> entries, DateTimeOffset timestamp)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry(file.Path, CompressionLevel.Optimal);
            entry.LastWriteTime = timestamp;
            entry.ExternalAttributes = RegularFileAttributes;
            using var stream = entry.Open();
            stream.Write(file.Content.Span);
        }
    }
}
