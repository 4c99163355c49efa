using System.Globalization;
using System.Text;

namespace ZielSite.Tests.Pdf;

/// <summary>
/// Writes small PDFs for the tests, byte by byte (no library): text pages in the standard font Helvetica
/// with WinAnsiEncoding (umlauts, ß, §, €, „ “ and – are in it), pages with one image, and the broken kinds a
/// user may hand in. PdfPig's own writer sets standard fonts to StandardEncoding, which has no umlauts.
/// </summary>
internal static class PdfWriter
{
    public const double PageWidth = 595, PageHeight = 842;
    private const double Margin = 56, FontSize = 10.5, Leading = 14;

    /// <summary>Lines of text laid out top to bottom, a new page after <paramref name="linesPerPage"/> lines; a blank line is a gap.</summary>
    public static byte[] Text(string text, int linesPerPage = 52)
    {
        var lines = text.Replace("\r", "").TrimEnd('\n').Split('\n');
        var pages = lines.Chunk(linesPerPage).Select(chunk => (IReadOnlyList<string>)chunk).ToList();
        return TextPages(pages);
    }

    /// <summary>One page per list of lines.</summary>
    public static byte[] TextPages(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var doc = new Document();
        var font = doc.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var contents = new List<int>();
        foreach (var page in pages)
        {
            var s = new StringBuilder();
            s.Append("BT\n/F1 ").Append(Num(FontSize)).Append(" Tf\n");
            var y = PageHeight - Margin - FontSize;
            foreach (var line in page)
            {
                if (line.Trim().Length > 0)
                    s.Append("1 0 0 1 ").Append(Num(Margin)).Append(' ').Append(Num(y)).Append(" Tm (").Append(Escape(line.Trim())).Append(") Tj\n");
                y -= Leading;
            }
            s.Append("ET\n");
            contents.Add(doc.AddStream("", Encoding.ASCII.GetBytes(s.ToString())));
        }
        return doc.Finish(contents.Select(c => $"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {c} 0 R").ToList(), PageWidth, PageHeight);
    }

    /// <summary>
    /// Pages set in two columns: on each page a heading over both columns (may be empty), then the left column's lines
    /// at the margin and the right column's at <paramref name="rightX"/>, each top to bottom ("" a gap).
    /// </summary>
    public static byte[] TwoColumns(IReadOnlyList<(string Heading, IReadOnlyList<string> Left, IReadOnlyList<string> Right)> pages, double rightX = 310)
    {
        var doc = new Document();
        var font = doc.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var contents = new List<int>();
        foreach (var (heading, left, right) in pages)
        {
            var s = new StringBuilder();
            s.Append("BT\n/F1 ").Append(Num(FontSize)).Append(" Tf\n");
            var top = PageHeight - Margin - FontSize;
            if (heading.Length > 0)
            {
                s.Append("1 0 0 1 ").Append(Num(Margin)).Append(' ').Append(Num(top)).Append(" Tm (").Append(Escape(heading)).Append(") Tj\n");
                top -= 2 * Leading;
            }
            foreach (var (lines, x) in new[] { (left, Margin), (right, rightX) })
            {
                var y = top;
                foreach (var line in lines)
                {
                    if (line.Trim().Length > 0)
                        s.Append("1 0 0 1 ").Append(Num(x)).Append(' ').Append(Num(y)).Append(" Tm (").Append(Escape(line.Trim())).Append(") Tj\n");
                    y -= Leading;
                }
            }
            s.Append("ET\n");
            contents.Add(doc.AddStream("", Encoding.ASCII.GetBytes(s.ToString())));
        }
        return doc.Finish(contents.Select(c => $"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {c} 0 R").ToList(), PageWidth, PageHeight);
    }

    /// <summary>One page showing one black-and-white image (1 bit a pixel, all white, Flate-compressed) of the given size, scaled to the page.</summary>
    public static byte[] Image(int width, int height) => ImagePages(1, width, height);

