namespace ZielSite.Inputs.Pdf;

/// <summary>
/// What an agreement PDF may be, so that a wrong or hostile file ends in an error in bounded time and memory
/// (docs/errors.md, "Limits"). Real agreements have 5 to 30 pages, scanned at 150 to 300 dpi.
/// </summary>
internal static class PdfLimits
{
    /// <summary>The largest PDF read: 256 MB (a 200-page scan at 300 dpi in colour is about 100 MB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The most pages read: an agreement is 5 to 30 pages; a file of hundreds is a wrong file.</summary>
    public const int MaxPages = 200;

    /// <summary>The most pixels of one image on a page to be recognised: 50 million (A4 at 600 dpi is 35 million).</summary>
    public const long MaxImagePixels = 50_000_000;

    /// <summary>The most one compressed stream (a page's content, a font) may unpack to: 64 MB (a page of text is a few KB, a large embedded font 20 MB).</summary>
    public const long MaxStreamBytes = 64L * 1024 * 1024;

    /// <summary>The most one compressed image may unpack to: 256 MB (50 million pixels in colour with alpha is 200 MB).</summary>
    public const long MaxImageStreamBytes = 256L * 1024 * 1024;

    /// <summary>The most all compressed streams of one PDF may unpack to together: 512 MB.</summary>
    public const long MaxDecodedBytes = 512L * 1024 * 1024;

    /// <summary>
    /// The most letters one PDF may draw: 4 million (an agreement of 30 pages has about 150,000). Counted from the
    /// strings of its compressed content streams before PdfPig lays them out (each letter costs PdfPig some hundred
    /// bytes), and again from the letters of each page read.
    /// </summary>
    public const long MaxLetters = 4_000_000;

    /// <summary>The most times one PDF's content streams may draw a form or an image (<c>Do</c>): 20,000 (a scan draws one image a page).</summary>
    public const long MaxDrawings = 20_000;

    /// <summary>Time OCRmyPDF is given: a minute, plus a minute per page (about 2 to 5 seconds a page are usual here).</summary>
    public static TimeSpan OcrTimeout(int pages) => TimeSpan.FromMinutes(1 + pages);
}
