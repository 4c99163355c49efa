using System.Text;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// The project folder is the boundary of what a build reads (docs/security.md): a link in a pull request must never
/// publish the CI's environment, a system file or a whole disk. Each link out of the project is an error naming the
/// link and its target; a link inside the project is followed; a FIFO is never opened (it would wait for ever).
/// </summary>
public sealed class ProjectBoundaryTests
{
    private const string Secret = "ZIELSITE_TEST_SECRET_9f3c1e";

    private static List<string> Build(TestProject p, out bool written, out string site)
    {
        site = Path.Combine(p.Parent, "site");
        var r = SiteBuilder.Build(new BuildOptions(p.Root, site, false, TestPaths.BuiltinDir));
        written = r.Written;
        return r.Diagnostics.Select(d => d.ToString()).ToList();
    }

    [SkippableFact]
    public void A_page_linked_to_the_process_environment_is_refused_and_the_secret_is_published_nowhere()
    {
        Skip.IfNot(File.Exists("/proc/self/environ"), "no /proc (not Linux)");
        Environment.SetEnvironmentVariable(Secret, "geheim-" + Secret);
        using var p = new TestProject();
        File.CreateSymbolicLink(p["content/pages/umgebung.md"], "/proc/self/environ");
        Directory.CreateDirectory(p["archiv/2023"]);
        File.CreateSymbolicLink(p["archiv/2023/hostname.txt"], "/etc/hostname");
        File.CreateSymbolicLink(p["content/agreements/2025/passwd.txt"], "/etc/passwd");
        var diagnostics = Build(p, out var written, out var site);
        Assert.Contains("content/pages/umgebung.md: error: it is a link to '/proc/self/environ', outside the project folder; files outside the project are never read [ZS0120]", diagnostics);
        Assert.Contains("archiv/2023/hostname.txt: error: it is a link to '/etc/hostname', outside the project folder; files outside the project are never read [ZS0120]", diagnostics);
        Assert.Contains("content/agreements/2025/passwd.txt: error: it is a link to '/etc/passwd', outside the project folder; files outside the project are never read [ZS0120]", diagnostics);
        Assert.False(written);
        Assert.False(Directory.Exists(site));
        // Nothing of the environment in any diagnostic either.
        Assert.DoesNotContain(diagnostics, d => d.Contains(Secret + "=", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_template_asset_linked_to_the_environment_is_refused_and_no_site_is_written()
    {
        Skip.IfNot(File.Exists("/proc/self/environ"), "no /proc (not Linux)");
        Environment.SetEnvironmentVariable(Secret, "geheim-" + Secret);
        using var p = new TestProject();
        Directory.CreateDirectory(p["templates/assets"]);
        File.CreateSymbolicLink(p["templates/assets/env.txt"], "/proc/self/environ");
        var diagnostics = Build(p, out var written, out var site);
        Assert.Contains("templates/assets/env.txt: error: it is a link to '/proc/self/environ', outside the project folder; files outside the project are never read [ZS0120]", diagnostics);
        Assert.False(written);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_folder_linked_to_the_root_of_the_disk_is_refused_at_once_not_walked()
    {
        using var p = new TestProject();
        Directory.CreateSymbolicLink(p["data/alles"], "/");
        Directory.CreateSymbolicLink(p["content/agreements/2024"], "/usr");
        var diagnostics = Build(p, out _, out _);
        Assert.Contains("data/alles/: error: it is a link to '/', outside the project folder; files outside the project are never read [ZS0120]", diagnostics);
        Assert.Contains("content/agreements/2024/: error: it is a link to '/usr', outside the project folder; files outside the project are never read [ZS0120]", diagnostics);
        Assert.Equal(2, diagnostics.Count(d => d.EndsWith("[ZS0120]", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_link_up_and_out_with_dot_dot_is_refused_and_a_link_inside_the_project_is_followed()
    {
        using var p = new TestProject();
        File.WriteAllText(Path.Combine(p.Parent, "outside.md"), "# Draußen\n\n" + Secret + "\n");
        File.CreateSymbolicLink(p["content/pages/draussen.md"], "../../../outside.md");
        // Inside: a page that is another page of the project under a second name.
        File.CreateSymbolicLink(p["content/pages/erklaerung.md"], "barrierefreiheit.md");
        var diagnostics = Build(p, out _, out _);
        Assert.Contains($"content/pages/draussen.md: error: it is a link to '{Path.Combine(p.Parent, "outside.md")}', outside the project folder; files outside the project are never read [ZS0120]", diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.StartsWith("content/pages/erklaerung.md", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_fifo_in_the_data_folder_is_never_opened_and_the_build_ends()
    {
        Skip.If(OperatingSystem.IsWindows(), "no FIFOs on Windows");
        using var p = new TestProject();
        var fifo = p["data/kennzahlen/pipe.csv"];
        using (var mk = System.Diagnostics.Process.Start("mkfifo", fifo)) mk.WaitForExit();
        Skip.IfNot(File.Exists(fifo), "mkfifo is not available");
        // If the FIFO were opened, the build would wait for a writer for ever; the test host's timeout would catch it.
        var build = Task.Run(() => Build(p, out _, out _));
        Assert.True(build.Wait(TimeSpan.FromSeconds(120)), "the build waits on the FIFO");
        Assert.Contains(build.Result, d => d.StartsWith("data/kennzahlen/pipe.csv", StringComparison.Ordinal));
    }
}
