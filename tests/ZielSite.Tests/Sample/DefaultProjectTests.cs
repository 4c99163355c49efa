using ZielSite.Sample;

namespace ZielSite.Tests.Sample;

/// <summary>The repository root is the default project: its data and agreements are exactly the generator's output.</summary>
public sealed class DefaultProjectTests
{
    /// <summary>The real agreement, kept as it is by <see cref="SampleOptions.KeepExistingAgreements"/>.</summary>
    private const string RealAgreement = "content/agreements/2023/kreis-borken.txt";

    [Fact]
    public void Repository_files_are_what_the_generator_writes()
    {
        var repo = SampleProject.RepoRoot();
        using var generated = new SampleProject(
            new SampleOptions(Regions: 18, Years: 6, Seed: 48, KeepExistingAgreements: true),
            root =>
            {
                Directory.CreateDirectory(Path.Combine(root, "content/agreements/2023"));
                File.Copy(Path.Combine(repo, RealAgreement), Path.Combine(root, RealAgreement));
            });
        var files = generated.Files();
        // regions.csv, provenance.json, 2019-12 + six years of data, 18 × 5 agreements, zielsite.json and two pages.
        Assert.Equal(1 + 1 + 7 + 90 + 3, files.Count);
        foreach (var f in files)
        {
            var committed = Path.Combine(repo, f);
            Assert.True(File.Exists(committed), $"{f} is generated but not in the repository (run the generator onto the repository root)");
            Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(generated.Root, f))),
                $"{f} differs from the generator's output (delete the generated agreements, then write new SampleOptions(18, 6, 48, KeepExistingAgreements: true) onto the repository root)");
        }
    }

    [Fact]
    public void The_real_agreement_is_not_a_generated_one()
    {
        var text = File.ReadAllText(Path.Combine(SampleProject.RepoRoot(), RealAgreement));
        Assert.DoesNotContain("generierter Beispieltext", text);
        Assert.Contains("Dr. Kai Zwicker", text);
    }
}