    /// <summary><paramref name="count"/> pages, each showing the same blank image (as a scan of empty pages).</summary>
    public static byte[] ImagePages(int count, int width, int height)
    {
        var doc = new Document();
        byte[] data;
        using (var buffer = new MemoryStream())
        {
            using (var z = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[(width + 7) / 8];
                Array.Fill(row, (byte)255);
                for (var i = 0; i < height; i++) z.Write(row);
            }
            data = buffer.ToArray();
        }
        var image = doc.AddStream($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode", data);
        var content = doc.AddStream("", Encoding.ASCII.GetBytes($"q {Num(PageWidth)} 0 0 {Num(PageHeight)} 0 0 cm /Im1 Do Q\n"));
        var page = $"/Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R";
        return doc.Finish([.. Enumerable.Repeat(page, count)], PageWidth, PageHeight);
    }

    /// <summary>A page of text (a typed cover letter, say) followed by a scanned page (a blank image).</summary>
    public static byte[] TextThenScan(IReadOnlyList<string> lines)
    {
        var doc = new Document();
        var font = doc.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var s = new StringBuilder("BT\n/F1 10.5 Tf\n");
        var y = PageHeight - Margin - FontSize;
        foreach (var line in lines)
        {
            s.Append("1 0 0 1 ").Append(Num(Margin)).Append(' ').Append(Num(y)).Append(" Tm (").Append(Escape(line)).Append(") Tj\n");
            y -= Leading;
        }
        var text = doc.AddStream("", Encoding.ASCII.GetBytes(s.Append("ET\n").ToString()));
        var data = new byte[(800 + 7) / 8 * 1100];
        Array.Fill(data, (byte)255);
        var image = doc.AddStream("/Type /XObject /Subtype /Image /Width 800 /Height 1100 /ColorSpace /DeviceGray /BitsPerComponent 1", data);
        var draw = doc.AddStream("", Encoding.ASCII.GetBytes($"q {Num(PageWidth)} 0 0 {Num(PageHeight)} 0 0 cm /Im1 Do Q\n"));
        return doc.Finish(
            [$"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {text} 0 R", $"/Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {draw} 0 R"],
            PageWidth, PageHeight);
    }

    /// <summary>
    /// One page whose content stream is a Flate "bomb": <paramref name="inflated"/> bytes of blanks (valid content,
    /// nothing drawn), compressed about 1000 : 1, so 200 MB take a file of some 200 KB.
    /// </summary>
    public static byte[] FlateBomb(long inflated)
    {
        var doc = new Document();
        var content = doc.AddStream("/Filter /FlateDecode", Deflated((byte)' ', inflated));
        return doc.Finish([$"/Contents {content} 0 R"], PageWidth, PageHeight);
    }

    /// <summary>
    /// One page whose compressed content shows <paramref name="letters"/> letters in lines of 100 (within every size
    /// limit: 5 million letters compress to some 30 KB and unpack to 6 MB), as a PDF made to exhaust memory does.
    /// </summary>
    public static byte[] LetterBomb(long letters)
    {
        var doc = new Document();
        var font = doc.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var line = Encoding.ASCII.GetBytes("0 -1 Td (" + new string('x', 100) + ") Tj\n");
        using var buffer = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write("BT /F1 1 Tf 10 800 Td\n"u8);
            for (long n = 0; n < letters; n += 100) z.Write(line);
            z.Write("ET\n"u8);
        }
        var content = doc.AddStream("/Filter /FlateDecode", buffer.ToArray());
        return doc.Finish([$"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R"], PageWidth, PageHeight);
    }

    /// <summary>One page that draws a small form of one word <paramref name="times"/> times (<c>/Fm1 Do</c>), compressed.</summary>
    public static byte[] DrawBomb(int times)
    {
        var doc = new Document();
        var font = doc.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var form = doc.AddStream($"/Type /XObject /Subtype /Form /BBox [0 0 100 20] /Resources << /Font << /F1 {font} 0 R >> >>", "BT /F1 10 Tf (Ziel) Tj ET\n"u8.ToArray());
        using var buffer = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            for (var n = 0; n < times; n++) z.Write("/Fm1 Do\n"u8);
        var content = doc.AddStream("/Filter /FlateDecode", buffer.ToArray());
        return doc.Finish([$"/Resources << /XObject << /Fm1 {form} 0 R >> >> /Contents {content} 0 R"], PageWidth, PageHeight);
    }

    /// <summary>One page showing a grey image of 1000 × 1000 pixels whose Flate stream inflates to <paramref name="inflated"/> bytes (1 MB would be right).</summary>
    public static byte[] ImageBomb(long inflated)
    {
        var doc = new Document();
        var image = doc.AddStream("/Type /XObject /Subtype /Image /Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", Deflated(255, inflated));
        var content = doc.AddStream("", Encoding.ASCII.GetBytes($"q {Num(PageWidth)} 0 0 {Num(PageHeight)} 0 0 cm /Im1 Do Q\n"));
        return doc.Finish([$"/Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R"], PageWidth, PageHeight);
    }

