using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Sample;
using Xunit;

namespace ZielSite.Tests.EndToEnd;

/// <summary>
/// A Land-level agreement is judged in the compute stage (<see cref="ProjectAnalysis.Compute"/>), not while the start
/// page is rendered: the analysis holds it, and the build's start page shows what the analysis holds.
/// </summary>
public sealed class LandAgreementBuildTests
{
    private static string Project(TempDir tmp)
    {
        var project = tmp["p"];
        // 4 regions × 3 years (2023–2025, data to June 2025): 2024 has all twelve months.
        SampleGenerator.Write(project, new SampleOptions(Regions: 4, Years: 3));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "tests/corpus/agreements/de-land-niedersachsen-2024.txt"),
            Path.Combine(project, "content/agreements/2024/land-niedersachsen.txt"));
        return project;
    }

    [Fact]
    public void TheAnalysisJudgesTheLandAgreementOnTheTotal()
    {
        using var tmp = new TempDir();
        var project = Project(tmp);
        var analysis = ProjectAnalysis.Run(project, TestPaths.BuiltinDir, new DiagnosticBag());

        var land = Assert.Single(analysis.LandResults);
        Assert.Equal("Land Niedersachsen", land.Agreement.RegionName);
        Assert.Equal(2024, land.Year);
        Assert.Equal(12, land.Month);
        Assert.True(land.IsFinal);
        // The three targets of the agreement, in the order of TargetKeys (integrationen, k2, k3).
        Assert.Equal(["integrationen", "k2", "k3"], land.Verdicts.Select(v => v.Target.Key));
    }

    [Fact]
    public void TheStartPageShowsTheLandAgreementOfTheModel()
    {
        using var tmp = new TempDir();
        var project = Project(tmp);
        var result = SiteBuilder.Build(new BuildOptions(project, tmp["site"], BuiltinDir: TestPaths.BuiltinDir));

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        var index = File.ReadAllText(tmp["site/index.html"]);
        Assert.Contains("Zielvereinbarung 2024 mit dem Land Niedersachsen", index, StringComparison.Ordinal);
        Assert.Contains("Dezember 2024 (Jahreswert)", index, StringComparison.Ordinal);
    }
}
