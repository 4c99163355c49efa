using System.Text;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Inputs.Pdf;

namespace ZielSite.Tests.Pdf;

/// <summary>
/// Bad PDFs among the agreements: each is one error with its code, naming the file and what is wrong, read in
/// bounded time and memory (page count and image size are checked before anything is recognised), and a build
/// with one of them writes no site.
/// </summary>
public class PdfBadFileTests
{
    private const string File_ = "content/agreements/2023/kreis-borken.pdf";

    private static Diagnostic ReadError(byte[] bytes, PdfSettings? settings = null)
    {
        var diagnostics = new DiagnosticBag();
        var text = PdfAgreementReader.Read(bytes, File_, settings ?? PdfTestFiles.NoOcr, diagnostics);
        Assert.Null(text);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.True(error.IsError);
        Assert.Equal(File_, error.Span.File);
        return error;
    }

    [Fact]
    public void A_PDF_locked_with_a_password_is_an_error()
    {
        var error = ReadError(PdfWriter.Encrypted());
        Assert.Equal(DiagnosticCodes.PdfEncrypted, error.Code);
        Assert.Contains("locked with a password", error.Message);
    }

    [Fact]
    public void A_truncated_PDF_is_an_error()
    {
        var whole = PdfWriter.Text(PdfTestFiles.BorkenText);
        var error = ReadError(whole[..(whole.Length / 3)]);
        Assert.Equal(DiagnosticCodes.PdfInvalid, error.Code);
        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void Garbage_after_the_PDF_header_is_an_error()
    {
        var random = new Random(5);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var error = ReadError([.. "%PDF-1.7\n"u8.ToArray(), .. bytes]);
        Assert.Equal(DiagnosticCodes.PdfInvalid, error.Code);
    }

    [Fact]
    public void A_PDF_without_pages_is_an_error()
    {
        var error = ReadError(PdfWriter.NoPages());
        Assert.Equal(DiagnosticCodes.PdfInvalid, error.Code);
        Assert.Equal("the PDF has no page", error.Message);
    }

    [Fact]
    public void A_PDF_of_500_pages_is_refused_before_its_pages_are_read()
    {
        var pages = Enumerable.Range(1, 500).Select(n => (IReadOnlyList<string>)[$"Seite {n}"]).ToList();
        var error = ReadError(PdfWriter.TextPages(pages));
        Assert.Equal(DiagnosticCodes.PdfTooLarge, error.Code);
        Assert.StartsWith($"the PDF has 500 pages; at most {PdfLimits.MaxPages} are read", error.Message);
    }

    [Fact]
    public void A_scanned_page_of_20000_by_20000_pixels_is_refused_before_OCR()
    {
        var ocr = new PdfTestFiles.FakeOcr("should not be called");
        var error = ReadError(PdfWriter.Image(20_000, 20_000), new PdfSettings(ocr, null));
        Assert.Equal(DiagnosticCodes.PdfTooLarge, error.Code);
        Assert.StartsWith("page 1 of the PDF is an image of 20000 × 20000 pixels; at most 50 million pixels are recognised", error.Message);
        Assert.Equal(0, ocr.Calls);
    }

    [Fact]
    public void A_content_stream_that_inflates_past_the_limit_is_refused_in_bounded_memory()
    {
        const long inflated = 1L << 30; // 1 GB of blanks in one page's content stream
        var bomb = PdfWriter.FlateBomb(inflated);
        Assert.InRange(bomb.Length, 1, 2_000_000); // the file itself is small: about 1 MB

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = ReadError(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(DiagnosticCodes.PdfTooLarge, error.Code);
        Assert.Matches(@"^a compressed stream of the PDF \([0-9,]+ bytes\) unpacks to more than 64 MB \(a page's text is a few KB; the file is damaged or made to exhaust memory\): it is not read$", error.Message);
        // Counted, not kept: the reader allocates a few copies of the 1 MB file, far from the 64 MB cap and the 1 GB inside.
        Assert.True(allocated < 16L * 1024 * 1024, $"reading the bomb allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_page_that_draws_millions_of_letters_is_refused_by_the_cost_budget_before_PdfPig_lays_them_out()
    {
        // Within every size limit (30 KB, unpacks to 6 MB of 64), but 5 million letters would cost PdfPig gigabytes.
        var bomb = PdfWriter.LetterBomb(5_000_000);
        Assert.InRange(bomb.Length, 1, 200_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = ReadError(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(DiagnosticCodes.PdfTooLarge, error.Code);
        Assert.Equal("the PDF's pages draw more than 4,000,000 letters (an agreement has about 150,000; the file is made to exhaust memory): it is not read", error.Message);
        Assert.True(allocated < 256L * 1024 * 1024, $"reading the bomb allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_page_that_draws_a_form_thirty_thousand_times_is_refused()
    {
        var error = ReadError(PdfWriter.DrawBomb(30_000));
        Assert.Equal(DiagnosticCodes.PdfTooLarge, error.Code);
        Assert.Equal("the PDF's pages draw forms or images more than 20,000 times (a scan draws one image a page; the file is made to exhaust time and memory): it is not read", error.Message);
    }

    [Fact]
    public void A_page_that_draws_a_form_a_few_times_is_read()
    {
        var diagnostics = new DiagnosticBag();
        var text = PdfAgreementReader.Read(PdfWriter.DrawBomb(3), File_, PdfTestFiles.NoOcr, diagnostics);
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.IsError);
        Assert.NotNull(text);
    }

    [Fact]
    public void A_scanned_image_whose_stream_inflates_far_past_its_pixels_is_refused_before_OCR()
    {
        var bomb = PdfWriter.ImageBomb(1L << 30); // 1000 × 1000 grey pixels are 1 MB; the stream holds 1 GB
        var ocr = new PdfTestFiles.FakeOcr("should not be called");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = ReadError(bomb, new PdfSettings(ocr, null));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(DiagnosticCodes.PdfTooLarge, error.Code);
        Assert.Equal(0, ocr.Calls);
        Assert.True(allocated < 16L * 1024 * 1024, $"reading the bomb allocated {allocated:N0} bytes");
        Assert.Equal("page 1 of the PDF shows an image of 1000 × 1000 pixels whose compressed stream unpacks to more than 2 MB (its pixels need 1 MB; the file is damaged or made to exhaust memory): it is not read", error.Message);
    }

    [Fact]
    public void An_HTML_page_named_pdf_is_an_error_that_says_so()
    {
        var error = ReadError(Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"de\"><head><title>Kreistag</title></head><body>Sitzung</body></html>\n"));
        Assert.Equal(DiagnosticCodes.PdfInvalid, error.Code);
        Assert.StartsWith("the file is an HTML page", error.Message);
    }

    [Fact]
    public void A_scan_without_OCRmyPDF_is_an_error_naming_the_install_command()
    {
        var error = ReadError(PdfWriter.Image(1654, 2339));
        Assert.Equal(DiagnosticCodes.PdfOcrUnavailable, error.Code);
        Assert.Contains("apt-get install ocrmypdf tesseract-ocr-deu", error.Message);
    }

    [Fact]
    public void A_failing_OCR_is_an_error_and_nothing_is_cached()
    {
        using var temp = new TempDir();
        var cache = new OcrCache(temp["ocr"]);
        var error = ReadError(PdfWriter.Image(800, 1100), new PdfSettings(new FailingOcr(), cache));
        Assert.Equal(DiagnosticCodes.PdfOcrFailed, error.Code);
        Assert.Equal("OCRmyPDF failed (exit code 7): tesseract crashed", error.Message);
        Assert.False(Directory.Exists(temp["ocr"]) && Directory.EnumerateFiles(temp["ocr"]).Any());
    }

    [SkippableFact]
    public void OCR_that_does_not_finish_in_time_is_stopped_with_its_children()
    {
        Skip.If(OperatingSystem.IsWindows(), "the stand-in for OCRmyPDF is a shell script");
        using var temp = new TempDir();
        // A stand-in for ocrmypdf that starts a child and never finishes.
        var script = temp["ocrmypdf"];
        File.WriteAllText(script, "#!/bin/sh\nsleep 300 &\necho $! > \"$(dirname \"$0\")/child\"\nsleep 300\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var engine = new OcrMyPdf(script, _ => TimeSpan.FromSeconds(2));

        var result = engine.Recognise(PdfWriter.Image(100, 100), 1);

        Assert.Null(result.Text);
        Assert.Equal(DiagnosticCodes.PdfOcrFailed, result.FailureCode);
        Assert.Equal("OCRmyPDF did not finish within 2 seconds for a PDF of 1 page(s) and was stopped", result.Failure);
        var child = int.Parse(File.ReadAllText(temp["child"]).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(Directory.Exists($"/proc/{child}") && !File.ReadAllText($"/proc/{child}/stat").Contains(") Z ", StringComparison.Ordinal),
            "the child process of the stopped OCR still runs");
    }

    [Fact]
    public void A_build_with_a_bad_PDF_writes_no_site()
    {
        using var temp = new TempDir();
        var project = temp["project"];
        Directory.CreateDirectory(Path.Combine(project, "content", "agreements", "2023"));
        Directory.CreateDirectory(Path.Combine(project, "data"));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv"), Path.Combine(project, "data", "regions.csv"));
        File.WriteAllText(Path.Combine(project, "content", "agreements", "2023", "kreis-borken.pdf"), "<html><body>404 Not Found</body></html>");

        var result = SiteBuilder.Build(new BuildOptions(project, temp["site"], BuiltinDir: TestPaths.BuiltinDir));

        Assert.False(result.Written);
        Assert.False(Directory.Exists(temp["site"]));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfInvalid && d.ToString() ==
            "content/agreements/2023/kreis-borken.pdf: error: the file is an HTML page (a saved web page or a download error page), not a PDF; download the PDF itself [ZS0312]");
    }

    private sealed class FailingOcr : IOcrEngine
    {
        public string Identity => "failing";

        public OcrResult Recognise(byte[] pdf, int pages) => OcrResult.Failed(DiagnosticCodes.PdfOcrFailed, "OCRmyPDF failed (exit code 7): tesseract crashed");
    }
}
