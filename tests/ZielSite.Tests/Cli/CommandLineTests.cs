using System.CommandLine;
using ZielSite.Cli;
using ZielSite.Publishing;

namespace ZielSite.Tests.Cli;

/// <summary>The command line itself: help, version, completion, strict rejection of wrong usage, exit codes.</summary>
public class CommandLineTests
{
    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var command in new[] { "build", "check", "parse", "indicators", "export", "new", "sample", "bundle", "verify", "diff", "archive", "serve" })
            Assert.Contains("  " + command + " ", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Build_help_prints_the_build_options_builds_nothing_and_exits_0()
    {
        using var temp = new TempDir();
        foreach (var help in new[] { "--help", "-h" })
        {
            var r = CliRunner.Run(TestPaths.RepoRoot, "build", "--out", temp["site"], help);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("zielsite build [options]", r.Stdout);
            Assert.Contains("--strict", r.Stdout);
            Assert.Contains("--no-cache", r.Stdout);
            Assert.DoesNotContain("wrote", r.Stdout);
            Assert.False(Directory.Exists(temp["site"]));
        }
    }

    [Fact]
    public void Version_is_the_informational_version_with_the_commit()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "--version");
        Assert.Equal(0, r.ExitCode);
        // The same build identity the bundles and archives record (the SDK adds +<commit> in a git checkout).
        Assert.Equal(ToolVersion.Current, r.Stdout.Trim());
        Assert.Matches(@"^0\.1\.0(\+[0-9a-f]{40})?$", r.Stdout.Trim());
    }

    [Theory]
    [InlineData(new[] { "build", "stray" }, "Unrecognized command or argument 'stray'")]
    [InlineData(new[] { "build", "--out" }, "Required argument missing for option: '--out'")]
    [InlineData(new[] { "build", "--no-such-option" }, "'build' takes no option --no-such-option")]
    [InlineData(new[] { "diff", "--project", ".", "." }, "'diff' takes no option --project")]
    [InlineData(new[] { "verify", "--project", ".", "a.zip" }, "'verify' takes no option --project")]
    [InlineData(new[] { "sample", "--project", "." , "--out", "x" }, "'sample' takes no option --project")]
    [InlineData(new[] { "indicators", "--year", "2023" }, "Option '--region' is required")]
    [InlineData(new[] { "check", "--strict=maybe" }, "'maybe'")]
    [InlineData(new[] { "no-such-command" }, "unknown command 'no-such-command'")]
    [InlineData(new string[0], "Required command was not provided")]
    public void Wrong_usage_exits_2_with_one_clear_message(string[] args, string message)
    {
        using var temp = new TempDir();
        var r = CliRunner.Run(temp.Path, args);
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}: {r.Stderr}");
        Assert.Contains(message, r.Stderr);
        Assert.Contains("--help' for usage", r.Stderr);
        Assert.Equal("", r.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Strict_false_is_not_strict()
    {
        // A starter project builds with warnings only (its placeholders, ZS0105).
        using var temp = new TempDir();
        Assert.Equal(0, CliRunner.Run(temp.Path, "new", "by", "--land", "Bayern").ExitCode);
        var lax = CliRunner.Run(temp.Path, "check", "--project", "by", "--strict=false");
        Assert.True(lax.ExitCode == 0, lax.Stderr);
        Assert.Contains("warning:", lax.Stderr);
        Assert.Contains("0 errors, 3 warnings", lax.Stdout);
        var strict = CliRunner.Run(temp.Path, "check", "--project", "by", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("3 errors, 0 warnings", strict.Stdout);
        var strictTrue = CliRunner.Run(temp.Path, "build", "--project", "by", "--strict=true");
        Assert.Equal(1, strictTrue.ExitCode);
        var buildLax = CliRunner.Run(temp.Path, "build", "--project", "by", "--strict=false");
        Assert.True(buildLax.ExitCode == 0, buildLax.Stderr);
        Assert.True(File.Exists(temp["by/_site/index.html"]));
    }

    [Fact]
    public void Suggest_directive_completes_command_names_and_Land_names()
    {
        // As dotnet-suggest calls it: the cursor position and the command line typed so far.
        var commands = CliRunner.Run(TestPaths.RepoRoot, "[suggest:1]", "b");
        Assert.Equal(0, commands.ExitCode);
        Assert.Equal(["build", "bundle"], Lines(commands.Stdout));
        var lander = CliRunner.Run(TestPaths.RepoRoot, "[suggest:20]", "new x --land Sachsen");
        Assert.Equal(["Sachsen", "Sachsen-Anhalt", "Niedersachsen"], Lines(lander.Stdout));
    }

    [Fact]
    public void Parse_without_json_prints_a_readable_summary()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "parse", "content/agreements/2023/kreis-borken.txt");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(
        [
            "content/agreements/2023/kreis-borken.txt: Kreis Borken (05554), 2023, 5 targets",
            "  integrationen        >= 12.6 %  (line 159)",
            "  k2                   >= 0 %  (line 165)",
            "  k2_gap               <= 0 pp  (line 178)",
            "  k3                   <= -5.2 %  (line 209)",
            "  integrationen_lzb    >= 6.6 %  (line 218)",
        ], Lines(r.Stdout));
    }

    [Fact]
    public void An_unhandled_exception_exits_3_with_a_this_is_a_bug_message()
    {
        var root = new RootCommand { new Command("boom") };
        root.Subcommands[0].SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("the list was empty")));
        var error = new StringWriter();
        var saved = Environment.GetEnvironmentVariable("ZIELSITE_STACKTRACE");
        Assert.True(string.IsNullOrEmpty(saved), "ZIELSITE_STACKTRACE is set for the test run");
        Assert.Equal(3, ZielSite.Cli.CommandLine.Run(root, ["boom"], error));
        Assert.Equal("zielsite: internal error (InvalidOperationException): the list was empty. This is a bug in ZielSite; please report it with " +
                     "the input that caused it (ZIELSITE_STACKTRACE=1 shows where it happened)" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void A_file_that_cannot_be_read_or_written_exits_1_and_a_usage_exception_exits_2()
    {
        var root = new RootCommand { new Command("io"), new Command("usage") };
        root.Subcommands[0].SetAction(new Func<ParseResult, int>(_ => throw new IOException("disk full")));
        root.Subcommands[1].SetAction(new Func<ParseResult, int>(_ => throw new UsageException("--year must be a whole number")));
        var error = new StringWriter();
        Assert.Equal(1, ZielSite.Cli.CommandLine.Run(root, ["io"], error));
        Assert.Equal(2, ZielSite.Cli.CommandLine.Run(root, ["usage"], error));
        Assert.Equal($"zielsite: error: disk full{Environment.NewLine}zielsite: --year must be a whole number{Environment.NewLine}" +
                     $"Run 'zielsite usage --help' for its options.{Environment.NewLine}", error.ToString());
    }

    [Fact]
    public void Progress_line_is_rewritten_in_place_and_cleared_and_absent_before_the_first_tick()
    {
        var quiet = new StringWriter();
        using (new ProgressLine(quiet, "building", start: false)) { }
        Assert.Equal("", quiet.ToString());

        var w = new StringWriter();
        using (var line = new ProgressLine(w, "building", start: false))
        {
            line.Tick(TimeSpan.FromSeconds(1.2));
            line.Tick(TimeSpan.FromSeconds(12.4));
        }
        Assert.Equal("\rzielsite: building … 1 s\rzielsite: building … 12 s\r" + new string(' ', 25) + "\r", w.ToString());
    }

    [Fact]
    public void A_build_with_redirected_output_prints_one_summary_line_and_no_progress()
    {
        using var temp = new TempDir();
        var r = CliRunner.Run(TestPaths.RepoRoot, "build", "--no-cache", "--out", temp["site"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("", r.Stderr);
        var line = Assert.Single(Lines(r.Stdout));
        Assert.StartsWith("zielsite: wrote ", line);
        Assert.DoesNotContain('\r', r.Stdout + r.Stderr);
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
