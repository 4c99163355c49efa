using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ZielSite.Tests.Cli;

/// <summary>
/// The program is a .NET tool: <c>dotnet pack</c> makes a package with the built-in templates and pages inside,
/// <c>dotnet tool install --tool-path</c> installs it from that folder, and the installed <c>zielsite</c> builds the
/// default project. Slow (a Release pack and a tool install): excluded by the README's fast filter.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void The_packed_tool_installs_into_a_tool_path_and_builds_the_default_project()
    {
        using var temp = new TempDir();
        Run("dotnet", ["pack", Path.Combine(TestPaths.RepoRoot, "src", "ZielSite.Cli"), "-c", "Release", "-o", temp["pkg"], "--nologo", "-v", "q"]);
        var nupkg = Assert.Single(Directory.GetFiles(temp["pkg"], "*.nupkg"));
        var version = Regex.Match(Path.GetFileName(nupkg), @"^ZielSite\.Cli\.(.+)\.nupkg$").Groups[1].Value;
        Assert.Equal("0.1.0", version);
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            foreach (var expected in new[]
                     {
                         "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/zielsite.dll", "tools/net10.0/any/ZielSite.Core.dll",
                         "tools/net10.0/any/builtin/templates/layout.sbn-html", "tools/net10.0/any/builtin/templates/region.sbn-html",
                         "tools/net10.0/any/builtin/pages/methodik.md", "tools/net10.0/any/builtin/pages/impressum.md",
                         "tools/net10.0/any/builtin/pages/barrierefreiheit.md", "tools/net10.0/any/builtin/pages/leichte-sprache.md",
                     })
                Assert.True(entries.Contains(expected), $"the package has no {expected}");
            using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            Assert.Contains("<Command Name=\"zielsite\" EntryPoint=\"zielsite.dll\"", settings.ReadToEnd());
        }

        // The exact command of the README, with a package folder of its own so no cached copy is used.
        Run("dotnet", ["tool", "install", "--tool-path", temp["tools"], "--add-source", temp["pkg"], "ZielSite.Cli", "--version", version],
            ("NUGET_PACKAGES", temp["nuget"]));
        var tool = temp["tools/zielsite"];
        Assert.Matches(@"^0\.1\.0(\+[0-9a-f]{40})?$", Run(tool, ["--version"]).Trim());
        var built = Run(tool, ["build", "--project", TestPaths.RepoRoot, "--out", temp["site"], "--no-cache", "--strict"]);
        Assert.StartsWith("zielsite: wrote ", built);
        Assert.True(File.Exists(temp["site/index.html"]));
        Assert.True(File.Exists(temp["site/methodik/index.html"]));
    }

    private static string Run(string program, string[] args, params (string Name, string Value)[] environment)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment.Remove("SOURCE_DATE_EPOCH");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(900_000)) { p.Kill(true); throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 15 minutes"); }
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {p.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
