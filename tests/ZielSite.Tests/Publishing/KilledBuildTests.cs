using System.Diagnostics;
using System.Security.Cryptography;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.Publishing;

/// <summary>
/// A build killed part-way leaves the previous site intact. Needs the whole pipeline: the previous site is the
/// default project's; the killed build is of a generated sample project large enough that its write takes a
/// while, killed as soon as its staging folder beside the site has files in it.
/// </summary>
[Trait("Category", "Slow")] // kills a Germany-scale build
public class KilledBuildTests
{
    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_site_as_it_was()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        var first = CliRunner.Run(TestPaths.RepoRoot, "build", "--out", site);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var before = Snapshot(site);
        Assert.Contains("index.html", before.Keys);

        var sample = CliRunner.Run(temp.Path, "sample", "--out", temp["big"], "--regions", "400", "--years", "4");
        Assert.True(sample.ExitCode == 0, sample.Stderr);

        var killed = false;
        for (var attempt = 0; attempt < 3 && !killed; attempt++)
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { TestPaths.CliDll, "build", "--project", temp["big"], "--out", site }) psi.ArgumentList.Add(a);
            psi.Environment.Remove("SOURCE_DATE_EPOCH");
            using var p = Process.Start(psi)!;
            var stderr = new System.Text.StringBuilder();
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            var clock = Stopwatch.StartNew();
            while (!p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
            {
                var staging = Directory.GetDirectories(temp.Path, ".site.zielsite-new-*");
                if (staging.Length > 0 && Directory.EnumerateFiles(staging[0], "*", SearchOption.AllDirectories).Take(20).Count() >= 20)
                {
                    p.Kill(entireProcessTree: true);
                    p.WaitForExit();
                    killed = true;
                    break;
                }
                Thread.Sleep(2);
            }
            if (!killed)
            {
                if (!p.HasExited) { p.Kill(entireProcessTree: true); p.WaitForExit(); }
                Assert.True(p.ExitCode == 0, "the build of the large sample project failed: " + stderr);
                // The build finished before it could be caught: put the previous site back and try again.
                var again = CliRunner.Run(TestPaths.RepoRoot, "build", "--out", site);
                Assert.Equal(0, again.ExitCode);
            }
        }
        Assert.True(killed, "the build of the large sample project finished before its staging folder could be seen");

        // The previous site is complete and unchanged, file for file.
        Assert.Equal(before, Snapshot(site));

        // The next build cleans up the killed build's staging folder and replaces the site as a whole.
        var next = CliRunner.Run(temp.Path, "build", "--project", temp["big"], "--out", site);
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Equal(["big", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.NotEqual(before, Snapshot(site));
    }

    private static SortedDictionary<string, string> Snapshot(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
