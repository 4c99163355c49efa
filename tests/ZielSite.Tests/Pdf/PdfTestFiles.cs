using System.Diagnostics;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Inputs.Pdf;
using ZielSite.Sample;

namespace ZielSite.Tests.Pdf;

/// <summary>The agreements the PDF tests put into PDFs, the regions to read them with, and the scanner (pdftoppm + img2pdf).</summary>
internal static class PdfTestFiles
{
    public static string BorkenPath => Path.Combine(TestPaths.RepoRoot, "content", "agreements", "2023", "kreis-borken.txt");

    public static string BorkenText => File.ReadAllText(BorkenPath);

    /// <summary>The default project's regions (Kreis Borken is 05554).</summary>
    public static IReadOnlyList<Region> Regions { get; } = ReadRegions();

    private static IReadOnlyList<Region> ReadRegions()
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv"));
        return RegionReader.Read(stream, "data/regions.csv", new DiagnosticBag());
    }

    /// <summary>A generated agreement (sample generator, seed 7) of a region in the default project, with the targets it must give.</summary>
    public static GeneratedAgreement Generated { get; } =
        SampleGenerator.Agreements(new SampleOptions(3, 2, 7)).First(g => Regions.Any(r => r.Ags == g.Ags));

    /// <summary>PDF settings without OCR engine and without cache: a scan is an error.</summary>
    public static PdfSettings NoOcr => new(null, null);

    /// <summary>Which of the programs is missing from the PATH (null: all there).</summary>
    public static string? Missing(params string[] programs)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var program in programs)
        {
            if (!path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, program))))
                return $"{program} is not installed (apt-get install ocrmypdf tesseract-ocr-deu poppler-utils img2pdf)";
        }
        return null;
    }

    /// <summary>Null where Tesseract has its German model ("deu"), else the reason to skip.</summary>
    public static string? MissingGermanModel()
    {
        var start = new ProcessStartInfo("tesseract", "--list-langs") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var langs = p.StandardOutput.ReadToEnd() + stderr.Result;
        p.WaitForExit();
        return langs.Split('\n').Any(l => l.Trim() == "deu") ? null : "Tesseract has no German model (apt-get install tesseract-ocr-deu)";
    }

    /// <summary>
    /// A scan of a PDF, as a scanner makes it: every page rasterised in grey at <paramref name="dpi"/>
    /// (<c>pdftoppm -r 200 -gray -png</c>) and the images wrapped into an image-only PDF (<c>img2pdf</c>).
    /// </summary>
    public static byte[] Scan(byte[] pdf, int dpi = 200)
    {
        using var temp = new TempDir();
        File.WriteAllBytes(temp["in.pdf"], pdf);
        Directory.CreateDirectory(temp["img"]);
        Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", temp["in.pdf"], temp["img/p"]);
        var images = Directory.GetFiles(temp["img"], "*.png").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(images);
        Run("img2pdf", [.. images, "-o", temp["scan.pdf"]]);
        return File.ReadAllBytes(temp["scan.pdf"]);
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} did not finish");
        Assert.True(p.ExitCode == 0, $"{program} failed: {stderr.Result}");
    }

    /// <summary>An OCR engine that returns a fixed text and counts its calls.</summary>
    public sealed class FakeOcr(string text) : IOcrEngine
    {
        private int _calls;

        public int Calls => _calls;

        public string Identity => "fake";

        public OcrResult Recognise(byte[] pdf, int pages)
        {
            Interlocked.Increment(ref _calls);
            return new OcrResult(text);
        }
    }
}
