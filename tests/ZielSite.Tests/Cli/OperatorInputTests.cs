using ZielSite.Tests.Hardening;

namespace ZielSite.Tests.Cli;

/// <summary>
/// Issue 19 §5: what an unlucky operator types or sets is wrong usage (exit 2, one line saying what is wrong),
/// never an internal error (exit 3): empty paths, a SOURCE_DATE_EPOCH beyond the year 9999 or no number.
/// </summary>
public sealed class OperatorInputTests
{
    [Theory]
    [InlineData("--out needs a value, not an empty one", "build", "--project", "project", "--out", "")]
    [InlineData("--project needs a value, not an empty one", "build", "--project", "")]
    [InlineData("--cache needs a value, not an empty one", "build", "--project", "project", "--out", "s", "--cache", "")]
    [InlineData("--project needs a value, not an empty one", "check", "--project", "")]
    [InlineData("'new' got an empty argument; give a file or folder", "new", "", "--land", "bayern")]
    [InlineData("'verify' got an empty argument; give a file or folder", "verify", "")]
    public void An_empty_path_is_wrong_usage_not_a_crash(string message, params string[] args)
    {
        using var p = new TestProject();
        var r = CliRunner.Run(p.Parent, args);
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}: {r.Stderr}");
        Assert.Contains(message, r.Stderr);
        Assert.DoesNotContain("internal error", r.Stderr);
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("253402300800")]
    [InlineData("-5")]
    [InlineData("1e9")]
    public void A_source_date_epoch_out_of_range_is_wrong_usage(string epoch)
    {
        using var p = new TestProject();
        foreach (var command in new[] { new[] { "build", "--project", "project", "--out", "site" }, ["archive", "--year", "2025", "--project", "project"] })
        {
            var r = CliRunner.RunWith(p.Parent, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, command);
            Assert.True(r.ExitCode == 2, $"{command[0]}: exit {r.ExitCode}: {r.Stderr}");
            Assert.Contains($"SOURCE_DATE_EPOCH must be whole seconds since 1970 up to the year 9999, not '{epoch}'", r.Stderr);
        }
        Assert.False(Directory.Exists(Path.Combine(p.Parent, "site")));
    }

    [Fact]
    public void The_last_second_of_9999_is_a_valid_epoch()
    {
        using var p = new TestProject();
        var r = CliRunner.RunWith(p.Parent, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "253402300799" }, "build", "--project", "project", "--out", "site");
        Assert.True(r.ExitCode == 0, r.Stderr);
    }

    [Fact]
    public void A_line_break_or_escape_in_a_name_from_input_never_forges_a_line_of_the_log()
    {
        // A zip entry named with a line break and a CI workflow command, an escape sequence and a direction override.
        var name = "site/x\n::error file=README.md::forged\u001b[2J\u202Eevil";
        var bundle = ZielSite.Tests.Publishing.BundleVerifierTests.Modify(ZielSite.Tests.Publishing.BundleVerifierTests.FreshBundle(), zip =>
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write("x"u8);
        });
        using var dir = new TempDir();
        File.WriteAllBytes(dir["review.zip"], bundle);
        var r = CliRunner.Run(dir.Path, "verify", "review.zip");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Stderr, c => c is '\u001b' or '\u202E');
        Assert.Contains(@"review.zip:site/x\u000A::error file=README.md::forged\u001B[2J\u202Eevil: error: the entry's name has a control character; it is not read [ZS0730]", lines);
    }
}
