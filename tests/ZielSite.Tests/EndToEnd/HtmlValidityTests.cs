using System.Diagnostics;

namespace ZielSite.Tests.EndToEnd;

/// <summary>Every HTML page of the default site passes the W3C Nu Html Checker (npm package vnu-jar, run with Java).</summary>
public class HtmlValidityTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    private static readonly string VnuJar = Path.Combine(TestPaths.RepoRoot, "tests", "browser", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [SkippableFact]
    public void Every_page_is_valid_html()
    {
        Skip.IfNot(File.Exists(VnuJar), "vnu-jar is not installed (cd tests/browser && npm ci; .ci/run does this)");
        Skip.If(FindJava() is null, "java is not on the PATH");
        Assert.True(site.Result.Written);
        var psi = new ProcessStartInfo(FindJava()!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-jar", VnuJar, "--errors-only", "--skip-non-html", "--format", "gnu", site.Site }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(300_000), "vnu did not finish in 300 s");
        var report = (stdout.Result + stderr.Result).Trim();
        Assert.True(p.ExitCode == 0 && report.Length == 0, report);
    }

    private static string? FindJava() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "java")).FirstOrDefault(File.Exists);
}
