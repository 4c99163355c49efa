using System.Buffers;
using System.Text;

namespace ZielSite.Rendering;

/// <summary>Encodes a <see cref="StringBuilder"/> to UTF-8 chunk by chunk, without the intermediate string.</summary>
internal static class Utf8Builder
{
    /// <summary>
    /// The builder's text as UTF-8 (the bytes of <c>Encoding.UTF8.GetBytes(sb.ToString())</c>) in a buffer rented from
    /// <see cref="ArrayPool{T}.Shared"/> (return it), and the number of bytes used. The size per chunk is exact except
    /// for a surrogate pair split between two chunks (counted as two replacement characters: an upper bound).
    /// </summary>
    public static (byte[] Buffer, int Length) Rent(StringBuilder sb)
    {
        var count = 0;
        foreach (var chunk in sb.GetChunks()) count += Encoding.UTF8.GetByteCount(chunk.Span);
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(count, 1));
        var encoder = Encoding.UTF8.GetEncoder();
        var at = 0;
        foreach (var chunk in sb.GetChunks()) at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        at += encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        return (bytes, at);
    }

    /// <summary>The builder's text as an exactly sized UTF-8 array.</summary>
    public static byte[] ToArray(StringBuilder sb)
    {
        var (buffer, length) = Rent(sb);
        try { return buffer.AsSpan(0, length).ToArray(); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }
}
