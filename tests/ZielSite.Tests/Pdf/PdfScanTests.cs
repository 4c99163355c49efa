using ZielSite.Agreements;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs.Pdf;

namespace ZielSite.Tests.Pdf;

/// <summary>
/// Scans made in the test and recognised by the real OCRmyPDF: the text PDF rasterised at 200 dpi in grey
/// (pdftoppm), the images wrapped into an image-only PDF (img2pdf), then read. The recognised text is cached in
/// the fixture, so each scan is recognised once for all tests. Skipped with the reason where a program is missing.
/// </summary>
public sealed class ScanFixture : IDisposable
{
    public TempDir Temp { get; } = new();

    public string? Missing { get; } = PdfTestFiles.Missing("pdftoppm", "img2pdf", "ocrmypdf", "tesseract") ?? PdfTestFiles.MissingGermanModel();

    private readonly Lazy<byte[]> _borken;
    private readonly Lazy<byte[]> _generated;
    private readonly Lazy<byte[]> _twoColumns;

    public ScanFixture()
    {
        _borken = new(() => PdfTestFiles.Scan(PdfWriter.Text(PdfTestFiles.BorkenText)));
        _generated = new(() => PdfTestFiles.Scan(PdfWriter.Text(PdfTestFiles.Generated.Text)));
        _twoColumns = new(() => PdfTestFiles.Scan(PdfWriter.TwoColumns(PdfColumnTests.TwoColumnPages())));
    }

    /// <summary>The generated agreement set in two columns (<see cref="PdfColumnTests.TwoColumnPages"/>), scanned.</summary>
    public byte[] TwoColumnScan => _twoColumns.Value;

    public byte[] BorkenScan => _borken.Value;

    public byte[] GeneratedScan => _generated.Value;

    /// <summary>OCRmyPDF with the fixture's cache: each scan is recognised once.</summary>
    public PdfSettings Settings => new(OcrMyPdf.Find(), new OcrCache(Temp["ocr"]));

    public void Dispose() => Temp.Dispose();
}

public class PdfScanTests(ScanFixture scans) : IClassFixture<ScanFixture>
{
    private Agreement Parse(byte[] pdf, string name)
    {
        using var temp = new TempDir();
        File.WriteAllBytes(temp[Path.GetFileName(name)], pdf);
        return AgreementFiles.ParseFile(temp[Path.GetFileName(name)], "content/agreements/" + name, PdfTestFiles.Regions, scans.Settings);
    }

    [SkippableFact]
    public void The_scanned_Borken_agreement_is_read_exactly()
    {
        Skip.If(scans.Missing is not null, scans.Missing);
        var fromText = AgreementParser.Parse("kreis-borken.txt", PdfTestFiles.BorkenText, PdfTestFiles.Regions);
        var a = Parse(scans.BorkenScan, "2023/kreis-borken.pdf");

        Assert.DoesNotContain(a.Diagnostics, d => d.IsError);
        Assert.Equal(("Kreis Borken", "05554", 2023), (a.RegionName, a.Ags, a.Year));
        Assert.Equal(
            [("integrationen", ">=", 12.6, "%"), ("k2", ">=", 0.0, "%"), ("k2_gap", "<=", 0.0, "pp"), ("k3", "<=", -5.2, "%"), ("integrationen_lzb", ">=", 6.6, "%")],
            a.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
        Assert.Equal(fromText.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)), a.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
        // The pages of the targets are those of the text PDF (page 4 and 5 of 6).
        Assert.Equal([4, 4, 4, 5, 5], a.Targets.Select(t => t.Span.Page));
    }

    [SkippableFact]
    public void A_scanned_generated_agreement_is_read_exactly()
    {
        Skip.If(scans.Missing is not null, scans.Missing);
        var g = PdfTestFiles.Generated;
        var a = Parse(scans.GeneratedScan, "generiert.pdf");

        Assert.DoesNotContain(a.Diagnostics, d => d.IsError);
        Assert.Equal((g.Ags, g.Year), (a.Ags, a.Year));
        Assert.Equal(g.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)), a.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
    }

    [SkippableFact]
    public void A_scanned_agreement_in_two_columns_is_read_column_by_column_by_OCR()
    {
        // Tesseract finds the columns of a scanned page itself (OCRmyPDF's sidecar has them one after the other).
        Skip.If(scans.Missing is not null, scans.Missing);
        var g = PdfTestFiles.Generated;
        var a = Parse(scans.TwoColumnScan, "2023/zweispaltig.pdf");

        Assert.DoesNotContain(a.Diagnostics, d => d.IsError);
        Assert.Equal((g.Ags, g.Year), (a.Ags, a.Year));
        Assert.Equal(g.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)), a.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
    }

    [SkippableFact]
    public void The_default_project_with_the_Borken_agreement_as_its_scan_builds_the_same_targets_and_publishes_the_PDF()
    {
        Skip.If(scans.Missing is not null, scans.Missing);
        using var temp = new TempDir();
        var project = temp["project"];
        TestPaths.CopyDefaultProject(project);
        var agreements = Path.Combine(project, "content", "agreements", "2023");
        File.Delete(Path.Combine(agreements, "kreis-borken.txt"));
        File.WriteAllBytes(Path.Combine(agreements, "kreis-borken.pdf"), scans.BorkenScan);

        var result = SiteBuilder.Build(new BuildOptions(project, temp["site"], BuiltinDir: TestPaths.BuiltinDir) { CacheDir = Path.Combine(project, ".zielsite-cache") });

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        // The build recognised the scan itself and kept the text under the PDF's hash in the project's cache folder.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(scans.BorkenScan));
        Assert.Single(Directory.GetFiles(Path.Combine(project, ".zielsite-cache", "ocr"), hash + "-*.txt"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.File.EndsWith(".pdf", StringComparison.Ordinal));
        var results = File.ReadAllText(temp["site/2023/kreis-borken/index.html"]);
        Assert.Contains("PDF-Original (kreis-borken.pdf)", results);
        Assert.Contains("href=\"../../quellen/2023/kreis-borken.pdf\"", results);
        Assert.Equal(scans.BorkenScan, File.ReadAllBytes(temp["site/quellen/2023/kreis-borken.pdf"]));
        foreach (var threshold in new[] { "mindestens +12,6\u00A0%", "höchstens −5,2\u00A0%", "mindestens +6,6\u00A0%" }) Assert.Contains(threshold, results);
        // The project read again as a rebuild reads it (the OCR text from the project's cache): the five targets of the text.
        var (_, parsed) = ProjectAnalysis.ReadAndParse(project, TestPaths.BuiltinDir, new DiagnosticBag());
        var borken = Assert.Single(parsed, a => a.Ags == "05554" && a.Year == 2023);
        Assert.Equal("content/agreements/2023/kreis-borken.pdf", borken.File);
        var fromText = AgreementParser.Parse("kreis-borken.txt", PdfTestFiles.BorkenText, PdfTestFiles.Regions);
        Assert.Equal(5, borken.Targets.Count);
        Assert.Equal(fromText.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)), borken.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
    }
}
