using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;

namespace ZielSite.Tests.Sample;

/// <summary>
/// <c>zielsite sample</c>'s agreements in varied wordings (NRW frame, Bavarian, "vereinbart, dass", noun phrases,
/// a table): every target the generator intended is read back exactly, with its line, in every wording.
/// </summary>
public class SampleWordingTests
{
    private static List<Region> RegionsOf(SampleOptions options) => SampleGenerator.Regions(options)
        .Select(r => new Region(r.Ags, r.Name, r.Kind, r.Slug, new SourceSpan("data/regions.csv"), new Dictionary<string, string>()))
        .ToList();

    [Theory]
    [InlineData(18, 6, 48)]
    [InlineData(30, 4, 7)]
    [InlineData(25, 5, 2024)]
    public void Every_varied_agreement_is_read_back_to_the_intended_targets(int regions, int years, int seed)
    {
        var options = new SampleOptions(regions, years, seed, Wording: SampleWording.Varied);
        var regionList = RegionsOf(options);
        foreach (var g in SampleGenerator.Agreements(options))
        {
            var a = AgreementParser.Parse(g.Path, g.Text, regionList);
            Assert.True(a.Diagnostics.Count == 0, $"{g.Path}: {string.Join("; ", a.Diagnostics)}\n{string.Join("\n", g.Targets.Select(t => t.Sentence))}");
            Assert.Equal((g.Ags, g.Year, g.SteeringDialogues), (a.Ags, a.Year, a.SteeringDialogues));
            Assert.Equal(
                g.Targets.Select(t => (t.Key, t.Kind, t.Operator, t.Value, t.Unit, t.Line)),
                a.Targets.Select(t => (t.Key, t.Kind, t.Operator, t.Value, t.Unit, t.Span.Line)));
        }
    }

    [Fact]
    public void All_wordings_occur_and_the_same_seed_gives_the_same_texts()
    {
        var options = new SampleOptions(18, 6, 48, Wording: SampleWording.Varied);
        var texts = SampleGenerator.Agreements(options).Select(g => g.Text).ToList();
        Assert.Equal(texts, SampleGenerator.Agreements(options).Select(g => g.Text));
        string[] markers = ["erreicht, wenn sich", "im Vergleich zum Vorjahr um", "Es wird vereinbart, dass", "und dass", "Angestrebt wird eine Reduzierung",
            "das Ziel einer Erhöhung", "Zielwert 20"];
        Assert.All(markers, m => Assert.True(texts.Any(t => t.Replace('\n', ' ').Contains(m, StringComparison.Ordinal)), m));
        // The values are the plan's: only the words differ from the NRW frame, except where the Integrationsquote
        // became a level (a quota of 10 to 50 %, at least the planned change on the year before).
        var nrw = SampleGenerator.Agreements(options with { Wording = SampleWording.Nrw }).SelectMany(g => g.Targets).ToList();
        var varied = SampleGenerator.Agreements(options).SelectMany(g => g.Targets).ToList();
        Assert.Equal(nrw.Select(t => (t.Key, t.Operator)), varied.Select(t => (t.Key, t.Operator)));
        Assert.Equal(nrw.Where((t, i) => varied[i].Kind == "change").Select(t => t.Value), varied.Where(t => t.Kind == "change").Select(t => t.Value));
        var levels = varied.Where(t => t.Kind == "level").ToList();
        Assert.NotEmpty(levels);
        Assert.All(levels, t => Assert.Equal(("k2", "%"), (t.Key, t.Unit)));
        Assert.All(levels, t => Assert.InRange(t.Value, 10, 50));
        Assert.All(levels, t => Assert.Matches(@"^Es wird vereinbart, dass die Integrationsquote \(K2\) im Jahr 20[0-9]{2} mindestens [0-9]+,[0-9] % beträgt\.$", t.Sentence));
        Assert.All(nrw, t => Assert.StartsWith("Das Ziel ist ", t.Sentence));
    }

    [Fact]
    public void Borken_2023_keeps_the_real_wording_in_a_varied_sample()
    {
        var borken = SampleGenerator.Agreements(new SampleOptions(Wording: SampleWording.Varied)).Single(g => g.Ags == "05554" && g.Year == 2023);
        Assert.All(borken.Targets, t => Assert.StartsWith("Das Ziel ist ", t.Sentence));
    }

    [Fact]
    public void The_sample_command_writes_varied_wordings_by_default_that_check_reads_without_a_diagnostic()
    {
        using var temp = new TempDir();
        var sample = Cli.CliRunner.Run(temp.Path, "sample", "--out", temp["varied"], "--regions", "12", "--years", "3");
        Assert.True(sample.ExitCode == 0, sample.Stderr);
        var expected = SampleGenerator.Agreements(new SampleOptions(12, 3, Wording: SampleWording.Varied));
        Assert.All(expected, g => Assert.Equal(g.Text, File.ReadAllText(Path.Combine(temp["varied"], g.Path))));
        var check = Cli.CliRunner.Run(temp.Path, "check", "--project", temp["varied"], "--strict");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);

        var nrw = Cli.CliRunner.Run(temp.Path, "sample", "--out", temp["nrw"], "--regions", "12", "--years", "3", "--wording", "nrw");
        Assert.True(nrw.ExitCode == 0, nrw.Stderr);
        Assert.All(SampleGenerator.Agreements(new SampleOptions(12, 3)), g => Assert.Equal(g.Text, File.ReadAllText(Path.Combine(temp["nrw"], g.Path))));

        var wrong = Cli.CliRunner.Run(temp.Path, "sample", "--out", temp["x"], "--wording", "bayern");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--wording must be varied or nrw", wrong.Stderr);
    }

    [Fact]
    public void The_sample_command_refuses_a_folder_that_is_not_empty_and_changes_nothing_in_it()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["projekt"]);
        File.WriteAllText(temp["projekt/zielsite.json"], "{ \"title\": \"Unser Bericht\" }\n");
        var r = Cli.CliRunner.Run(temp.Path, "sample", "--out", temp["projekt"], "--regions", "3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"the folder '{temp["projekt"]}' exists and is not empty; give a new folder", r.Stderr);
        Assert.Equal(["zielsite.json"], Directory.EnumerateFileSystemEntries(temp["projekt"]).Select(Path.GetFileName));
        Assert.Equal("{ \"title\": \"Unser Bericht\" }\n", File.ReadAllText(temp["projekt/zielsite.json"]));
        // An empty folder is fine.
        Directory.CreateDirectory(temp["leer"]);
        Assert.Equal(0, Cli.CliRunner.Run(temp.Path, "sample", "--out", temp["leer"], "--regions", "3").ExitCode);
    }
}
