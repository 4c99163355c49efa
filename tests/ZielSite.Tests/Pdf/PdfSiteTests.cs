using System.Text.Json;
using ZielSite.Build;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.Pdf;

/// <summary>
/// A PDF with a text layer in a whole project (no OCR needed): the default project with the Borken agreement as a
/// PDF builds the same targets, publishes the PDF as the binding original, and <c>parse FILE.pdf --json</c> names pages.
/// </summary>
public class PdfSiteTests
{
    private static string ProjectWithBorkenPdf(TempDir temp)
    {
        var project = temp["project"];
        TestPaths.CopyDefaultProject(project);
        var folder = Path.Combine(project, "content", "agreements", "2023");
        File.Delete(Path.Combine(folder, "kreis-borken.txt"));
        File.WriteAllBytes(Path.Combine(folder, "kreis-borken.pdf"), PdfWriter.Text(PdfTestFiles.BorkenText));
        return project;
    }

    [Fact]
    public void The_site_publishes_the_PDF_as_the_binding_original_beside_the_reading()
    {
        using var temp = new TempDir();
        var project = ProjectWithBorkenPdf(temp);

        var result = SiteBuilder.Build(new BuildOptions(project, temp["site"], Strict: true, BuiltinDir: TestPaths.BuiltinDir));

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllBytes(Path.Combine(project, "content/agreements/2023/kreis-borken.pdf")), File.ReadAllBytes(temp["site/quellen/2023/kreis-borken.pdf"]));
        Assert.False(File.Exists(temp["site/quellen/2023/kreis-borken.txt"]));
        var page = File.ReadAllText(temp["site/2023/kreis-borken/index.html"]);
        Assert.Contains("maßgeblich ist das <a href=\"../../quellen/2023/kreis-borken.pdf\">PDF-Original (kreis-borken.pdf)</a>", page);
        // The reading is the text of the PDF, and the targets are those of the text (Zielwert column).
        Assert.Contains("Verbesserung der Integration in Erwerbstätiakeit", page);
        foreach (var threshold in new[] { "mindestens +12,6\u00A0%", "höchstens −5,2\u00A0%", "mindestens +6,6\u00A0%" }) Assert.Contains(threshold, page);
        // Another agreement (a text file) still links its "Originaldatei".
        Assert.Contains("Originaldatei (kreis-coesfeld.txt)", File.ReadAllText(temp["site/2023/kreis-coesfeld/index.html"]));
    }

    [Fact]
    public void Parse_of_a_PDF_prints_the_page_and_the_line_on_it()
    {
        using var temp = new TempDir();
        var project = ProjectWithBorkenPdf(temp);

        var r = CliRunner.Run(project, "parse", "content/agreements/2023/kreis-borken.pdf", "--json");

        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("05554", doc.RootElement.GetProperty("ags").GetString());
        Assert.Equal(
            [("integrationen", 12.6, 4, 2), ("k2", 0.0, 4, 5), ("k2_gap", 0.0, 4, 12), ("k3", -5.2, 5, 1), ("integrationen_lzb", 6.6, 5, 6)],
            doc.RootElement.GetProperty("targets").EnumerateArray().Select(t =>
                (t.GetProperty("key").GetString(), t.GetProperty("value").GetDouble(), t.GetProperty("page").GetInt32(), t.GetProperty("line").GetInt32())));
    }
}
