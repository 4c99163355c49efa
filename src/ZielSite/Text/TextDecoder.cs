using System.Text;

namespace ZielSite.Text;

/// <summary>
/// Turns the bytes of a text input into a string: UTF-8 with or without BOM, else Windows-1252 (scanned
/// agreements saved by Windows tools); line ends CRLF and CR become LF.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text and the name of the encoding detected ("utf-8" or "windows-1252").</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        string text;
        string name;
        try
        {
            text = StrictUtf8.GetString(bytes);
            name = "utf-8";
        }
        catch (DecoderFallbackException)
        {
            text = System.Text.Encoding.GetEncoding(1252).GetString(bytes);
            name = "windows-1252";
        }
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return (text, name);
    }
}
