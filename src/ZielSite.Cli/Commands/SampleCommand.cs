using ZielSite.Sample;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite sample</c>: writes a complete sample project, the same bytes for the same arguments.</summary>
internal static class SampleCommand
{
    public static int Run(Arguments a)
    {
        Common.Allow(a, "out", "regions", "years", "seed", "format");
        var outDir = Common.Required(a, "out");
        var defaults = new SampleOptions();
        var options = defaults with
        {
            Regions = Common.Int(a, "regions", defaults.Regions, 1, SampleOptions.MaxRegions),
            Years = Common.Int(a, "years", defaults.Years, 2, 50),
            Seed = Common.Int(a, "seed", defaults.Seed, 0, int.MaxValue),
            Format = Enum.TryParse<DataFormat>(a.Get("format") ?? "long", ignoreCase: true, out var f) && !int.TryParse(a.Get("format"), out _) ? f : throw new UsageException("--format must be long, wide or xlsx"),
        };
        var problems = options.Validate();
        if (problems.Count > 0) throw new UsageException(string.Join("; ", problems));
        SampleGenerator.Write(Path.GetFullPath(outDir), options);
        Console.WriteLine($"zielsite: wrote a sample project with {options.Regions} regions and {options.Years} years to {Path.GetFullPath(outDir)}");
        return 0;
    }
}
