using ZielSite.Output;

namespace ZielSite.Tests.Output;

public class StagingSiteTests
{
    [Fact]
    public void Files_added_from_several_threads_appear_only_after_commit()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        SiteWriter.Write(site, [new OutputFile("index.html", "old"u8.ToArray())]);
        using (var staging = SiteWriter.Begin(site))
        {
            Parallel.For(0, 50, i => staging.Add($"{i % 5}/p{i}.html", [(byte)'a', (byte)('0' + i % 10)]));
            Assert.Equal(50, staging.Count);
            Assert.Equal("old", File.ReadAllText(Path.Combine(site, "index.html"))); // not yet swapped in
            Assert.False(staging.TryAdd("0/p0.html", "x"u8));                       // first file of a path stays
            Assert.Throws<InvalidOperationException>(() => staging.Add("0/p5.html", "x"u8));
            staging.Commit();
        }
        Assert.False(File.Exists(Path.Combine(site, "index.html")));
        Assert.Equal("a7", File.ReadAllText(Path.Combine(site, "2/p17.html"))); // 17 % 5 = 2, 17 % 10 = 7
        Assert.Equal("a0", File.ReadAllText(Path.Combine(site, "0/p0.html")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Disposing_without_commit_removes_the_staging_folder_and_keeps_the_previous_site()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        SiteWriter.Write(site, [new OutputFile("index.html", "old"u8.ToArray())]);
        using (var staging = SiteWriter.Begin(site))
        {
            staging.Add("index.html", "new"u8);
            Assert.True(Directory.Exists(staging.Folder));
        }
        Assert.Equal("old", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
