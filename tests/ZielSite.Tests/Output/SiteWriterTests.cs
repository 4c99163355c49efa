using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Tests.Output;

public class SiteWriterTests
{
    private static OutputFile F(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Writes_all_files_and_replaces_the_previous_site_as_a_whole()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        SiteWriter.Write(site, [F("index.html", "one"), F("2023/a/index.html", "a")]);
        Assert.Equal("one", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.True(File.Exists(Path.Combine(site, SiteWriter.MarkerFile)));

        SiteWriter.Write(site, [F("index.html", "two")]);
        Assert.Equal("two", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site, "2023")));
        // No staging or old folder is left beside the site.
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_site_as_it_was()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        SiteWriter.Write(site, [F("index.html", "good")]);
        Assert.ThrowsAny<InvalidOperationException>(() => SiteWriter.Write(site, [F("index.html", "bad"), F("../escape.html", "x")]));
        Assert.Equal("good", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.False(File.Exists(temp["escape.html"]));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_site_left_aside_by_a_killed_build_is_restored_and_stale_staging_removed()
    {
        using var temp = new TempDir();
        // State after a build killed between its two renames: the old site aside, no site, a staging folder.
        Directory.CreateDirectory(temp[".site.zielsite-old-12345"]);
        File.WriteAllText(temp[".site.zielsite-old-12345/index.html"], "previous");
        Directory.CreateDirectory(temp[".site.zielsite-new-12345"]);
        SiteWriter.Write(temp["site"], [F("index.html", "new")]);
        Assert.Equal("new", File.ReadAllText(temp["site/index.html"]));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../x.html")]
    [InlineData("/etc/x.html")]
    [InlineData("a/../../x.html")]
    [InlineData("a\\..\\x.html")]
    [InlineData("")]
    public void Paths_that_would_leave_the_output_folder_are_refused(string path)
    {
        Assert.ThrowsAny<InvalidOperationException>(() => SiteWriter.SafeCombine("/tmp/site", path));
    }

    [Fact]
    public void Refuses_the_project_root_its_parents_input_folders_and_foreign_folders()
    {
        using var temp = new TempDir();
        var project = temp["project"];
        Directory.CreateDirectory(Path.Combine(project, "data"));
        Directory.CreateDirectory(temp["foreign"]);
        File.WriteAllText(temp["foreign/notes.txt"], "keep me");

        foreach (var target in new[] { project, temp.Path, Path.Combine(project, "data", "site"), temp["foreign"] })
        {
            var bag = new DiagnosticBag();
            Assert.False(SiteWriter.CheckTarget(target, project, bag), target);
            Assert.Contains(bag.ToSortedList(), d => d.Code == DiagnosticCodes.OutputRefused);
        }
        Assert.True(SiteWriter.CheckTarget(Path.Combine(project, "_site"), project, new DiagnosticBag()));
        Assert.Equal("keep me", File.ReadAllText(temp["foreign/notes.txt"]));
    }
}
