using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ZielSite.Inputs.Pdf;

/// <summary>
/// PdfPig's stream filters with a size check before each decompression, so that a "bomb" (a small stream that
/// inflates to gigabytes) ends in <see cref="Diagnostics.DiagnosticCodes.PdfTooLarge"/> in bounded time and memory
/// instead of an out-of-memory crash. PdfPig decodes a stream whole into memory; here the decoded length of a Flate,
/// LZW or RunLength stream is first counted without keeping the bytes (an 80 KB buffer, a table of 4096 lengths),
/// stopping as soon as it passes <see cref="PdfLimits.MaxStreamBytes"/> (an image: <see cref="PdfLimits.MaxImageStreamBytes"/>)
/// or the document's budget <see cref="PdfLimits.MaxDecodedBytes"/>; only then does PdfPig decode it. One instance per
/// document (the budget is the document's). Decryption comes before the filters, so a locked-but-openable PDF is
/// checked the same way.
/// </summary>
internal sealed class CappedFilterProvider(IFilterProvider inner) : IFilterProvider
{
    private long _decoded;

    public CappedFilterProvider() : this(DefaultFilterProvider.Instance)
    {
    }

    /// <summary>How many decoded bytes were counted in this document so far.</summary>
    public long Decoded => _decoded;

    /// <summary>The first stream refused (kept, as PdfPig may catch what a filter throws and go on leniently).</summary>
    public PdfProblem? Problem { get; private set; }

    private PdfProblem Refuse(string message) => Problem ??= new PdfProblem(Diagnostics.DiagnosticCodes.PdfTooLarge, message);

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => f is CappedFilter ? f : new CappedFilter(f, this))];

    /// <summary>Adds a stream's decoded length to the document's budget; beyond it the PDF is refused.</summary>
    internal void Count(long bytes)
    {
        _decoded += bytes;
        if (_decoded > PdfLimits.MaxDecodedBytes)
            throw Refuse(
                $"the PDF's compressed streams unpack to more than {PdfLimits.MaxDecodedBytes / (1024 * 1024)} MB together (an agreement's are a few MB): it is not read");
    }

    private long _letters;
    private long _drawings;

    /// <summary>
    /// Adds what a decoded content stream draws (letters in its strings, <c>Do</c> operators) to the document's cost
    /// budget; beyond <see cref="PdfLimits.MaxLetters"/> or <see cref="PdfLimits.MaxDrawings"/> the PDF is refused.
    /// </summary>
    internal void CountContent(ReadOnlySpan<byte> content)
    {
        var (letters, drawings) = ContentCost.Of(content);
        CountLetters(letters);
        _drawings += drawings;
        if (_drawings > PdfLimits.MaxDrawings)
            throw Refuse($"the PDF's pages draw forms or images more than {PdfLimits.MaxDrawings.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} times (a scan draws one image a page; the file is made to exhaust time and memory): it is not read");
    }

    /// <summary>Adds letters to the budget: those of a content stream's strings, and those PdfPig read on a page (a form drawn many times is counted there).</summary>
    internal void CountLetters(long letters)
    {
        _letters += letters;
        if (_letters > PdfLimits.MaxLetters)
            throw Refuse($"the PDF's pages draw more than {PdfLimits.MaxLetters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} letters (an agreement has about 150,000; the file is made to exhaust memory): it is not read");
    }

    private sealed class CappedFilter(IFilter inner, CappedFilterProvider owner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var image = streamDictionary.TryGet(NameToken.Subtype, out NameToken subtype) && subtype?.Data == "Image";
            var cap = image ? PdfLimits.MaxImageStreamBytes : PdfLimits.MaxStreamBytes;
            var limit = Math.Min(cap, PdfLimits.MaxDecodedBytes - owner._decoded) + 1;
            long? length = inner switch
            {
                FlateFilter => DecodedLength.Flate(input, limit),
                LzwFilter => DecodedLength.Lzw(input.Span, EarlyChange(streamDictionary, filterIndex), limit),
                RunLengthFilter => DecodedLength.RunLength(input.Span, limit),
                _ => null, // ASCIIHex/ASCII85 shrink; image codecs (DCT, JPX, JBIG2, CCITT) are not decoded to read text
            };
            if (length is { } n)
            {
                if (n > cap)
                    throw owner.Refuse(
                        $"a compressed stream of the PDF ({input.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes) unpacks to more than {cap / (1024 * 1024)} MB (a page's text is a few KB; the file is damaged or made to exhaust memory): it is not read");
                owner.Count(n);
            }
            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (!image && filterIndex == FilterCount(streamDictionary) - 1 && IsContent(streamDictionary)) owner.CountContent(decoded.Span);
            return decoded;
        }

        private static int FilterCount(DictionaryToken dictionary) =>
            dictionary.TryGet(NameToken.Filter, out ArrayToken array) && array is not null ? array.Data.Count : 1;

        /// <summary>
        /// A stream that draws: a page's content or a form (no /Type, or /Subtype /Form), not a font program
        /// (/Length1–3, /Subtype of a font file), a cross-reference, object stream, CMap or metadata (each has a /Type).
        /// </summary>
        private static bool IsContent(DictionaryToken dictionary)
        {
            if (dictionary.TryGet(NameToken.Subtype, out NameToken subtype) && subtype is not null) return subtype.Data == "Form";
            if (dictionary.ContainsKey(NameToken.Type)) return false;
            return !FontProgramKeys.Any(dictionary.ContainsKey);
        }

        /// <summary>The keys only an embedded font program's stream has.</summary>
        private static readonly NameToken[] FontProgramKeys = [NameToken.Create("Length1"), NameToken.Create("Length2"), NameToken.Create("Length3")];

        private static int EarlyChange(DictionaryToken dictionary, int filterIndex)
        {
            var parameters = DecodeParameterResolver.GetFilterParameters(dictionary, filterIndex);
            return parameters.TryGet(NameToken.Create("EarlyChange"), out NumericToken early) && early is not null ? early.Int : 1;
        }
    }
}

