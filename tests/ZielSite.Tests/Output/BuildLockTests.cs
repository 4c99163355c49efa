using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Tests.Hardening;

namespace ZielSite.Tests.Output;

/// <summary>One build at a time per --cache folder (ZS0611), as per --out folder (ConcurrentBuildTests): the second stops, changing nothing.</summary>
public sealed class BuildLockTests
{
    [Fact]
    public void A_build_whose_cache_folder_is_locked_stops_with_ZS0611_and_changes_neither_site_nor_cache()
    {
        using var project = new TestProject();
        var cache = Path.Combine(project.Parent, "cache");
        var options = new BuildOptions(project.Root, null, false, TestPaths.BuiltinDir) { CacheDir = cache, LockWait = TimeSpan.FromMilliseconds(300) };
        Assert.True(SiteBuilder.Build(options).Written);
        var site = TestProject.Snapshot(project.OutDir);
        var cached = TestProject.Snapshot(cache);
        project.Write("content/seiten/neu.md", "# Neu\n\nText.\n"); // a change the blocked build would otherwise publish

        using (var held = SiteWriter.Lock(SiteWriter.LockPath(cache), cache, TimeSpan.Zero))
        {
            var result = SiteBuilder.Build(options);
            Assert.False(result.Written);
            var d = Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error);
            Assert.Equal(DiagnosticCodes.CacheLocked, d.Code);
            Assert.Equal(cache, d.Span.File);
        }
        Assert.Equal(site, TestProject.Snapshot(project.OutDir));
        Assert.Equal(cached, TestProject.Snapshot(cache));
        Assert.True(SiteBuilder.Build(options).Written); // released: the next build goes ahead
    }

    [Theory]
    [InlineData("CNAME")]
    [InlineData(".git")]
    public void An_earlier_output_with_a_file_ZielSite_did_not_write_is_refused_and_the_file_kept(string name)
    {
        using var project = new TestProject();
        Assert.True(project.Build().Written);
        var path = Path.Combine(project.OutDir, name);
        if (name == ".git") Directory.CreateDirectory(Path.Combine(path, "objects"));
        else File.WriteAllText(path, "ziele.example.org\n");
        var result = project.Build();
        Assert.False(result.Written);
        var d = Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputRefused, d.Code);
        Assert.Contains($"'{name}'", d.Message, StringComparison.Ordinal);
        Assert.True(Path.Exists(path));
    }
}
