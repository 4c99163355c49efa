using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Text;

namespace ZielSite.Tests.Agreements;

/// <summary>
/// Every <c>tests/corpus/agreements/NAME.txt</c> is parsed and compared with <c>NAME.expected.json</c> (the
/// <c>parse --json</c> shape; diagnostics by severity, code, line and an optional message substring; optional
/// facts). A <c>NAME.korrektur.txt</c> beside it is applied as an editor's correction. Adding a case = adding files.
/// </summary>
public class AgreementCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(CorpusSupport.AgreementCorpus, "*.expected.json").OrderBy(x => x, StringComparer.Ordinal))
            data.Add(Path.GetFileName(f)[..^".expected.json".Length]);
        return data;
    }

    [Fact]
    public void Corpus_has_at_least_twenty_cases() => Assert.True(Cases().Count >= 20, $"only {Cases().Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_expected(string name)
    {
        var dir = CorpusSupport.AgreementCorpus;
        var (text, _) = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(dir, name + ".txt")));
        var agreement = AgreementParser.Parse(name + ".txt", text, CorpusSupport.RegionsFor(name));
        var correction = Path.Combine(dir, name + ".korrektur.txt");
        if (File.Exists(correction))
            agreement = AgreementParser.ApplyCorrections(agreement, name + ".korrektur.txt", File.ReadAllText(correction));

        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".expected.json")));
        var e = expected.RootElement;
        var actualJson = AgreementJson.ToJson(agreement);
        Assert.True(e.GetProperty("file").GetString() == agreement.File, actualJson);
        Assert.True(Str(e, "region") == agreement.RegionName, $"region {agreement.RegionName}\n{actualJson}");
        Assert.True(Str(e, "ags") == agreement.Ags, $"ags {agreement.Ags}\n{actualJson}");
        Assert.True(IntOrNull(e, "year") == agreement.Year, $"year {agreement.Year}\n{actualJson}");

        var expectedTargets = e.GetProperty("targets").EnumerateArray().Select(t =>
            $"{t.GetProperty("key").GetString()} {(t.TryGetProperty("kind", out var k) ? k.GetString() : "change")} {t.GetProperty("operator").GetString()} {t.GetProperty("value").GetDouble():R} {t.GetProperty("unit").GetString()} @{t.GetProperty("line").GetInt32()}"
            + (t.TryGetProperty("corrected_by", out var c) ? " by " + c.GetString() : "")).ToList();
        var actualTargets = agreement.Targets.Select(t =>
            $"{t.Key} {t.Kind} {t.Operator} {t.Value:R} {t.Unit} @{t.Span.Line}" + (t.CorrectedBy != null ? " by " + t.CorrectedBy : "")).ToList();
        Assert.True(expectedTargets.SequenceEqual(actualTargets),
            $"targets\nexpected: {string.Join("; ", expectedTargets)}\nactual:   {string.Join("; ", actualTargets)}\n{actualJson}");

        var expectedDiagnostics = e.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.True(expectedDiagnostics.Count == agreement.Diagnostics.Count, $"diagnostics count\n{actualJson}");
        var unmatched = agreement.Diagnostics.ToList();
        foreach (var d in expectedDiagnostics)
        {
            var hit = unmatched.FirstOrDefault(a =>
                (a.IsError ? "error" : "warning") == d.GetProperty("severity").GetString()
                && a.Span.Line == d.GetProperty("line").GetInt32()
                && (!d.TryGetProperty("code", out var code) || code.GetString() == a.Code)
                && (!d.TryGetProperty("message", out var m) || a.Message.Contains(m.GetString()!, StringComparison.Ordinal)));
            Assert.True(hit != null, $"expected diagnostic {d} not found\n{actualJson}");
            unmatched.Remove(hit!);
        }

        CheckFacts(e, agreement, actualJson);
    }

    private static void CheckFacts(JsonElement e, Agreement a, string json)
    {
        if (e.TryGetProperty("kind", out var kind)) Assert.Equal(kind.GetString(), a.RegionKind?.ToString());
        if (e.TryGetProperty("is_sample", out var sample)) Assert.Equal(sample.GetBoolean(), a.IsSample);
        if (e.TryGetProperty("legal_basis", out var legal)) Assert.Equal(legal.GetString(), a.LegalBasis);
        if (e.TryGetProperty("steering_dialogues", out var sd)) Assert.Equal(sd.GetInt32(), a.SteeringDialogues);
        if (e.TryGetProperty("documents", out var docs))
            Assert.Equal(docs.EnumerateArray().Select(x => x.GetString()!).ToList(), a.Documents.ToList());
        if (e.TryGetProperty("parties", out var parties))
        {
            var exp = parties.EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()} | {p.GetProperty("representative").GetString()} | {p.GetProperty("line").GetInt32()}");
            Assert.Equal(exp.ToList(), a.Parties.Select(p => $"{p.Name} | {p.Representative} | {p.Line}").ToList());
        }
        if (e.TryGetProperty("goals", out var goals))
        {
            var exp = goals.EnumerateArray().Select(g => $"{g.GetProperty("number").GetInt32()}@{g.GetProperty("line").GetInt32()}:{g.GetProperty("monitoring").GetInt32()}");
            Assert.Equal(exp.ToList(), a.Goals.Select(g => $"{g.Number}@{g.Line}:{g.Monitoring.Count}").ToList());
        }
        if (e.TryGetProperty("lines", out var lines))
        {
            if (lines.TryGetProperty("region", out var r)) Assert.Equal(r.GetInt32(), a.Lines.Region);
            if (lines.TryGetProperty("year", out var y)) Assert.Equal(y.GetInt32(), a.Lines.Year);
            if (lines.TryGetProperty("legal_basis", out var l)) Assert.Equal(l.GetInt32(), a.Lines.LegalBasis);
            if (lines.TryGetProperty("steering_dialogues", out var s)) Assert.Equal(s.GetInt32(), a.Lines.SteeringDialogues);
        }
        _ = json;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? IntOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}
