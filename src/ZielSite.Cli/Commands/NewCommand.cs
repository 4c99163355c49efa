using System.CommandLine;
using ZielSite.Starter;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite new DIR --land NAME</c>: writes a starter project for any of the 16 Länder.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var land = new Option<string>("--land") { Description = "The Land, e.g. Bayern or Nordrhein-Westfalen (case does not matter)", HelpName = "NAME", Required = true };
        land.CompletionSources.Add(_ => Lander.Names);
        return new Command("new", "Write a starter project for a Land: its Kreise and kreisfreie Städte, its map, settings and pages")
            .With(new Argument<string>("DIR") { Description = "The folder to create (must not exist or be empty)" }, land)
            .Runs(Run);
    }

    public static int Run(Arguments a)
    {
        var dir = Path.GetFullPath(a.Positional[0]);
        var name = a.Get("land")!;
        var land = Lander.Find(name) ?? throw new UsageException($"unknown Land '{name}'; one of: {string.Join(", ", Lander.Names)}");
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            throw new UsageException($"the folder '{dir}' exists and is not empty; give a new folder");
        var written = StarterProject.Write(dir, land, Common.BuiltinDir);
        Console.WriteLine($"zielsite: wrote a starter project for {land.Name} to {dir}: {written.Regions} regions in data/regions.csv, " +
                          "data/karte.geojson, zielsite.json, content/pages/ (fill in the placeholders marked PLATZHALTER)");
        return 0;
    }
}
