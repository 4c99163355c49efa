using System.Text;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Tests.Cli;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// Runs every case of <c>tests/corpus/projects/</c> through the library (<c>check</c> = <see cref="ProjectAnalysis.Run"/>,
/// <c>build</c> = <see cref="SiteBuilder.Build"/>) and, where the case asks, through the real program. Every
/// diagnostic must be expected and every expected one must occur: nothing more, nothing less.
/// </summary>
public sealed class ProjectCorpusTests
{
    public static TheoryData<string> Cases() => new(ProjectCase.Names());

    [Fact]
    public void The_corpus_has_at_least_45_cases()
    {
        Assert.True(ProjectCase.Names().Count() >= 45, $"{ProjectCase.Names().Count()} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_exactly_the_expected_diagnostics_and_exit_code(string name)
    {
        var c = ProjectCase.Load(name);
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "project");
        Directory.CreateDirectory(root);
        c.Materialise(root);
        var outDir = Path.Combine(root, "_site");

        var (diagnostics, exit) = RunLibrary(c, root);
        Compare(c, diagnostics);
        Assert.True(exit == c.ExitCode, $"{name}: exit code {exit}, expected {c.ExitCode}\n{string.Join("\n", diagnostics)}");
        if (c.Command == "build")
        {
            Assert.Equal(exit == 0, Directory.Exists(outDir)); // a failed build writes nothing
            foreach (var (path, text, present) in c.OutputChecks)
            {
                var content = File.ReadAllText(Path.Combine(outDir, path), Encoding.UTF8);
                Assert.True(content.Contains(text, StringComparison.Ordinal) == present,
                    $"{name}: {path} should {(present ? "" : "not ")}contain '{text}'");
            }
        }

        if (!c.ThroughCli) return;
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        var args = new List<string> { c.Command, "--project", root };
        if (c.Strict) args.Add("--strict");
        var r = CliRunner.Run(dir.Path, [.. args]);
        Assert.True(r.ExitCode == c.ExitCode, $"{name}: the program exited with {r.ExitCode}, expected {c.ExitCode}\n{r.Stderr}");
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", r.Stderr, StringComparison.Ordinal);
        foreach (var d in diagnostics) Assert.Contains(d.ToString(), r.Stderr, StringComparison.Ordinal);
    }

    internal static (IReadOnlyList<Diagnostic> Diagnostics, int Exit) RunLibrary(ProjectCase c, string root)
    {
        if (c.Command == "build")
        {
            var result = SiteBuilder.Build(new BuildOptions(root, null, c.Strict, TestPaths.BuiltinDir));
            return (result.Diagnostics, !result.Written || result.HasErrors ? 1 : 0);
        }
        var bag = new DiagnosticBag();
        ProjectAnalysis.Run(root, TestPaths.BuiltinDir, bag);
        var list = bag.ToSortedList();
        if (c.Strict) list = list.Select(d => d with { Severity = Severity.Error }).ToList();
        return (list, list.Any(d => d.IsError) ? 1 : 0);
    }

    private static void Compare(ProjectCase c, IReadOnlyList<Diagnostic> actual)
    {
        var unmatched = actual.Where(d => !c.Counts.ContainsKey(d.Code)).ToList();
        var missing = new List<ExpectedDiagnostic>();
        foreach (var e in c.Expected)
        {
            var i = unmatched.FindIndex(e.Matches);
            if (i < 0) missing.Add(e);
            else unmatched.RemoveAt(i);
        }
        var problems = new StringBuilder();
        foreach (var (code, n) in c.Counts)
        {
            var found = actual.Count(d => d.Code == code);
            if (found != n) problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {found} diagnostics with {code}, expected {n}");
        }
        foreach (var e in missing) problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  missing (expected.txt:{e.SourceLine}): {e}");
        foreach (var d in unmatched) problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  unexpected: {d}");
        Assert.True(problems.Length == 0, $"{c.Name}:\n{problems}all diagnostics:\n  {string.Join("\n  ", actual)}");
    }
}
