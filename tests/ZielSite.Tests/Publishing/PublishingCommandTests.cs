using System.IO.Compression;
using System.Text.Json;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.Publishing;

/// <summary>The verify and diff commands as a CI job runs them: real processes, exit codes, printed lines.</summary>
public class PublishingCommandTests
{
    [Fact]
    public void Verify_prints_one_OK_line_for_a_fresh_bundle_and_names_a_changed_file_with_exit_1()
    {
        using var temp = new TempDir();
        File.WriteAllBytes(temp["review.zip"], BundleVerifierTests.FreshBundle());
        var ok = CliRunner.Run(temp.Path, "verify", "review.zip");
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("zielsite: review.zip: OK, 15 files match manifest.json (zielsite 0.1.0, 1 inputs)\n", ok.Stdout);
        Assert.Equal("", ok.Stderr);

        File.WriteAllBytes(temp["changed.zip"], BundleVerifierTests.Modify(BundleVerifierTests.FreshBundle(),
            zip => BundleVerifierTests.Rewrite(zip, "site/2023/kreis-borken/index.html", "<p>geändert</p>")));
        var bad = CliRunner.Run(temp.Path, "verify", "changed.zip");
        Assert.Equal(1, bad.ExitCode);
        var lines = bad.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("changed.zip:site/2023/kreis-borken/index.html: error: changed: ", lines[0]);
        Assert.EndsWith("[ZS0701]", lines[0]);
        Assert.Equal("zielsite: changed.zip: 1 problem; the bundle does not match its manifest", lines[1]);
    }

    [Fact]
    public void Diff_of_two_sites_and_of_two_bundles_reports_the_flipped_verdict_and_gates_on_request()
    {
        using var temp = new TempDir();
        Samples.WriteTo(temp["old"], Samples.Site(13.1));
        Samples.WriteTo(temp["new"], Samples.Site(12.4));

        var md = CliRunner.Run(temp.Path, "diff", "old", "new");
        Assert.Equal(0, md.ExitCode);
        Assert.Contains("| Zahl der Integrationen | mindestens +12,6\u00A0% | +13,10\u00A0% | +12,40\u00A0% | erreicht | **verfehlt** |", md.Stdout);

        var gate = CliRunner.Run(temp.Path, "diff", "old", "new", "--json", "--fail-on-verdict-change");
        Assert.Equal(1, gate.ExitCode);
        Assert.Equal("zielsite: 1 verdict changed (--fail-on-verdict-change)\n", gate.Stderr);
        using (var json = JsonDocument.Parse(gate.Stdout))
            Assert.Equal(1, json.RootElement.GetProperty("verdict_changes").GetInt32());

        var same = CliRunner.Run(temp.Path, "diff", "old", "old", "--fail-on-verdict-change");
        Assert.Equal(0, same.ExitCode);
        Assert.Contains("Keine Änderungen", same.Stdout);

        // The same through bundles: the bundle carries site/daten/ergebnisse.json.
        File.WriteAllBytes(temp["old.zip"], BundleVerifierTests.FreshBundle());
        ZipFile.CreateFromDirectory(temp["new"], temp["new-plain.zip"]);
        var wrong = CliRunner.Run(temp.Path, "diff", "old.zip", "new-plain.zip");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("new-plain.zip: error: the bundle has no site/daten/ergebnisse.json", wrong.Stderr);
        var bundles = CliRunner.Run(temp.Path, "diff", "old.zip", "new", "--fail-on-verdict-change");
        Assert.Equal(1, bundles.ExitCode);
    }

    [Fact]
    public void Diff_of_something_that_is_no_build_is_an_error_and_wrong_use_exit_2()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["empty"]);
        var run = CliRunner.Run(temp.Path, "diff", "empty", "missing");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty: error: neither a project (content/ and data/), a site (daten/ergebnisse.json) nor a bundle zip [ZS0721]", run.Stderr);
        Assert.Contains("missing: error: no such file or folder [ZS0721]", run.Stderr);
        Assert.Equal(2, CliRunner.Run(temp.Path, "diff", "only-one").ExitCode);
        Assert.Equal(2, CliRunner.Run(temp.Path, "verify").ExitCode);
        Assert.Equal(2, CliRunner.Run(temp.Path, "bundle").ExitCode);
    }
}
