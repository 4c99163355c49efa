using ZielSite.Build;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.EndToEnd;

/// <summary>An archived year is frozen under archiv/ and the live start page links to it; the archived pages' links resolve.</summary>
public class ArchiveLinkTests
{
    [Fact]
    public void After_archiving_2023_the_start_page_links_the_frozen_edition()
    {
        using var temp = new TempDir();
        var project = temp["project"];
        TestPaths.CopyDefaultProject(project);

        var archive = CliRunner.Run(project, "archive", "--year", "2023", "--edition", "2024-03-01");
        Assert.True(archive.ExitCode == 0, archive.Stderr);
        Assert.True(File.Exists(Path.Combine(project, "archiv", "2023", "2023", "kreis-borken", "index.html")));

        var result = SiteBuilder.Build(new BuildOptions(project, temp["site"], Strict: true, BuiltinDir: TestPaths.BuiltinDir));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        var index = File.ReadAllText(temp["site/index.html"]);
        Assert.Contains("href=\"archiv/2023/2023/index.html\"", index);
        var archived = File.ReadAllText(temp["site/archiv/2023/2023/kreis-borken/index.html"]);
        Assert.Contains("Ausgabe", archived);
        // --strict checked every link of the site, the archive's included, and found none broken.
        Assert.Empty(result.Diagnostics);
    }
}
