using System.Text;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>The chunked UTF-8 encoding of pages and downloads gives exactly the bytes of encoding the whole string.</summary>
public sealed class Utf8BuilderTests
{
    private static byte[] Utf8(StringBuilder sb) => Utf8Builder.ToArray(sb);

    [Fact]
    public void A_surrogate_pair_split_between_two_chunks_encodes_like_one_string()
    {
        // Capacity 16, then 15 chars: the first chunk has room for one more char, so the high surrogate of
        // "😀" (U+1F600, 4 UTF-8 bytes) ends the first chunk and the low surrogate starts the next one.
        var sb = new StringBuilder(16).Append("\uFEFFart;schluessel").Append('\uD83D').Append('\uDE00');
        for (var i = 0; i < 3000; i++) sb.Append("ä;1,5\n");
        var chunks = new List<string>();
        foreach (var c in sb.GetChunks()) chunks.Add(c.ToString());
        Assert.True(chunks.Count > 2);
        Assert.True(char.IsHighSurrogate(chunks[0][^1]), string.Join(",", chunks.Take(4).Select(c => c.Length)));
        // 1 BOM (3 bytes) + 14 ASCII ("art;schluessel") + 4 (emoji) + 3000 × (2 for "ä" + 5 ASCII) = 21,021 bytes.
        var bytes = Utf8(sb);
        Assert.Equal(21_021, bytes.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(sb.ToString()), bytes);
    }

    [Fact]
    public void Plain_text_in_many_chunks_encodes_like_one_string()
    {
        var sb = new StringBuilder(16 * 1024);
        for (var i = 0; i < 20_000; i++) sb.Append("region;k2;2023-0").Append(i % 10).Append(";12,5\n");
        Assert.Equal(Encoding.UTF8.GetBytes(sb.ToString()), Utf8(sb));
    }
}
