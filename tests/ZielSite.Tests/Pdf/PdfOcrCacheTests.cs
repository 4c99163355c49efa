using System.Security.Cryptography;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Inputs.Pdf;

namespace ZielSite.Tests.Pdf;

/// <summary>
/// Scanned PDFs with an OCR engine put in for OCRmyPDF (no OCR needed): the recognised text is used page by page,
/// cached by the PDF's SHA-256 so that a second read recognises nothing, and goes through the project loader and the
/// agreement cache like a text file.
/// </summary>
public class PdfOcrCacheTests
{
    /// <summary>The Borken text as OCRmyPDF's sidecar gives it for a 6-page scan: pages separated by form feeds.</summary>
    private static string Sidecar()
    {
        var lines = PdfTestFiles.BorkenText.TrimEnd('\n').Split('\n');
        return string.Join("\f", lines.Chunk(52).Select(page => string.Join("\n", page) + "\n"));
    }

    [Fact]
    public void A_scan_is_read_from_the_OCR_text_and_its_lines_are_located_on_the_pages()
    {
        var ocr = new PdfTestFiles.FakeOcr(Sidecar());
        var text = PdfAgreementReader.Read(PdfWriter.ImagePages(6, 827, 1169), "k.pdf", new PdfSettings(ocr, null), new DiagnosticBag());

        Assert.NotNull(text);
        Assert.True(text.Recognised);
        Assert.Equal(6, text.Pages.Count);
        Assert.Equal(1, ocr.Calls);
        var a = ZielSite.Agreements.AgreementParser.Parse("k.pdf", text.Text, PdfTestFiles.Regions);
        a = ZielSite.Build.AgreementFiles.Locate(text.SourcePages, a, "k.pdf");
        Assert.Empty(a.Diagnostics);
        Assert.Equal([("integrationen", 4, 2), ("k2", 4, 5), ("k2_gap", 4, 12), ("k3", 5, 1), ("integrationen_lzb", 5, 6)],
            a.Targets.Select(t => (t.Key, t.Span.Page, t.Span.Line)));
    }

    [Fact]
    public void In_a_PDF_of_a_text_page_and_a_scanned_page_only_the_scanned_page_is_taken_from_OCR()
    {
        var ocr = new PdfTestFiles.FakeOcr("Seite eins, wie OCR sie las\n\fVereinbarung\n\nim Jahr 2023\n\f");
        var text = PdfAgreementReader.Read(PdfWriter.TextThenScan(["Anschreiben an den Kreistag", "Anlage: Zielvereinbarung"]), "m.pdf", new PdfSettings(ocr, null), new DiagnosticBag());

        Assert.NotNull(text);
        Assert.Equal(1, ocr.Calls);
        Assert.Equal([["Anschreiben an den Kreistag", "Anlage: Zielvereinbarung"], ["Vereinbarung", "", "im Jahr 2023"]], text.Pages);
        Assert.Equal("Anschreiben an den Kreistag\nAnlage: Zielvereinbarung\nVereinbarung\n\nim Jahr 2023", text.Text);
        Assert.Equal(new ZielSite.Diagnostics.SourceSpan("m.pdf", 2, 0, Page: 2), text.SourcePages.Locate(new ZielSite.Diagnostics.SourceSpan("m.pdf", 5)));
    }

    [Fact]
    public void A_scan_is_recognised_once_and_then_read_from_the_cache_by_its_hash()
    {
        using var temp = new TempDir();
        var pdf = PdfWriter.ImagePages(6, 827, 1169);
        var ocr = new PdfTestFiles.FakeOcr(Sidecar());
        var settings = new PdfSettings(ocr, new OcrCache(temp["ocr"]));

        var first = PdfAgreementReader.Read(pdf, "k.pdf", settings, new DiagnosticBag());
        var second = PdfAgreementReader.Read(pdf, "k.pdf", settings, new DiagnosticBag());
        // Without any engine (OCRmyPDF uninstalled since), the cached text still reads the scan.
        var third = PdfAgreementReader.Read(pdf, "k.pdf", new PdfSettings(null, new OcrCache(temp["ocr"])), new DiagnosticBag());

        Assert.Equal(1, ocr.Calls);
        Assert.Equal(first?.Text, second?.Text);
        Assert.Null(third); // another engine identity: the fake's text is not taken for OCRmyPDF's
        var file = Assert.Single(Directory.GetFiles(temp["ocr"]));
        Assert.StartsWith(Convert.ToHexStringLower(SHA256.HashData(pdf)), Path.GetFileName(file));
        Assert.Equal(Sidecar(), File.ReadAllText(file));
    }

    [Fact]
    public void A_scanned_agreement_in_a_project_is_loaded_parsed_and_cached_like_a_text_file()
    {
        using var temp = new TempDir();
        var project = temp["project"];
        Directory.CreateDirectory(Path.Combine(project, "content", "agreements", "2023"));
        Directory.CreateDirectory(Path.Combine(project, "data"));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv"), Path.Combine(project, "data", "regions.csv"));
        var pdf = PdfWriter.ImagePages(6, 827, 1169);
        File.WriteAllBytes(Path.Combine(project, "content", "agreements", "2023", "kreis-borken.pdf"), pdf);
        File.WriteAllText(Path.Combine(project, "content", "agreements", "2023", "kreis-borken.korrektur.txt"), "k3 <= -6.0 %  # Tippfehler im Original\n");
        var ocr = new PdfTestFiles.FakeOcr(Sidecar());
        var settings = new PdfSettings(ocr, new OcrCache(temp["ocr"]));

        for (var build = 0; build < 2; build++)
        {
            var diagnostics = new DiagnosticBag();
            var basics = ProjectLoader.LoadBasics(project, diagnostics);
            var inputs = ProjectLoader.LoadSources(basics, null, diagnostics, settings);
            var source = Assert.Single(inputs.Agreements);
            Assert.NotNull(source.Pages);
            Assert.Equal("pdf+ocr", source.Encoding);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), inputs.InputHashes["content/agreements/2023/kreis-borken.pdf"]);
            // The rebuild cache keys the agreement by the PDF's hash: the second build takes it from there, pages and all.
            var agreementCache = ZielSite.Caching.AgreementCache.Open(temp["cache"]);
            var a = Assert.Single(ProjectAnalysis.ParseAgreements(inputs, diagnostics, agreementCache));
            Assert.Equal(build, agreementCache.Hits);
            Assert.True(agreementCache.Save());
            Assert.Empty(diagnostics.ToSortedList());
            Assert.Equal(("05554", 2023), (a.Ags, a.Year));
            var k3 = Assert.Single(a.Targets, t => t.Key == "k3");
            // The correction's line is in the correction file, a text file: no page.
            Assert.Equal((-6.0, "content/agreements/2023/kreis-borken.korrektur.txt", 0, 1), (k3.Value, k3.Span.File, k3.Span.Page, k3.Span.Line));
            Assert.Equal((4, 2), a.Targets.Where(t => t.Key == "integrationen").Select(t => (t.Span.Page, t.Span.Line)).Single());
        }
        Assert.Equal(1, ocr.Calls);
    }
}
