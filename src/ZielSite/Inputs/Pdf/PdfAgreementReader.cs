using System.Security.Cryptography;
using System.Text;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs.Pdf;

/// <summary>The text of an agreement PDF, one part per page (lines separated by LF), and whether OCR made it.</summary>
internal sealed record PdfText(IReadOnlyList<IReadOnlyList<string>> Pages, bool Recognised)
{
    /// <summary>The pages' lines one after the other (no line between pages: a sentence may go on over a page break).</summary>
    public string Text => string.Join("\n", Pages.SelectMany(p => p));

    /// <summary>Where each line of <see cref="Text"/> is: its page and line on the page.</summary>
    public SourcePages SourcePages => new(Pages);
}

/// <summary>
/// Reads the text of an agreement PDF: a page with a text layer through PdfPig, line by line in reading order; a
/// scanned page (an image and no text) through OCR (<see cref="IOcrEngine"/>), whose text is cached by the PDF's
/// SHA-256. A file that is not a readable PDF, is locked, empty, beyond <see cref="PdfLimits"/>, or a scan without
/// an OCR engine is one error (<see cref="DiagnosticCodes"/> ZS0312–ZS0316) naming the file, never a partial text.
/// </summary>
internal static class PdfAgreementReader
{
    /// <summary>True for a file name that is read as a PDF agreement.</summary>
    public static bool IsPdfName(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text, or null with the error added to <paramref name="diagnostics"/>.</summary>
    public static PdfText? Read(byte[] bytes, string display, PdfSettings settings, DiagnosticBag diagnostics)
    {
        try
        {
            return Read(bytes, settings);
        }
        catch (PdfProblem p)
        {
            diagnostics.Error(p.Code, new SourceSpan(display), p.Message);
            return null;
        }
    }

    private static PdfText Read(byte[] bytes, PdfSettings settings)
    {
        if (bytes.LongLength > PdfLimits.MaxBytes)
            throw new PdfProblem(DiagnosticCodes.PdfTooLarge, $"the PDF has {bytes.LongLength / (1024 * 1024)} MB; at most {PdfLimits.MaxBytes / (1024 * 1024)} MB are read");
        if (NotPdfReason(bytes) is { } reason) throw new PdfProblem(DiagnosticCodes.PdfInvalid, reason);
        var pages = PdfPages.Read(bytes);
        var scans = pages.Where(p => p.IsScan).ToList();
        if (scans.Count == 0)
        {
            if (pages.All(p => p.Lines.Count == 0))
                throw new PdfProblem(DiagnosticCodes.PdfInvalid, "the PDF has neither text nor a scanned image: nothing to read");
            return new PdfText([.. pages.Select(p => p.Lines)], Recognised: false);
        }
        foreach (var page in scans)
        {
            foreach (var (width, height) in page.Images)
            {
                if ((long)width * height > PdfLimits.MaxImagePixels)
                    throw new PdfProblem(DiagnosticCodes.PdfTooLarge,
                        $"page {page.Number} of the PDF is an image of {width} × {height} pixels; at most {PdfLimits.MaxImagePixels / 1_000_000} million pixels are recognised (A4 at 600 dpi is 35 million): scan it again at 200 to 300 dpi");
            }
        }
        var text = Recognise(bytes, pages.Count, settings);
        var recognised = text.Split('\f');
        var result = new List<IReadOnlyList<string>>();
        foreach (var page in pages)
            result.Add(page.IsScan ? OcrLines(page.Number <= recognised.Length ? recognised[page.Number - 1] : "") : page.Lines);
        return new PdfText(result, Recognised: true);
    }

    private static string Recognise(byte[] bytes, int pages, PdfSettings settings)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var engine = settings.Ocr;
        var identity = engine?.Identity ?? new OcrMyPdf("ocrmypdf").Identity;
        if (settings.Cache?.Get(hash, identity) is { } cached) return cached;
        if (engine is null)
            throw new PdfProblem(DiagnosticCodes.PdfOcrUnavailable,
                $"the PDF is a scan without a text layer and OCRmyPDF is not installed to read it; install it ({OcrMyPdf.InstallCommand}) or put the agreement's text beside it as a .txt file");
        var result = engine.Recognise(bytes, pages);
        if (result.Text is null)
            throw new PdfProblem(result.FailureCode ?? DiagnosticCodes.PdfOcrFailed, result.Failure ?? "the scan could not be recognised");
        settings.Cache?.Put(hash, identity, result.Text);
        return result.Text;
    }

    /// <summary>A page of recognised text as lines: line ends normalised, trailing blanks and blank lines at the ends removed.</summary>
    private static IReadOnlyList<string> OcrLines(string page)
    {
        var lines = page.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => PdfLineBuilder.Clean(l.TrimEnd())).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        return lines.Count == 0 ? [""] : lines;
    }

    /// <summary>Why bytes named .pdf are not a PDF (an HTML page, a text file, an image, empty), or null for a PDF.</summary>
    internal static string? NotPdfReason(byte[] bytes)
    {
        if (bytes.Length == 0) return "the file is empty, not a PDF";
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        if (head.Contains("%PDF-", StringComparison.Ordinal)) return null;
        var start = head.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (start.StartsWith("<!doctype html", StringComparison.Ordinal) || start.StartsWith("<html", StringComparison.Ordinal)
            || (start.StartsWith('<') && head.Contains("<html", StringComparison.OrdinalIgnoreCase)))
            return "the file is an HTML page (a saved web page or a download error page), not a PDF; download the PDF itself";
        if (bytes.Length >= 4 && (bytes[0] == 0x89 && bytes[1] == (byte)'P' || bytes[0] == 0xFF && bytes[1] == 0xD8 || bytes[0] == (byte)'I' && bytes[1] == (byte)'I' || bytes[0] == (byte)'M' && bytes[1] == (byte)'M'))
            return "the file is an image (PNG, JPEG or TIFF), not a PDF; convert it to PDF (img2pdf) or put the agreement's text in a .txt file";
        if (bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
            return "the file is a ZIP archive (a Word document?), not a PDF; export it as PDF";
        return "the file is not a PDF (it does not begin with %PDF-)";
    }
}
