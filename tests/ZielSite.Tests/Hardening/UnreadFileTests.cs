using ZielSite.Build;
using ZielSite.Diagnostics;

namespace ZielSite.Tests.Hardening;

/// <summary>Files in the input folders that no reader takes are named in a warning, never dropped silently.</summary>
public sealed class UnreadFileTests
{
    private static List<Diagnostic> NotRead(TestProject p)
    {
        var bag = new DiagnosticBag();
        ProjectAnalysis.Run(p.Root, TestPaths.BuiltinDir, bag);
        return bag.ToSortedList().Where(d => d.Code == DiagnosticCodes.InputNotRead).ToList();
    }

    [Fact]
    public void Every_unread_format_is_a_warning_naming_the_file_and_the_formats_read()
    {
        using var p = new TestProject();
        foreach (var f in new[] { "data/kennzahlen/2025.ods", "data/kennzahlen/2025.xlsm", "data/kennzahlen/2025.tsv", "data/kennzahlen/2025.csv.gz" })
            p.Write(f, "x");
        foreach (var f in new[] { "content/agreements/2025/borken.docx", "content/agreements/2025/borken.odt", "content/agreements/2025/borken.text" })
            p.Write(f, "x");
        p.Write("content/pages/ueber.markdown", "# Über\n");
        var notRead = NotRead(p);
        Assert.Equal(
            [
                "content/agreements/2025/borken.docx", "content/agreements/2025/borken.odt", "content/agreements/2025/borken.text",
                "content/pages/ueber.markdown",
                "data/kennzahlen/2025.csv.gz", "data/kennzahlen/2025.ods", "data/kennzahlen/2025.tsv", "data/kennzahlen/2025.xlsm",
            ],
            notRead.Select(d => d.Span.File));
        Assert.All(notRead, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("this file is not read (its format is not one ZielSite reads; pages are read as Markdown files named .md); convert it or move it out of the folder",
            notRead.Single(d => d.Span.File == "content/pages/ueber.markdown").Message);
    }

    [Fact]
    public void A_hidden_file_that_looks_like_an_input_is_named_but_housekeeping_files_and_notes_are_not()
    {
        using var p = new TestProject();
        p.Write("content/agreements/2025/.borken.txt", "x");
        p.Write("data/kennzahlen/.2025.csv", "x");
        p.Write("data/kennzahlen/.gitkeep", "");
        p.Write("data/.DS_Store", "x");
        p.Write("data/.git/config", "x");
        p.Write("data/README.txt", "Hinweise");
        p.Write("data/LIZENZ.md", "Lizenz");
        p.Write("content/agreements/README.md", "Hinweise");
        var notRead = NotRead(p);
        Assert.Equal(["content/agreements/2025/.borken.txt", "data/kennzahlen/.2025.csv"], notRead.Select(d => d.Span.File));
        Assert.All(notRead, d => Assert.Contains("starts with '.'", d.Message));
    }
}
