using System.Reflection;
using System.Text.RegularExpressions;
using ZielSite.Diagnostics;

namespace ZielSite.Tests.Cli;

/// <summary>The documentation in the repository is complete and points nowhere outside it.</summary>
public class DocsTests
{
    [Fact]
    public void Errors_md_lists_every_diagnostic_code_with_its_name_and_no_other()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);
        Assert.True(codes.Count >= 40, $"{codes.Count} codes");
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "errors.md"));
        var rows = Regex.Matches(doc, @"^\| (ZS\d{4}) \| (\w+) \|", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        foreach (var (code, name) in codes)
        {
            Assert.True(rows.TryGetValue(code, out var documented), $"docs/errors.md has no row for {code} ({name})");
            Assert.Equal(name, documented);
        }
        Assert.Empty(rows.Keys.Except(codes.Keys));
    }

    [Fact]
    public void Readme_docs_and_source_comments_cite_no_file_outside_the_repository()
    {
        var files = new[] { Path.Combine(TestPaths.RepoRoot, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "docs"), "*.md"))
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("../shared/", StringComparison.Ordinal), $"{file} cites ../shared/");
            Assert.False(Regex.IsMatch(text, @"(?<!docs/)\b(KENNZAHLEN|CONTRACT)\.md"), $"{file} cites KENNZAHLEN.md or CONTRACT.md instead of docs/kennzahlen.md or docs/contract.md");
        }
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "docs", "contract.md")));
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "docs", "kennzahlen.md")));
    }
}
