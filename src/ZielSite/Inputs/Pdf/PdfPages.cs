using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

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
                    pages.Add(ReadPage(document.GetPage(n)));
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
        var images = page.GetImages().Select(i => (i.WidthInSamples, i.HeightInSamples)).ToList();
        return (page.Number, PdfLineBuilder.Rows(words), letters, images);
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
