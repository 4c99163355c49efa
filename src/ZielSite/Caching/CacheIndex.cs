using System.Security.Cryptography;
using System.Text;
using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>
/// The cache's table of contents (<c>index.bin</c>): a header with the format and <see cref="Fingerprints.ToolIdentity"/>,
/// the entries, and a SHA-256 of all of it at the end. Reading anything else (truncated, garbage, another version of
/// ZielSite) gives an empty index, never an exception.
/// </summary>
internal static class CacheIndex
{
    private const string Magic = "zielsite-cache-index-3";

    public static Dictionary<string, CacheEntry> Read(string file)
    {
        try
        {
            if (!File.Exists(file)) return [];
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < 32) return [];
            var body = bytes.AsSpan(0, bytes.Length - 32);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32))) return [];
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != Fingerprints.ToolIdentity) return [];
            var count = reader.ReadInt32();
            var entries = new Dictionary<string, CacheEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var fingerprint = reader.ReadString();
                var files = new CachedFile[reader.ReadInt32()];
                for (var f = 0; f < files.Length; f++)
                    files[f] = new CachedFile(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64(), ReadScan(reader)) { Sha256 = reader.ReadBytes(32) };
                entries[fingerprint] = new CacheEntry(fingerprint, files);
            }
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return [];
        }
    }

    /// <summary>Writes the index to a temporary file beside <paramref name="file"/> and renames it into place.</summary>
    public static void Write(string file, IEnumerable<CacheEntry> entries)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            var list = entries.OrderBy(e => e.Fingerprint, StringComparer.Ordinal).ToList();
            writer.Write(Magic);
            writer.Write(Fingerprints.ToolIdentity);
            writer.Write(list.Count);
            foreach (var e in list)
            {
                writer.Write(e.Fingerprint);
                writer.Write(e.Files.Count);
                foreach (var f in e.Files)
                {
                    writer.Write(f.Path);
                    writer.Write(f.Size);
                    writer.Write(f.WrittenTicks);
                    WriteScan(writer, f.Scan);
                    if (f.Sha256.Length != 32) throw new InvalidOperationException($"cache entry '{f.Path}' has no SHA-256");
                    writer.Write(f.Sha256);
                }
            }
        }
        var hash = SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length));
        stream.Write(hash);
        var temp = file + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temp, stream.ToArray());
        File.Move(temp, file, overwrite: true);
    }

    private static void WriteScan(BinaryWriter writer, LinkIndex.Page? scan)
    {
        writer.Write(scan is not null);
        if (scan is null) return;
        writer.Write(scan.References.Count);
        foreach (var (line, value) in scan.References)
        {
            writer.Write(line);
            writer.Write(value);
        }
        writer.Write(scan.Ids.Count);
        foreach (var id in scan.Ids.Order(StringComparer.Ordinal)) writer.Write(id);
    }

    private static LinkIndex.Page? ReadScan(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        var references = new (int, string)[reader.ReadInt32()];
        for (var i = 0; i < references.Length; i++) references[i] = (reader.ReadInt32(), reader.ReadString());
        var count = reader.ReadInt32();
        var ids = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) ids.Add(reader.ReadString());
        return new LinkIndex.Page(references, ids);
    }
}
