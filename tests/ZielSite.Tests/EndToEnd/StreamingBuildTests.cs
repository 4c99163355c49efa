using ZielSite.Build;

namespace ZielSite.Tests.EndToEnd;

/// <summary>The site is written while it is rendered, yet replaced only by a complete build without errors.</summary>
public class StreamingBuildTests
{
    [Fact]
    public void A_strict_build_with_a_broken_link_leaves_the_previous_site_and_no_staging_folder()
    {
        using var temp = new TempDir();
        var project = temp["project"];
        TestPaths.CopyDefaultProject(project);
        var first = SiteBuilder.Build(new BuildOptions(project, temp["site"], Strict: true, BuiltinDir: TestPaths.BuiltinDir));
        Assert.True(first.Written, string.Join("\n", first.Diagnostics));
        var before = File.ReadAllBytes(temp["site/index.html"]);
        var count = Directory.GetFiles(temp["site"], "*", SearchOption.AllDirectories).Length;
        Assert.Equal(first.FileCount + 1, count); // + the marker file

        File.WriteAllText(Path.Combine(project, "content", "pages", "kaputt.md"), "# Kaputt\n\n[weg](nirgends.html)\n");
        var second = SiteBuilder.Build(new BuildOptions(project, temp["site"], Strict: true, BuiltinDir: TestPaths.BuiltinDir));

        Assert.False(second.Written);
        Assert.Contains(second.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.BrokenLink && d.Span.File == "kaputt/index.html");
        Assert.Equal(before, File.ReadAllBytes(temp["site/index.html"]));
        Assert.False(File.Exists(temp["site/kaputt/index.html"]));
        Assert.Equal(count, Directory.GetFiles(temp["site"], "*", SearchOption.AllDirectories).Length);
        Assert.Equal(["project", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Without --strict the broken link is a warning and the site is replaced.
        var third = SiteBuilder.Build(new BuildOptions(project, temp["site"], BuiltinDir: TestPaths.BuiltinDir));
        Assert.True(third.Written);
        Assert.True(File.Exists(temp["site/kaputt/index.html"]));
        Assert.Equal(["project", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
