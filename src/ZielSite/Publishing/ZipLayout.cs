using System.Buffers.Binary;

namespace ZielSite.Publishing;

/// <summary>
/// Checks where a zip's entries lie in the file before any is unpacked. A zip written by <c>zielsite bundle</c> holds
/// each entry's bytes once, one after the other; a crafted zip can point many entries at the same compressed bytes
/// (overlapping entries), so that a 1 MB file unpacks, entry by entry, to gigabytes and takes <c>verify</c> hours.
/// <see cref="Problem"/> reads only the central directory and each entry's local header (a few bytes per entry).
/// </summary>
internal static class ZipLayout
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint Zip64Locator = 0x07064b50;
    private const uint Zip64EndOfCentralDirectory = 0x06064b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;

    /// <summary>The largest central directory read: 64 MiB, room for about a million entries.</summary>
    public const long MaxDirectoryBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Null when every entry's bytes lie in the file, apart from every other entry's and before the central directory;
    /// else what is wrong ("the entries 'a' and 'b' share bytes 30–1055 of the file; …"). The stream must be seekable;
    /// its position is restored.
    /// </summary>
    public static string? Problem(Stream zip)
    {
        var start = zip.Position;
        try { return Check(zip); }
        catch (EndOfStreamException) { return "the zip's directory runs past the end of the file"; }
        finally { zip.Position = start; }
    }

    private readonly record struct Span(string Name, long Start, long End);

    private static string? Check(Stream zip)
    {
        var length = zip.Length;
        // The end-of-directory record: 22 bytes plus a comment of at most 65,535, at the end of the file.
        var tailLength = (int)Math.Min(length, 22 + 65535);
        var tail = Read(zip, length - tailLength, tailLength);
        var eocd = -1;
        for (var i = tailLength - 22; i >= 0; i--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndOfCentralDirectory) { eocd = i; break; }
        if (eocd < 0) return null; // not a zip at all: the zip reader says so in its own words
        long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(eocd + 10));
        long dirSize = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 12));
        long dirOffset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 16));
        if ((count == 0xFFFF || dirSize == 0xFFFFFFFF || dirOffset == 0xFFFFFFFF) && eocd >= 20
            && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd - 20)) == Zip64Locator)
        {
            var at = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(eocd - 20 + 8));
            if (at < 0 || at + 56 > length) return "the zip's 64-bit directory record lies outside the file";
            var z = Read(zip, at, 56);
            if (BinaryPrimitives.ReadUInt32LittleEndian(z) != Zip64EndOfCentralDirectory) return "the zip's 64-bit directory record is missing";
            count = BinaryPrimitives.ReadInt64LittleEndian(z.AsSpan(32));
            dirSize = BinaryPrimitives.ReadInt64LittleEndian(z.AsSpan(40));
            dirOffset = BinaryPrimitives.ReadInt64LittleEndian(z.AsSpan(48));
        }
        if (dirOffset < 0 || dirSize < 0 || dirOffset + dirSize > length) return "the zip's directory lies outside the file";
        if (dirSize > MaxDirectoryBytes) return $"the zip's directory has {dirSize} bytes; a bundle's directory has at most {MaxDirectoryBytes} (64 MiB)";
        if (count > dirSize / 46) return $"the zip's directory lists {count} entries but has room for {dirSize / 46}";

        var dir = Read(zip, dirOffset, (int)dirSize);
        var spans = new List<Span>((int)count);
        var p = 0;
        for (long n = 0; n < count; n++)
        {
            if (p + 46 > dir.Length || BinaryPrimitives.ReadUInt32LittleEndian(dir.AsSpan(p)) != CentralHeader)
                return $"entry {n + 1} of the zip's directory is damaged";
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(dir.AsSpan(p + 20));
            long unpacked = BinaryPrimitives.ReadUInt32LittleEndian(dir.AsSpan(p + 24));
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(dir.AsSpan(p + 28));
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(dir.AsSpan(p + 30));
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(dir.AsSpan(p + 32));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(dir.AsSpan(p + 42));
            if (p + 46 + nameLength + extraLength + commentLength > dir.Length) return $"entry {n + 1} of the zip's directory is damaged";
            var name = System.Text.Encoding.UTF8.GetString(dir, p + 46, nameLength);
            // The 64-bit sizes and offset, where the 32-bit fields say so, in this order.
            var extra = dir.AsSpan(p + 46 + nameLength, extraLength);
            while (extra.Length >= 4)
            {
                var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
                var size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
                if (size > extra.Length - 4) break;
                if (id == 1)
                {
                    var data = extra.Slice(4, size);
                    if (unpacked == 0xFFFFFFFF && data.Length >= 8) { unpacked = BinaryPrimitives.ReadInt64LittleEndian(data); data = data[8..]; }
                    if (compressed == 0xFFFFFFFF && data.Length >= 8) { compressed = BinaryPrimitives.ReadInt64LittleEndian(data); data = data[8..]; }
                    if (offset == 0xFFFFFFFF && data.Length >= 8) offset = BinaryPrimitives.ReadInt64LittleEndian(data);
                }
                extra = extra[(4 + size)..];
            }
            p += 46 + nameLength + extraLength + commentLength;

            if (offset < 0 || compressed < 0 || offset + 30 > dirOffset) return $"the entry '{name}' begins outside the zip's entries";
            var local = Read(zip, offset, 30);
            if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalHeader) return $"the entry '{name}' has no header where the zip's directory places it";
            var dataStart = offset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(local.AsSpan(28));
            var end = dataStart + compressed;
            if (end > dirOffset) return $"the entry '{name}' runs past the zip's entries into its directory";
            spans.Add(new Span(name, offset, end));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < spans.Count; i++)
        {
            var (before, after) = (spans[i - 1], spans[i]);
            if (after.Start < before.End)
                return $"the entries '{before.Name}' and '{after.Name}' share bytes {after.Start}–{Math.Min(before.End, after.End) - 1} of the file; " +
                       "a bundle written by 'zielsite bundle' never does (a crafted zip unpacks the same bytes again and again)";
        }
        return null;
    }

    private static byte[] Read(Stream s, long at, int count)
    {
        s.Position = at;
        var buffer = new byte[count];
        s.ReadExactly(buffer);
        return buffer;
    }
}
