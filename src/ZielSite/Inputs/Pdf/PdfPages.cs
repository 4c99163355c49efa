using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace ZielSite.Inputs.Pdf;

/// <summary>
/// One page of a PDF as read by PdfPig: its text lines (<see cref="PdfLineBuilder"/>), how many visible letters it
/// has, and its images with their size in pixels (never decoded).
/// </summary>
internal sealed record PdfPage(int Number, IReadOnlyList<string> Lines, int Letters, IReadOnlyList<(int Width, int Height)> Images)
{
    /// <summary>A page that shows an image and (almost) no text: a scanned page, to be recognised by OCR.</summary>
    public bool IsScan => Letters < 10 && Images.Count > 0;
}

/// <summary>A PDF that cannot be read, with the diagnostic code and the reason (thrown inside the PDF reader only).</summary>
internal sealed class PdfProblem(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Reads the pages of a PDF with PdfPig, after checking that it opens, is not locked and has 1 to <see cref="PdfLimits.MaxPages"/> pages.</summary>
internal static class PdfPages
{
    public static IReadOnlyList<PdfPage> Read(byte[] bytes)
    {
        // Every stream PdfPig decodes is counted first and refused past PdfLimits (a "bomb"); a refusal PdfPig
        // catches to go on leniently is still the PDF's error.
        var filters = new CappedFilterProvider();
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = filters });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw filters.Problem ?? Locked();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw filters.Problem ?? (e as PdfProblem) ?? Damaged(e);
        }
        if (filters.Problem is { } refused)
        {
            document.Dispose();
            throw refused;
        }
        using (document)
        {
            int count;
            try
            {
                count = document.NumberOfPages;
                if (document.IsEncrypted && count > 0) _ = document.GetPage(1);
            }
            catch (PdfDocumentEncryptedException)
            {
                throw filters.Problem ?? Locked();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw filters.Problem ?? (e as PdfProblem) ?? Damaged(e);
            }
            if (filters.Problem is { } refusedOpen) throw refusedOpen;
            if (count == 0)
                throw new PdfProblem(Diagnostics.DiagnosticCodes.PdfInvalid, "the PDF has no page");
            if (count > PdfLimits.MaxPages)
                throw new PdfProblem(Diagnostics.DiagnosticCodes.PdfTooLarge,
                    $"the PDF has {count} pages; at most {PdfLimits.MaxPages} are read (an agreement has 5 to 30): is it the right file?");
            var pages = new List<(int Number, List<List<PdfWord>> Rows, int Letters, IReadOnlyList<(int, int)> Images)>(count);
            for (var n = 1; n <= count; n++)
            {
                try
                {
                    var read = ReadPage(document.GetPage(n));
                    filters.CountLetters(read.Letters);
                    pages.Add(read);
                }
                catch (PdfDocumentEncryptedException)
                {
                    throw filters.Problem ?? Locked();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    if ((filters.Problem ?? e as PdfProblem) is { } problem) throw problem;
                    throw new PdfProblem(Diagnostics.DiagnosticCodes.PdfInvalid, $"page {n} of the PDF cannot be read (the file is damaged: {Short(e)})");
                }
                if (filters.Problem is { } refusedPage) throw refusedPage;
            }
            // Columns: found on each page; a page that does not show them by itself (the last page, with a short right
            // column) is read by its own empty strip where that lies where the other pages' gutter is.
            var gutters = pages.Select(p => PdfLineBuilder.Gutter(p.Rows)).ToList();
            var common = gutters.FirstOrDefault(g => g is not null);
            return [.. pages.Select((p, i) =>
            {
                var gutter = gutters[i] ?? (common is { } c ? PdfLineBuilder.GutterLike(p.Rows, c) : null);
                return new PdfPage(p.Number, PdfLineBuilder.Lines(p.Rows, gutter), p.Letters, p.Images);
            })];
        }
    }

    private static (int Number, List<List<PdfWord>> Rows, int Letters, IReadOnlyList<(int, int)> Images) ReadPage(Page page)
    {
        var words = new List<PdfWord>();
        var letters = 0;
        foreach (var word in page.GetWords())
        {
            if (word.Letters.Count == 0 || word.TextOrientation != TextOrientation.Horizontal) continue;
            var first = word.Letters[0];
            var height = Math.Max(first.PointSize, word.BoundingBox.Height);
            words.Add(new PdfWord(word.Text, word.BoundingBox.Left, word.BoundingBox.Right, first.StartBaseLine.Y, height));
            letters += word.Text.Count(c => !char.IsWhiteSpace(c));
        }
        var images = new List<(int, int)>();
        foreach (var image in page.GetImages())
        {
            images.Add((image.WidthInSamples, image.HeightInSamples));
            CheckUnpackedSize(image, page.Number);
        }
        return (page.Number, PdfLineBuilder.Rows(words), letters, images);
    }

    /// <summary>
    /// PdfPig does not unpack images, but OCR would: an image whose compressed stream unpacks to far more than its
    /// pixels need (width × height × colours × bits, plus a byte a row for the PNG predictor; a quarter and 1 MB more
    /// allowed) is refused here, counted without keeping it. Images beyond <see cref="PdfLimits.MaxImagePixels"/> are
    /// refused by their size before OCR anyway.
    /// </summary>
    private static void CheckUnpackedSize(IPdfImage image, int pageNumber)
    {
        long width = image.WidthInSamples, height = image.HeightInSamples;
        if (width * height > PdfLimits.MaxImagePixels) return;
        var dictionary = image.ImageDictionary;
        string? filter = null;
        if (dictionary.TryGet(NameToken.Filter, out NameToken name)) filter = name?.Data;
        else if (dictionary.TryGet(NameToken.Filter, out ArrayToken array) && array?.Data.Count > 0 && array.Data[0] is NameToken first) filter = first.Data;
        if (filter is null) return;
        int components;
        try
        {
            components = Math.Max(1, image.ColorSpaceDetails?.NumberOfColorComponents ?? 4);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            components = 4;
        }
        var bits = Math.Max(1, image.BitsPerComponent);
        var expected = (width * components * bits + 7) / 8 * height + height;
        var allowed = Math.Min(expected + expected / 4 + 1024 * 1024, PdfLimits.MaxImageStreamBytes);
        long? unpacked = filter switch
        {
            "FlateDecode" or "Fl" => DecodedLength.Flate(image.RawMemory, allowed + 1),
            "LZWDecode" or "LZW" => DecodedLength.Lzw(image.RawMemory.Span, 1, allowed + 1),
            "RunLengthDecode" or "RL" => DecodedLength.RunLength(image.RawMemory.Span, allowed + 1),
            _ => null,
        };
        if (unpacked > allowed)
            throw new PdfProblem(Diagnostics.DiagnosticCodes.PdfTooLarge,
                $"page {pageNumber} of the PDF shows an image of {width} × {height} pixels whose compressed stream unpacks to more than {allowed / (1024 * 1024)} MB (its pixels need {Math.Max(1, expected / (1024 * 1024))} MB; the file is damaged or made to exhaust memory): it is not read");
    }

    private static PdfProblem Locked() => new(Diagnostics.DiagnosticCodes.PdfEncrypted,
        "the PDF is locked with a password, so its text cannot be read; save it without the password (or print it to a new PDF)");

    private static PdfProblem Damaged(Exception e) => new(Diagnostics.DiagnosticCodes.PdfInvalid,
        $"the PDF cannot be read (the file is damaged or incomplete: {Short(e)})");

    private static string Short(Exception e)
    {
        var m = e.Message.ReplaceLineEndings(" ").Trim();
        return m.Length > 160 ? m[..160] + "…" : m;
    }
}