    /// <summary><paramref name="length"/> bytes of <paramref name="fill"/>, zlib-compressed (about 1000 : 1).</summary>
    private static byte[] Deflated(byte fill, long length)
    {
        using var buffer = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            Array.Fill(block, fill);
            for (long n = 0; n < length; n += block.Length) z.Write(block, 0, (int)Math.Min(block.Length, length - n));
        }
        return buffer.ToArray();
    }

    /// <summary>A PDF with no page at all (a page tree with /Count 0).</summary>
    public static byte[] NoPages() => new Document().Finish([], PageWidth, PageHeight);

    /// <summary>
    /// A PDF locked with a user password (standard security handler, RC4 40 bit): its text cannot be read without it.
    /// The check values do not match the empty password, as in a real file whose password the reader does not know.
    /// </summary>
    public static byte[] Encrypted()
    {
        var doc = new Document();
        var font = doc.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var content = doc.AddStream("", Encoding.ASCII.GetBytes("BT /F1 12 Tf 1 0 0 1 56 760 Tm (geheim) Tj ET\n"));
        var o = new string('A', 64);
        var u = new string('B', 64);
        var encrypt = doc.Add($"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -44 >>");
        return doc.Finish([$"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R"], PageWidth, PageHeight,
            $"/Encrypt {encrypt} 0 R /ID [<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>]");
    }

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A PDF string's content: WinAnsi bytes, with ( ) \ escaped and bytes above 126 as octal escapes (the file stays ASCII).</summary>
    internal static string Escape(string text)
    {
        var s = new StringBuilder();
        foreach (var c in text)
        {
            var b = WinAnsi(c);
            if (b is (byte)'(' or (byte)')' or (byte)'\\') s.Append('\\').Append((char)b);
            else if (b < 32 || b > 126) s.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            else s.Append((char)b);
        }
        return s.ToString();
    }

    /// <summary>The WinAnsiEncoding (Windows-1252) byte of a character; one not in it is an error of the test.</summary>
    internal static byte WinAnsi(char c)
    {
        if (c < 128 || (c >= 0xA0 && c <= 0xFF)) return (byte)c;
        return c switch
        {
            '€' => 0x80, '‚' => 0x82, '„' => 0x84, '…' => 0x85, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94,
            '•' => 0x95, '–' => 0x96, '—' => 0x97, '™' => 0x99, '‹' => 0x8B, '›' => 0x9B, 'Œ' => 0x8C, 'œ' => 0x9C,
            'Š' => 0x8A, 'š' => 0x9A, 'Ž' => 0x8E, 'ž' => 0x9E, 'Ÿ' => 0x9F, 'ˆ' => 0x88, '˜' => 0x98, '‰' => 0x89,
            '†' => 0x86, '‡' => 0x87, 'ƒ' => 0x83,
            _ => throw new ArgumentException($"'{c}' (U+{(int)c:X4}) is not in WinAnsiEncoding"),
        };
    }

    /// <summary>Numbered objects written in order, then the page tree, catalog, cross-reference table and trailer.</summary>
    private sealed class Document
    {
        private readonly List<byte[]> objects = [];

        public int Add(string body) => AddRaw(Encoding.ASCII.GetBytes(body));

        public int AddStream(string dictionary, byte[] data)
        {
            var head = Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n");
            var tail = Encoding.ASCII.GetBytes("\nendstream");
            return AddRaw([.. head, .. data, .. tail]);
        }

        private int AddRaw(byte[] body)
        {
            objects.Add(body);
            return objects.Count;
        }

        public byte[] Finish(IReadOnlyList<string> pageBodies, double width, double height, string trailerExtra = "")
        {
            var pagesId = objects.Count + pageBodies.Count + 1;
            var kids = new List<int>();
            foreach (var body in pageBodies)
                kids.Add(Add($"<< /Type /Page /Parent {pagesId} 0 R /MediaBox [0 0 {Num(width)} {Num(height)}] {body} >>"));
            Add($"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");
            var catalog = Add($"<< /Type /Catalog /Pages {pagesId} 0 R >>");
            using var output = new MemoryStream();
            void Write(string s) => output.Write(Encoding.ASCII.GetBytes(s));
            Write("%PDF-1.4\n");
            var offsets = new List<long>();
            for (var i = 0; i < objects.Count; i++)
            {
                offsets.Add(output.Position);
                Write($"{i + 1} 0 obj\n");
                output.Write(objects[i]);
                Write("\nendobj\n");
            }
            var xref = output.Position;
            Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
            Write($"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
            return output.ToArray();
        }
    }
}
