using System.CommandLine;
using System.Globalization;
using ZielSite.Build;
using ZielSite.Publishing;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite bundle --out FILE.zip</c>: builds the site and writes a deterministic review bundle (site, manifest.json, REVIEW.md).</summary>
internal static class BundleCommand
{
    public static Command Create() =>
        new Command("bundle", "Build the site and write a review bundle: site/, manifest.json, REVIEW.md")
            .WithBuildOptions()
            .With(new Option<string>("--out") { Description = "The bundle to write", HelpName = "FILE.zip", Required = true },
                  new Option<string>("--site") { Description = "Also keep the built site in DIR (default: a temporary folder)", HelpName = "DIR" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        var outFile = Path.GetFullPath(Common.Required(a, "out"));
        var timestamp = ZipWriter.Timestamp(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"))
                        ?? throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970");
        using var temp = a.Get("site") is null ? new TempFolder() : null;
        var siteDir = a.Get("site") is { } s ? Path.GetFullPath(s) : Path.Combine(temp!.Path, "site");

        var result = Build(a, siteDir);
        var code = Common.Report(result.Diagnostics);
        if (!result.Written)
        {
            Console.Error.WriteLine("zielsite: build failed; no bundle written");
            return 1;
        }
        var site = SiteReader.Read(siteDir);
        var entries = BundleBuilder.Entries(site, result.InputHashes, result.Diagnostics, ToolVersion.Current);
        var partial = outFile + $".zielsite-new-{Environment.ProcessId}";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
                ZipWriter.Write(stream, entries, timestamp);
            File.Move(partial, outFile, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        var size = new FileInfo(outFile).Length;
        Console.WriteLine($"zielsite: wrote {a.Get("out")}: {site.Count} site files, {BundleBuilder.ReviewName}, {SiteManifest.EntryName} " +
                          $"({(size / 1_048_576.0).ToString("0.0", CultureInfo.InvariantCulture)} MB)");
        return code;
    }

    /// <summary>Builds the project with the build options of the command line into <paramref name="siteDir"/>.</summary>
    public static BuildResult Build(Arguments a, string siteDir)
    {
        using (ProgressLine.Start("building"))
            return SiteBuilder.Build(new BuildOptions(a.Project, siteDir, a.Has("strict"), Common.BuiltinDir, a.Get("base-url"), BuildCommand.GeneratedAt(a)));
    }

    /// <summary>A temporary folder removed on dispose, for sites built only to be bundled, archived or served.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("zielsite-").FullName;

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
