using System.Text.Json;

namespace ZielSite.Tests.Cli;

public class ParseCommandTests
{
    [Fact]
    public void Parse_of_the_seed_prints_its_five_targets_as_in_the_contract()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "parse", "content/agreements/2023/kreis-borken.txt", "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("content/agreements/2023/kreis-borken.txt", root.GetProperty("file").GetString());
        Assert.Equal("Kreis Borken", root.GetProperty("region").GetString());
        Assert.Equal("05554", root.GetProperty("ags").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        var targets = root.GetProperty("targets").EnumerateArray()
            .Select(t => (t.GetProperty("key").GetString(), t.GetProperty("operator").GetString(), t.GetProperty("value").GetDouble(),
                          t.GetProperty("unit").GetString(), t.GetProperty("line").GetInt32()))
            .ToList();
        Assert.Equal(
        [
            ("integrationen", ">=", 12.6, "%", 159),
            ("k2", ">=", 0.0, "%", 165),
            ("k2_gap", "<=", 0.0, "pp", 178),
            ("k3", "<=", -5.2, "%", 209),
            ("integrationen_lzb", ">=", 6.6, "%", 218),
        ], targets);
    }

    [Fact]
    public void Parse_of_several_files_prints_an_array_and_unknown_commands_exit_2()
    {
        var r = CliRunner.Run(TestPaths.RepoRoot, "parse", "content/agreements/2023/kreis-borken.txt", "content/agreements/2023/kreis-borken.txt", "--json");
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(2, doc.RootElement.GetArrayLength());

        var bad = CliRunner.Run(TestPaths.RepoRoot, "no-such-command");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown command", bad.Stderr);
    }
}
