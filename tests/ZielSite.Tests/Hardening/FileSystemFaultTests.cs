using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// Faults of the file system that a committed corpus cannot hold (links, permissions): each is a diagnostic at
/// its path, reported together with the other problems, never an exception.
/// </summary>
public sealed class FileSystemFaultTests
{
    private static IReadOnlyList<Diagnostic> Check(TestProject p)
    {
        var bag = new DiagnosticBag();
        ProjectAnalysis.Run(p.Root, TestPaths.BuiltinDir, bag);
        return bag.ToSortedList();
    }

    [Fact]
    public void A_link_loop_is_reported_once_and_not_followed()
    {
        using var p = new TestProject();
        Directory.CreateSymbolicLink(p["data/kennzahlen/loop"], "..");
        var d = Assert.Single(Check(p));
        Assert.Equal(DiagnosticCodes.InputUnreadable, d.Code);
        Assert.Equal("data/kennzahlen/loop/", d.Span.File);
        Assert.Contains("loop", d.Message);
    }

    [Fact]
    public void Broken_links_and_other_problems_are_reported_together()
    {
        using var p = new TestProject();
        File.CreateSymbolicLink(p["data/kennzahlen/gone.csv"], "/nonexistent/gone.csv");
        File.CreateSymbolicLink(p["content/agreements/2025/gone.txt"], "/nonexistent/gone.txt");
        Directory.CreateSymbolicLink(p["data/archiv"], "/nonexistent/folder");
        p.Write("data/kennzahlen/bad.csv", "ags;month;measure;value\n05113;2020-13;elb;5\n");
        var list = Check(p);
        Assert.Equal(
            [
                "content/agreements/2025/gone.txt: error: this is a link to something that does not exist [ZS0103]",
                "data/archiv: error: this is a link to something that does not exist [ZS0103]",
                "data/kennzahlen/bad.csv:2:7: error: the month must be YYYY-MM with a month 01 to 12, found '2020-13' [ZS0206]",
                "data/kennzahlen/gone.csv: error: this is a link to something that does not exist [ZS0103]",
            ],
            list.Select(d => d.ToString()));
    }

    [Fact]
    public void A_link_to_a_data_folder_outside_the_project_is_refused_naming_its_target()
    {
        using var p = new TestProject();
        var elsewhere = Path.Combine(p.Parent, "shared-data");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "x.csv"), "ags;month;measure;value\n05113;2020-01;elb;-1\n");
        Directory.CreateSymbolicLink(p["data/shared"], elsewhere);
        var d = Assert.Single(Check(p));
        Assert.Equal($"data/shared/: error: it is a link to '{elsewhere}', outside the project folder; files outside the project are never read [ZS0120]", d.ToString());
    }

    [SkippableFact]
    public void An_unreadable_file_is_a_diagnostic_not_a_crash()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "permissions do not apply (Windows or root)");
        if (OperatingSystem.IsWindows()) return;
        using var p = new TestProject();
        File.SetUnixFileMode(p["data/kennzahlen/2024.csv"], UnixFileMode.None);
        File.SetUnixFileMode(p["content/agreements/2025/essen.txt"], UnixFileMode.None);
        var list = Check(p);
        Assert.Contains(list, d => d.ToString() == "data/kennzahlen/2024.csv: error: the file cannot be read: permission denied [ZS0207]");
        Assert.Contains(list, d => d.ToString() == "content/agreements/2025/essen.txt: error: the file cannot be read: permission denied [ZS0103]");
    }

    [Fact]
    public void The_program_reports_a_broken_link_as_a_diagnostic_without_a_stack_trace()
    {
        using var p = new TestProject();
        File.CreateSymbolicLink(p["data/regions.csv.new"], "/nonexistent");
        File.Delete(p["data/regions.csv"]);
        File.CreateSymbolicLink(p["data/regions.csv"], "/nonexistent/regions.csv");
        var r = CliRunner.Run(p.Root, "build");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("data/regions.csv: error: this is a link to something that does not exist [ZS0207]", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(Directory.Exists(p.OutDir));
    }
}
