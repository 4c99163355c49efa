using ZielSite.Diagnostics;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.Hardening;

/// <summary>Issue 8 §3: a failed build leaves the previous site byte for byte; the output folder is never an input or a foreign folder.</summary>
public sealed class NothingLostTests
{
    [Theory]
    [InlineData("data/kennzahlen/2024.csv", "ags;month;measure;value\n05113;2024-13;elb;5\n")]          // reading fails
    [InlineData("content/agreements/2025/essen.txt", "")]                                              // understanding fails
    [InlineData("templates/page.sbn-html", "<h1>{{ page.title }}</h1>\n{{ page.no_such.member }}\n")]  // rendering fails
    [InlineData("content/pages/hinweise.md", "# Hinweise\n\n[x](javascript:alert(1))\n")]              // a hostile page
    public void A_failed_build_leaves_the_previous_site_byte_for_byte(string file, string brokenText)
    {
        using var p = new TestProject();
        var first = p.Build();
        Assert.True(first.Written, string.Join("\n", first.Diagnostics));
        var before = TestProject.Snapshot(p.OutDir);
        Assert.True(before.Count > 20);

        p.Write(file, brokenText);
        var second = p.Build();

        Assert.False(second.Written);
        Assert.Contains(second.Diagnostics, d => d.IsError);
        var after = TestProject.Snapshot(p.OutDir);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        // Nothing is left beside the site (no staging folder) and nothing else was created next to the project.
        Assert.Equal(["project"], Directory.GetFileSystemEntries(p.Parent).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(".", "project folder")]
    [InlineData("..", "project folder or one of its parents")]
    [InlineData("content", "input folder 'content/'")]
    [InlineData("data/out", "input folder 'data/'")]
    [InlineData("templates", "input folder 'templates/'")]
    public void The_program_refuses_an_output_folder_that_is_an_input(string outDir, string message)
    {
        using var p = new TestProject();
        var before = TestProject.Snapshot(p.Parent);
        var r = CliRunner.Run(p.Root, "build", "--out", outDir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"error: refusing to write the site", r.Stderr);
        Assert.Contains(message, r.Stderr);
        Assert.Contains($"[{DiagnosticCodes.OutputRefused}]", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.Equal(before.Keys, TestProject.Snapshot(p.Parent).Keys);
    }

    [Fact]
    public void The_program_refuses_a_folder_with_foreign_files_and_keeps_them()
    {
        using var p = new TestProject();
        p.Write("../mine/notes.txt", "my own notes");
        var r = CliRunner.Run(p.Root, "build", "--out", "../mine");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("not empty and was not written by ZielSite", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Path.Combine(p.Parent, "mine")).Select(Path.GetFileName));
        Assert.Equal("my own notes", File.ReadAllText(Path.Combine(p.Parent, "mine", "notes.txt")));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused_and_kept()
    {
        using var p = new TestProject();
        p.Write("../site.html", "a file");
        var result = p.Build(Path.Combine(p.Parent, "site.html"));
        Assert.False(result.Written);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputRefused && d.Message.Contains("is a file"));
        Assert.Equal("a file", File.ReadAllText(Path.Combine(p.Parent, "site.html")));
    }

    [Fact]
    public void An_earlier_output_is_replaced_and_an_empty_folder_is_used()
    {
        using var p = new TestProject();
        Directory.CreateDirectory(Path.Combine(p.Parent, "empty"));
        Assert.True(p.Build(Path.Combine(p.Parent, "empty")).Written);
        Assert.True(p.Build(Path.Combine(p.Parent, "empty")).Written); // now an earlier ZielSite output
    }
}
