using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Tests.Hardening;

namespace ZielSite.Tests.Output;

/// <summary>One build at a time per --out and per --cache folder (ZS0611): the second waits or stops, never corrupts the first.</summary>
public sealed class BuildLockTests
{
    [Fact]
    public void A_build_whose_output_folder_is_locked_stops_with_ZS0611_and_leaves_the_site_as_it_was()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Written);
        var before = TestProject.Snapshot(project.OutDir);

        using (var held = FolderLock.TryAcquire(project.OutDir, TimeSpan.Zero))
        {
            Assert.NotNull(held);
            var result = SiteBuilder.Build(new BuildOptions(project.Root, null, false, TestPaths.BuiltinDir) { LockWait = TimeSpan.FromMilliseconds(300) });
            Assert.False(result.Written);
            var d = Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error);
            Assert.Equal(DiagnosticCodes.BuildLocked, d.Code);
            Assert.Equal(project.OutDir, d.Span.File);
        }
        Assert.Equal(before, TestProject.Snapshot(project.OutDir));
        Assert.True(project.Build().Written); // released: the next build goes ahead
    }

    [Fact]
    public void A_locked_cache_folder_stops_the_build_too()
    {
        using var project = new TestProject();
        var cache = Path.Combine(project.Parent, "cache");
        using var held = FolderLock.TryAcquire(cache, TimeSpan.Zero);
        Assert.NotNull(held);
        var result = SiteBuilder.Build(new BuildOptions(project.Root, null, false, TestPaths.BuiltinDir) { CacheDir = cache, LockWait = TimeSpan.Zero });
        Assert.False(result.Written);
        Assert.Equal(DiagnosticCodes.BuildLocked, Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error).Code);
        Assert.False(Directory.Exists(project.OutDir));
    }

    [Fact]
    public async Task Two_builds_of_one_output_folder_at_once_both_finish_and_leave_one_whole_site()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Written);
        var expected = TestProject.Snapshot(project.OutDir);
        expected.Remove("build.json"); // may hold the time of the build

        // Without the lock the second build's recovery deleted the first one's live staging folder (a failed or half site).
        var builds = Enumerable.Range(0, 2).Select(_ => Task.Run(() => project.Build())).ToArray();
        var results = await Task.WhenAll(builds);
        Assert.All(results, r => Assert.True(r.Written, string.Join("\n", r.Diagnostics)));
        var after = TestProject.Snapshot(project.OutDir);
        after.Remove("build.json");
        Assert.Equal(expected.Keys, after.Keys);
        Assert.Equal(expected, after);
        // Nothing left beside the site but the lock file: no staging or old folder.
        Assert.Equal(["._site.zielsite-lock", "_site"],
            Directory.GetFileSystemEntries(project.Root).Select(Path.GetFileName).Where(n => n!.Contains("_site", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
