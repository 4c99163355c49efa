using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public class ArchiveWriterTests
{
    private static IReadOnlyList<OutputFile> Archive(DateOnly edition) =>
        YearArchiver.Create(Samples.Site(), 2023, edition, "0.1.0", new DiagnosticBag());

    [Fact]
    public void Re_archiving_is_refused_without_force_and_leaves_the_archive_as_it_was()
    {
        using var project = new TempDir();
        Assert.True(ArchiveWriter.Write(project.Path, 2023, Archive(new DateOnly(2024, 3, 15)), force: false, new DiagnosticBag()));
        var page = project["archiv/2023/2023/kreis-borken/index.html"];
        var before = File.ReadAllText(page);
        Assert.Contains("Ausgabe 15. März 2024", before);

        var bag = new DiagnosticBag();
        Assert.False(ArchiveWriter.Write(project.Path, 2023, Archive(new DateOnly(2025, 1, 2)), force: false, bag));
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.ArchiveExists, error.Code);
        Assert.Equal("archiv/2023/: error: 2023 is archived already; an archive is never changed (use --force to replace it as a whole) [ZS0711]", error.ToString());
        Assert.Equal(before, File.ReadAllText(page));

        Assert.True(ArchiveWriter.Write(project.Path, 2023, Archive(new DateOnly(2025, 1, 2)), force: true, new DiagnosticBag()));
        Assert.Contains("Ausgabe 2. Januar 2025", File.ReadAllText(page));
        // Nothing left beside the archive (no staging or old folder).
        Assert.Equal(["2023"], Directory.GetFileSystemEntries(project["archiv"]).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("archiv", "archiv/")]
    [InlineData("archiv/2023", "archiv/2023/")]
    public void An_archive_is_never_written_through_a_link_out_of_the_project(string link, string shown)
    {
        using var project = new TempDir();
        using var outside = new TempDir();
        File.WriteAllText(outside["keep.txt"], "not the project's");
        Directory.CreateDirectory(Path.GetDirectoryName(project[link])!);
        Directory.CreateSymbolicLink(project[link], outside.Path);

        foreach (var force in new[] { false, true })
        {
            var bag = new DiagnosticBag();
            Assert.False(ArchiveWriter.Write(project.Path, 2023, Archive(new DateOnly(2024, 3, 15)), force, bag));
            var error = Assert.Single(bag.ToSortedList());
            Assert.Equal($"{shown}: error: it is a link to '{outside.Path}', outside the project folder; files outside the project are never read; an archive is written only inside the project [ZS0120]", error.ToString());
        }
        // The folder the link points to is untouched: nothing written there, nothing replaced.
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(outside.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_build_reads_the_archive_verbatim_lists_its_years_and_warns_about_hand_edits()
    {
        using var project = new TempDir();
        ArchiveWriter.Write(project.Path, 2023, Archive(new DateOnly(2024, 3, 15)), false, new DiagnosticBag());
        var clean = new DiagnosticBag();
        var archive = ProjectArchive.Read(project.Path, clean);
        Assert.Empty(clean.ToSortedList());
        Assert.Equal([2023], archive.Years);
        Assert.Contains(archive.Files, f => f.Path == "archiv/2023/2023/kreis-borken/index.html");
        var onDisk = File.ReadAllBytes(project["archiv/2023/assets/site.css"]);
        Assert.Equal(onDisk, archive.Files.Single(f => f.Path == "archiv/2023/assets/site.css").Content.ToArray());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(onDisk)), archive.Hashes["archiv/2023/assets/site.css"]);

        File.AppendAllText(project["archiv/2023/assets/site.css"], "/* edited */");
        File.WriteAllText(project["archiv/2023/notes.txt"], "added later");
        var bag = new DiagnosticBag();
        ProjectArchive.Read(project.Path, bag);
        var warnings = bag.ToSortedList();
        Assert.Equal(["archiv/2023/assets/site.css", "archiv/2023/notes.txt"], warnings.Select(w => w.Span.File));
        Assert.All(warnings, w => Assert.Equal((Severity.Warning, DiagnosticCodes.ArchiveFileChanged), (w.Severity, w.Code)));
    }

    [Fact]
    public void A_project_without_archive_has_no_archived_years()
    {
        using var project = new TempDir();
        var archive = ProjectArchive.Read(project.Path, new DiagnosticBag());
        Assert.Empty(archive.Years);
        Assert.Empty(archive.Files);
    }

    [Fact]
    public void Build_output_is_refused_inside_the_archive()
    {
        using var project = new TempDir();
        var bag = new DiagnosticBag();
        Assert.False(SiteWriter.CheckTarget(project["archiv/site"], project.Path, bag));
        Assert.Contains("archiv", Assert.Single(bag.ToSortedList()).Message);
    }

    [Fact]
    public void The_archive_command_refuses_an_archived_year_before_building()
    {
        using var project = new TempDir();
        Directory.CreateDirectory(project["content"]);
        Directory.CreateDirectory(project["data"]);
        ArchiveWriter.Write(project.Path, 2023, Archive(new DateOnly(2024, 3, 15)), false, new DiagnosticBag());
        var before = File.ReadAllBytes(project["archiv/2023/manifest.json"]);
        var run = Cli.CliRunner.Run(project.Path, "archive", "--year", "2023");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("archiv/2023/: error: 2023 is archived already", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(project["archiv/2023/manifest.json"]));
        Assert.Equal(Encoding.UTF8.GetString(before), File.ReadAllText(project["archiv/2023/manifest.json"]));
    }
}
