using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using ZielSite.Inputs.Pdf;

namespace ZielSite.Tests.Pdf;

/// <summary>The decoded length of a PDF stream is counted without keeping it, and agrees with what PdfPig decodes.</summary>
public class PdfStreamLimitTests
{
    /// <summary>9-bit codes, most significant bit first.</summary>
    private static byte[] Codes(params int[] codes)
    {
        var bits = string.Concat(codes.Select(c => Convert.ToString(c, 2).PadLeft(9, '0')));
        bits = bits.PadRight((bits.Length + 7) / 8 * 8, '0');
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }

    [Fact]
    public void LZW_is_counted_as_PdfPig_decodes_it()
    {
        // 'A', then 258 = "AA" (the code being defined), 259 = "AAA", 66 'B', 257 end: "A AA AAA B" = 7 bytes.
        var data = Codes(65, 258, 259, 66, 257);
        var decoded = new LzwFilter().Decode(data, new DictionaryToken(new Dictionary<NameToken, IToken>()), DefaultFilterProvider.Instance, 0);

        Assert.Equal("AAAAAAB", System.Text.Encoding.ASCII.GetString(decoded.Span));
        Assert.Equal(7, DecodedLength.Lzw(data, 1, long.MaxValue));
        Assert.Equal(3, DecodedLength.Lzw(data, 1, 3)); // stops at the limit
    }

    [Fact]
    public void RunLength_is_counted_without_decoding()
    {
        // 129 repeats the next byte 128 times; 2 copies the next 3 bytes; 128 ends.
        Assert.Equal(131, DecodedLength.RunLength([129, (byte)'x', 2, 1, 2, 3, 128, 5, 5], long.MaxValue));
    }

    [Fact]
    public void Flate_is_counted_up_to_the_limit_and_damaged_data_as_far_as_it_goes()
    {
        var text = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT (Ziel) Tj ET\n", 1000)));
        using var buffer = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) z.Write(text);
        var packed = buffer.ToArray();

        Assert.Equal(text.Length, DecodedLength.Flate(packed, long.MaxValue));
        Assert.InRange(DecodedLength.Flate(packed, 1000), 1000, 1000 + 81920);
        Assert.Equal(0, DecodedLength.Flate(new byte[] { 0x78, 0x9C, 0xFF, 0xFF, 0xFF }, long.MaxValue));
    }

    [Theory]
    [InlineData("BT /F1 10 Tf (Ziel) Tj ET", 4, 0)]
    [InlineData("(a\\)b) Tj (c(d)e) Tj", 8, 0)]          // an escaped parenthesis is a letter; nested parentheses are too
    [InlineData("<00410042> Tj <<>> % (not a string) Do\n", 4, 0)] // hex: two digits a letter; a comment is skipped; << is no string
    [InlineData("/Im1 Do q /Fm1 Do Q /Dox 1 DoDo", 0, 2)]    // Do as an operator only, not inside a name or word
    [InlineData("[(Zi) -20 (el)] TJ", 4, 0)]
    public void The_cost_of_a_content_stream_is_counted_from_its_bytes(string content, long letters, long drawings)
    {
        Assert.Equal((letters, drawings), ContentCost.Of(System.Text.Encoding.ASCII.GetBytes(content)));
    }
}
