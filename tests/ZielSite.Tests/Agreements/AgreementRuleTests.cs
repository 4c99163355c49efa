using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Diagnostics;

namespace ZielSite.Tests.Agreements;

/// <summary>
/// One rule per case, as spec tests: <c>tests/corpus/agreements/rules/NAME.txt</c> (a few lines of agreement text,
/// no cover) is parsed and its targets and target diagnostics compared with <c>NAME.expected.json</c>
/// (<c>{"targets": [...], "diagnostics": [...]}</c>; a target is key, kind, operator, value, unit, line; a diagnostic
/// severity, code, line and an optional message substring). The cover's diagnostics (no region, no year, no
/// target at all) are not part of a rule case. Adding a case = adding two files.
/// </summary>
public class AgreementRuleTests
{
    private static string Dir => Path.Combine(CorpusSupport.AgreementCorpus, "rules");

    private static readonly HashSet<string> CoverCodes =
        [DiagnosticCodes.AgreementRegionMissing, DiagnosticCodes.AgreementYearMissing, DiagnosticCodes.AgreementRegionUnknown];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir, "*.expected.json").OrderBy(x => x, StringComparer.Ordinal))
            data.Add(Path.GetFileName(f)[..^".expected.json".Length]);
        return data;
    }

    [Fact]
    public void There_are_rule_cases() => Assert.True(Cases().Count >= 20, $"only {Cases().Count} rule cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_case(string name)
    {
        var text = File.ReadAllText(Path.Combine(Dir, name + ".txt"));
        var agreement = AgreementParser.Parse(name + ".txt", text, []);
        var json = AgreementJson.ToJson(agreement);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, name + ".expected.json")));
        var e = expected.RootElement;
        var expectedTargets = e.GetProperty("targets").EnumerateArray().Select(t =>
            $"{t.GetProperty("key").GetString()} {t.GetProperty("kind").GetString()} {t.GetProperty("operator").GetString()} {t.GetProperty("value").GetDouble():R} {t.GetProperty("unit").GetString()} @{t.GetProperty("line").GetInt32()}").ToList();
        var actualTargets = agreement.Targets.Select(t => $"{t.Key} {t.Kind} {t.Operator} {t.Value:R} {t.Unit} @{t.Span.Line}").ToList();
        Assert.True(expectedTargets.SequenceEqual(actualTargets),
            $"targets\nexpected: {string.Join("; ", expectedTargets)}\nactual:   {string.Join("; ", actualTargets)}\n{json}");

        var actualDiagnostics = agreement.Diagnostics.Where(d => !CoverCodes.Contains(d.Code) && d.Span.Line > 0).ToList();
        var expectedDiagnostics = e.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.True(expectedDiagnostics.Count == actualDiagnostics.Count, $"diagnostics\n{json}");
        foreach (var d in expectedDiagnostics)
        {
            var hit = actualDiagnostics.FirstOrDefault(a =>
                (a.IsError ? "error" : "warning") == d.GetProperty("severity").GetString()
                && a.Code == d.GetProperty("code").GetString()
                && a.Span.Line == d.GetProperty("line").GetInt32()
                && (!d.TryGetProperty("message", out var m) || a.Message.Contains(m.GetString()!, StringComparison.Ordinal)));
            Assert.True(hit != null, $"expected diagnostic {d} not found\n{json}");
            actualDiagnostics.Remove(hit!);
        }
    }
}
