using System.CommandLine;
using ZielSite.Sample;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite sample</c>: writes a complete sample project, the same bytes for the same arguments.</summary>
internal static class SampleCommand
{
    public static Command Create() =>
        new Command("sample", "Write a sample project (generated data, flagged as such)")
            .With(new Option<string>("--out") { Description = "The folder to write the project to", HelpName = "DIR", Required = true },
                  new Option<string>("--regions") { Description = $"Number of regions (1 to {SampleOptions.MaxRegions}; default {new SampleOptions().Regions})", HelpName = "N" },
                  new Option<string>("--years") { Description = $"Number of years (2 to 50; default {new SampleOptions().Years})", HelpName = "N" },
                  new Option<string>("--seed") { Description = "Seed of the generator: the same seed gives the same bytes", HelpName = "S" },
                  new Option<string>("--format") { Description = "Shape of the data files: long (default, ags;month;measure;value), wide (one column per measure) or xlsx (a workbook)", HelpName = "long|wide|xlsx" },
                  new Option<string>("--wording") { Description = "How the agreements word their targets: varied (default: the wordings of several Länder, one per region and year) or nrw (all in the NRW frame, as the default project)", HelpName = "varied|nrw" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        var outDir = Common.Required(a, "out");
        var defaults = new SampleOptions();
        var options = defaults with
        {
            Regions = Common.Int(a, "regions", defaults.Regions, 1, SampleOptions.MaxRegions),
            Years = Common.Int(a, "years", defaults.Years, 2, 50),
            Seed = Common.Int(a, "seed", defaults.Seed, 0, int.MaxValue),
            Wording = (a.Get("wording") ?? "varied").ToLowerInvariant() switch
            {
                "varied" => SampleWording.Varied,
                "nrw" => SampleWording.Nrw,
                _ => throw new UsageException("--wording must be varied or nrw"),
            },
            Format = Enum.TryParse<DataFormat>(a.Get("format") ?? "long", ignoreCase: true, out var f) && !int.TryParse(a.Get("format"), out _) ? f : throw new UsageException("--format must be long, wide or xlsx"),
        };
        var problems = options.Validate();
        if (problems.Count > 0) throw new UsageException(string.Join("; ", problems));
        // As `new`: a sample never overwrites a folder's files (a project's own zielsite.json, pages or data).
        var dir = Path.GetFullPath(outDir);
        if (File.Exists(dir)) throw new UsageException($"'{dir}' is a file; give a new folder");
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            throw new UsageException($"the folder '{dir}' exists and is not empty; give a new folder");
        SampleGenerator.Write(dir, options);
        Console.WriteLine($"zielsite: wrote a sample project with {options.Regions} regions and {options.Years} years to {Path.GetFullPath(outDir)}");
        return 0;
    }
}
