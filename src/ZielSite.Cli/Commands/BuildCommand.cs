using System.CommandLine;
using System.Globalization;
using ZielSite.Build;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite build</c>: builds the site into <c>_site/</c> (or <c>--out</c>), atomically; unchanged pages come from the rebuild cache.</summary>
internal static class BuildCommand
{
    public static Command Create() =>
        new Command("build", "Build the site (default: _site/ in the project); a failed build leaves the output folder as it was")
            .WithBuildOptions()
            .With(new Option<string>("--out") { Description = "Output folder (default: _site in the project)", HelpName = "DIR" },
                  new Option<bool>("--timings") { Description = "Print the time of each stage and what the cache reused" },
                  new Option<bool>("--no-cache") { Description = "Build without the rebuild cache" },
                  new Option<string>("--cache") { Description = "Keep the rebuild cache in DIR (default: .zielsite-cache/ in the project)", HelpName = "DIR" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        if (a.Has("no-cache") && a.Get("cache") is not null) throw new UsageException("--no-cache and --cache exclude each other");
        var options = new BuildOptions(a.Project, a.Get("out") is { } o ? Path.GetFullPath(o) : null, a.Has("strict"),
            Common.BuiltinDir, a.Get("base-url"), GeneratedAt(a))
        {
            // The incremental cache: in the project unless moved (--cache DIR) or switched off (--no-cache).
            CacheDir = a.Has("no-cache") ? null : Path.GetFullPath(a.Get("cache") ?? Path.Combine(a.Project, Caching.BuildCache.DefaultFolder)),
        };
        BuildResult result;
        using (ProgressLine.Start("building"))
            result = SiteBuilder.Build(options);
        var code = Common.Report(result.Diagnostics);
        if (result.Written)
        {
            var total = result.Timings.Aggregate(TimeSpan.Zero, (s, t) => s + t.Time);
            Console.WriteLine($"zielsite: wrote {result.FileCount} files to {options.ResolvedOutDir} in {total.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        }
        else
        {
            Console.Error.WriteLine("zielsite: build failed; the output folder was left as it was");
        }
        if (a.Has("timings")) PrintTimings(result);
        return result.Written ? code : 1;
    }

    /// <summary><c>--timings</c>: the wall time of each stage (and of the process so far), for profiles.</summary>
    private static void PrintTimings(BuildResult result)
    {
        foreach (var (stage, time) in result.Timings)
            Console.WriteLine($"  {stage,-24} {time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),7} ms");
        if (result.Cache is { } c)
            Console.WriteLine($"  cache: {c.Reused} units reused, {c.Rendered} rendered, {c.AgreementsReused} agreements not parsed again{(c.Saved ? "" : "; the cache could not be updated")}");
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        Console.WriteLine($"  {"process (incl. start-up)",-24} {sinceStart.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),7} ms wall, {process.TotalProcessorTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms CPU");
    }

    /// <summary>The build time shown on pages: <c>--generated-at</c> (ISO 8601), else <c>SOURCE_DATE_EPOCH</c>, else none.</summary>
    public static DateTimeOffset? GeneratedAt(Arguments a)
    {
        if (a.Get("generated-at") is { } iso)
        {
            return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                ? t.ToUniversalTime()
                : throw new UsageException($"--generated-at must be an ISO 8601 date or time, not '{iso}'");
        }
        return Common.SourceDateEpoch();
    }
}
