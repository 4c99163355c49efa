using System.Diagnostics;
using ZielSite.Output;
using ZielSite.Tests.Cli;
using ZielSite.Tests.Hardening;

namespace ZielSite.Tests.Output;

/// <summary>
/// Issue 19 §4: one build at a time per output folder. Two builds into one <c>--out</c> at once both succeed, one
/// after the other, and the site is whole afterwards (before the lock, the first reported success while the
/// second's recovery deleted its staging folder). A build that cannot get the lock in time says why.
/// </summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public async Task Two_builds_into_one_output_folder_at_once_both_succeed_and_leave_a_whole_site()
    {
        using var p = new TestProject();
        var reference = Path.Combine(p.Parent, "reference");
        Assert.Equal(0, CliRunner.Run(p.Parent, "build", "--project", "project", "--out", reference).ExitCode);
        var expected = TestProject.Snapshot(reference).Keys.ToList();

        var site = Path.Combine(p.Parent, "site");
        for (var round = 0; round < 3; round++)
        {
            var builds = Enumerable.Range(0, 2).Select(_ => Task.Run(() => CliRunner.Run(p.Parent, "build", "--project", "project", "--out", site))).ToArray();
            var results = await Task.WhenAll(builds);
            Assert.All(results, r => Assert.True(r.ExitCode == 0, $"round {round}: exit {r.ExitCode}\n{r.Stdout}\n{r.Stderr}"));
            var files = TestProject.Snapshot(site).Keys.ToList();
            Assert.True(expected.SequenceEqual(files), $"round {round}: missing {string.Join(", ", expected.Except(files))}; extra {string.Join(", ", files.Except(expected))}");
            // Nothing left beside it: no staging or old folder of either build, no lock file.
            var beside = Directory.EnumerateFileSystemEntries(p.Parent).Select(Path.GetFileName).ToList();
            Assert.False(beside.Any(n => n!.StartsWith('.')), $"round {round}: left beside the site: {string.Join(", ", beside)}");
        }
    }

    [Fact]
    public void A_build_that_cannot_get_the_lock_in_time_stops_with_a_clear_message_and_changes_nothing()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        SiteWriter.Write(site, [new OutputFile("index.html", "alt"u8.ToArray())]);
        using (SiteWriter.Lock(SiteWriter.LockPath(site), site, TimeSpan.Zero))
        {
            var watch = Stopwatch.StartNew();
            var e = Assert.Throws<IOException>(() => SiteWriter.Begin(site, TimeSpan.FromMilliseconds(300)));
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(300));
            Assert.StartsWith($"another ZielSite build is writing to '{site}'", e.Message);
            Assert.Equal("alt", File.ReadAllText(Path.Combine(site, "index.html")));
        }
        // Free again: the next build goes ahead.
        using var next = SiteWriter.Begin(site, TimeSpan.Zero);
        next.Add(new OutputFile("index.html", "neu"u8.ToArray()));
        next.Commit();
        Assert.Equal("neu", File.ReadAllText(Path.Combine(site, "index.html")));
    }
}