/// <summary>
/// What a content stream draws, counted on its bytes without PdfPig: the bytes of its strings (an upper bound of its
/// letters: <c>(…)</c> byte by byte, <c>&lt;…&gt;</c> two hex digits a byte) and its <c>Do</c> operators.
/// </summary>
internal static class ContentCost
{
    public static (long Letters, long Drawings) Of(ReadOnlySpan<byte> content)
    {
        long letters = 0, drawings = 0;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (c == '%')
            {
                while (i < content.Length && content[i] is not (byte)'\n' and not (byte)'\r') i++;
            }
            else if (c == '(')
            {
                var depth = 1;
                i++;
                while (i < content.Length && depth > 0)
                {
                    var b = content[i++];
                    if (b == '\\') { i++; letters++; }
                    else if (b == '(') { depth++; letters++; }
                    else if (b == ')') { if (--depth > 0) letters++; }
                    else letters++;
                }
                continue;
            }
            else if (c == '<' && i + 1 < content.Length && content[i + 1] == '<') { i += 2; continue; }
            else if (c == '<')
            {
                var digits = 0L;
                i++;
                while (i < content.Length && content[i] != '>') { if (char.IsAsciiHexDigit((char)content[i])) digits++; i++; }
                letters += (digits + 1) / 2;
            }
            else if (c == 'D' && i + 1 < content.Length && content[i + 1] == 'o'
                     && (i == 0 || IsDelimiter(content[i - 1])) && (i + 2 == content.Length || IsDelimiter(content[i + 2])))
            {
                drawings++;
                i += 2;
                continue;
            }
            i++;
        }
        return (letters, drawings);
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'/' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>';
}

/// <summary>The decoded length of compressed data, counted without keeping the bytes, stopping at a limit.</summary>
internal static class DecodedLength
{
    /// <summary>Flate (zlib, or raw deflate when the zlib header is missing): the bytes inflated until the data ends, fails, or <paramref name="limit"/>.</summary>
    public static long Flate(Memory<byte> input, long limit)
    {
        var span = input.Span;
        var zlib = span.Length >= 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0;
        using var source = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(input, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.ToArray(), writable: false);
        using Stream inflater = zlib ? new ZLibStream(source, CompressionMode.Decompress) : new DeflateStream(source, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while (total < limit && (read = inflater.Read(buffer, 0, buffer.Length)) > 0) total += read;
        }
        catch (InvalidDataException)
        {
            // damaged data: what was inflated so far is what any decoder can get out of it
        }
        return total;
    }

    /// <summary>LZW as PDF uses it (9 to 12 bit codes, 256 clears, 257 ends): only the length of each table entry is kept.</summary>
    public static long Lzw(ReadOnlySpan<byte> input, int earlyChange, long limit)
    {
        var lengths = new int[4096];
        var next = 258;
        var width = 9;
        var previous = -1;
        long total = 0;
        int bits = 0, held = 0;
        foreach (var b in input)
        {
            held = (held << 8) | b;
            bits += 8;
            while (bits >= width)
            {
                var code = (held >> (bits - width)) & ((1 << width) - 1);
                bits -= width;
                held &= (1 << bits) - 1;
                if (code == 256)
                {
                    next = 258;
                    width = 9;
                    previous = -1;
                    continue;
                }
                if (code == 257) return total;
                int length;
                if (code < 256) length = 1;
                else if (code < next && lengths[code] > 0) length = lengths[code];
                else if (code == next && previous >= 0) length = Length(previous, lengths) + 1;
                else return total; // a code not yet defined: damaged data, decoding stops here
                total += length;
                if (total >= limit) return total;
                if (previous >= 0 && next < 4096) lengths[next++] = Length(previous, lengths) + 1;
                previous = code;
                if (next + earlyChange >= 1 << width && width < 12) width++;
            }
        }
        return total;
    }

    private static int Length(int code, int[] lengths) => code < 256 ? 1 : lengths[code];

    /// <summary>RunLength: a length byte 0–127 copies that many plus one bytes, 129–255 repeats the next byte 257 − n times, 128 ends.</summary>
    public static long RunLength(ReadOnlySpan<byte> input, long limit)
    {
        long total = 0;
        var i = 0;
        while (i < input.Length && total < limit)
        {
            var n = input[i];
            if (n == 128) break;
            if (n < 128)
            {
                total += Math.Min(n + 1, input.Length - i - 1);
                i += n + 2;
            }
            else
            {
                total += 257 - n;
                i += 2;
            }
        }
        return total;
    }
}
