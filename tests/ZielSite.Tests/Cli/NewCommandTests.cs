using System.Text.Json;
using ZielSite.Inputs;
using ZielSite.Starter;

namespace ZielSite.Tests.Cli;

/// <summary><c>zielsite new DIR --land NAME</c>: a starter project for any Land that builds, with its placeholders flagged.</summary>
public class NewCommandTests
{
    [Fact]
    public void New_Bayern_then_build_works_with_placeholder_warnings_and_its_pages_name_no_NRW_body()
    {
        using var temp = new TempDir();
        var created = CliRunner.Run(temp.Path, "new", "by", "--land", "bayern");
        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains("96 regions", created.Stdout);

        var build = CliRunner.Run(temp.Path, "build", "--project", "by");
        Assert.True(build.ExitCode == 0, build.Stderr);
        var warnings = build.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, warnings.Length);
        Assert.All(warnings, w => Assert.EndsWith("[ZS0105]", w));
        Assert.Contains(warnings, w => w.StartsWith("content/pages/impressum.md:5: warning:", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("content/pages/barrierefreiheit.md:3: warning:", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("zielsite.json: warning: the contact", StringComparison.Ordinal));

        foreach (var page in Directory.EnumerateFiles(temp["by/_site"], "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            // The Methodik page explains every abbreviation the program may use (zkT among them) in its last section.
            if (page.EndsWith("methodik/index.html", StringComparison.Ordinal)) html = html[..html.IndexOf("<h2 id=\"abkurzungen\">", StringComparison.Ordinal)];
            foreach (var word in new[] { "Nordrhein", "NRW", "MAGS", "Düsseldorf", "zkT" })
                Assert.False(html.Contains(word, StringComparison.Ordinal), $"{page} names '{word}'");
        }
        var index = File.ReadAllText(temp["by/_site/index.html"]);
        Assert.Contains("Zielvereinbarungen SGB II in Bayern", index);
        Assert.Contains("das Land Bayern", index);
    }

    [Fact]
    public void Regions_csv_lists_every_Kreis_and_kreisfreie_Stadt_of_the_Land_with_AGS_and_official_kind()
    {
        using var temp = new TempDir();
        var land = Lander.Find("Niedersachsen")!;
        StarterProject.Write(temp["ni"], land, TestPaths.BuiltinDir);
        var lines = File.ReadAllLines(temp["ni/data/regions.csv"]);
        Assert.Equal("ags;name;kind", lines[0]);
        Assert.Equal(45, lines.Length - 1);
        // Hand-checked rows of the BKG file: a kreisfreie Stadt, the Region Hannover (a Landkreis in VG5000),
        // Osnabrück twice (Stadt and Landkreis, so written with their kind).
        Assert.Contains("03101;Braunschweig;Kreisfreie Stadt", lines);
        Assert.Contains("03241;Region Hannover;Region", lines);
        Assert.Contains("03404;Stadt Osnabrück;Kreisfreie Stadt", lines);
        Assert.Contains("03459;Landkreis Osnabrück;Landkreis", lines);

        var diagnostics = new ZielSite.Diagnostics.DiagnosticBag();
        using (var stream = File.OpenRead(temp["ni/data/regions.csv"]))
            Assert.Equal(45, RegionReader.Read(stream, "data/regions.csv", diagnostics).Count);
        Assert.Empty(diagnostics.ToSortedList());

        using var map = JsonDocument.Parse(File.ReadAllText(temp["ni/data/karte.geojson"]));
        Assert.Equal("© GeoBasis-DE / BKG (2021), Datenlizenz Deutschland – Namensnennung – Version 2.0", map.RootElement.GetProperty("attribution").GetString());
        var ags = map.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("ags").GetString()!).ToList();
        Assert.Equal(lines.Skip(1).Select(l => l[..5]), ags);

        using var config = JsonDocument.Parse(File.ReadAllText(temp["ni/zielsite.json"]));
        Assert.Equal("Niedersachsen", config.RootElement.GetProperty("land").GetString());
        Assert.Equal("Zielvereinbarungen SGB II in Niedersachsen", config.RootElement.GetProperty("title").GetString());
        Assert.True(File.Exists(temp["ni/content/agreements/README.md"]));
        Assert.True(File.Exists(temp["ni/data/provenance.json"]));
    }

    [Fact]
    public void All_16_Lander_together_have_the_401_Kreise_of_the_shipped_boundaries()
    {
        Assert.Equal(16, Lander.All.Count);
        var counts = Lander.All.ToDictionary(l => l.Name, l => StarterProject.KreiseOf(l).Count);
        Assert.Equal(401, counts.Values.Sum());
        Assert.Equal(53, counts["Nordrhein-Westfalen"]);
        Assert.Equal(96, counts["Bayern"]);
        Assert.Equal(1, counts["Berlin"]);
        Assert.All(Lander.All, l => Assert.All(StarterProject.KreiseOf(l), k => Assert.NotNull(RegionKinds.Parse(k.Kind))));
        // VG5000 files these three under Landkreis or Kreis; regions.csv names the kind their names say.
        Assert.Equal("Region", KreisOf("Niedersachsen", "03241").Kind);
        Assert.Equal("Städteregion", KreisOf("Nordrhein-Westfalen", "05334").Kind);
        Assert.Equal("Regionalverband", KreisOf("Saarland", "10041").Kind);
        Assert.Equal("Kreis", KreisOf("Nordrhein-Westfalen", "05554").Kind);
        Assert.Equal("Landkreis", KreisOf("Bayern", "09679").Kind);
        Assert.Equal("Thüringen", Lander.Find("THUERINGEN")!.Name);
        Assert.Equal("Baden-Württemberg", Lander.Find("baden-württemberg")!.Name);
    }

    private static StarterProject.Kreis KreisOf(string land, string ags) => StarterProject.KreiseOf(Lander.Find(land)!).Single(k => k.Ags == ags);

    [Fact]
    public void An_unknown_Land_or_a_folder_with_files_is_wrong_usage()
    {
        using var temp = new TempDir();
        var unknown = CliRunner.Run(temp.Path, "new", "x", "--land", "Bavaria");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown Land 'Bavaria'; one of: Schleswig-Holstein, Hamburg, Niedersachsen,", unknown.Stderr);
        Assert.False(Directory.Exists(temp["x"]));

        File.WriteAllText(temp["keep.txt"], "mine");
        var full = CliRunner.Run(temp.Path, "new", ".", "--land", "Bremen");
        Assert.Equal(2, full.ExitCode);
        Assert.Contains("exists and is not empty", full.Stderr);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
