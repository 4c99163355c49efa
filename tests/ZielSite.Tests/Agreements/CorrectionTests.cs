using ZielSite.Agreements;
using ZielSite.Diagnostics;

namespace ZielSite.Tests.Agreements;

public class CorrectionTests
{
    [Fact]
    public void Reader_reads_lines_with_units_signs_comments_and_reports_bad_lines()
    {
        var text = "# Kopf\n\nk3 <= -5.2 %  # Grund: OCR zerstört\nK2 ≥ 0\nk2_gap <= -0,5 pp\nfoo >= 1 %\nk3 >= 1 %\nk2e4 >= 2 pp\nkaputt\n";
        var (corrections, diagnostics) = CorrectionReader.Read(text, "a.korrektur.txt");
        Assert.Equal(["k3 <= -5.2 % @3 Grund: OCR zerstört", "k2 >= 0 % @4 ", "k2_gap <= -0.5 pp @5 "],
            corrections.Select(c => $"{c.Key} {c.Operator} {c.Value:R} {c.Unit} @{c.Span.Line} {c.Reason}").ToList());
        // unknown key (6), second k3 (7), wrong unit for k2e4 (8), unreadable line (9)
        Assert.Equal([6, 7, 8, 9], diagnostics.Select(d => d.Span.Line).ToList());
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.CorrectionInvalid, d.Code));
        Assert.All(diagnostics, d => Assert.Equal("a.korrektur.txt", d.Span.File));
    }

    [Fact]
    public void Applier_fixes_an_unreadable_target_and_keeps_other_errors()
    {
        var seed = CorpusSupport.Seed.Replace("mindestens 12,6 Prozent", "mindestens 1?,6 Prozent", StringComparison.Ordinal)
            .Replace("(K 3 = - 5,2 Prozent)", "(K 3 = - 4,2 Prozent)", StringComparison.Ordinal);
        var parsed = AgreementParser.Parse("a.txt", seed, CorpusSupport.Regions);
        Assert.Equal(2, parsed.Diagnostics.Count(d => d.IsError)); // 1?,6 unreadable (159), contradiction (209)

        var fixedOne = AgreementParser.ApplyCorrections(parsed, "a.korrektur.txt", "integrationen >= 12.6 %  # OCR\n");
        var target = Assert.Single(fixedOne.Targets, t => t.Key == "integrationen");
        Assert.Equal((">=", 12.6, "%", "a.korrektur.txt", 1), (target.Operator, target.Value, target.Unit, target.CorrectedBy, target.Span.Line));
        Assert.Equal("a.korrektur.txt", target.Span.File);
        Assert.Equal(0, fixedOne.Targets.ToList().FindIndex(t => t.Key == "integrationen")); // display order kept
        var remaining = Assert.Single(fixedOne.Diagnostics);
        Assert.Equal((DiagnosticCodes.TargetContradiction, 209), (remaining.Code, remaining.Span.Line));
        Assert.Same(parsed.Targets, parsed.Targets); // the input agreement is unchanged
        Assert.DoesNotContain(parsed.Targets, t => t.Key == "integrationen");
    }

    [Fact]
    public void Applier_overrides_a_read_target_and_adds_reader_errors()
    {
        var parsed = AgreementParser.Parse("a.txt", CorpusSupport.Seed, CorpusSupport.Regions);
        var result = AgreementParser.ApplyCorrections(parsed, "a.korrektur.txt", "k2 >= 1 %\nnonsense\n");
        var k2 = Assert.Single(result.Targets, t => t.Key == "k2");
        Assert.Equal((1.0, "a.korrektur.txt"), (k2.Value, k2.CorrectedBy));
        Assert.Equal(parsed.Targets.Single(t => t.Key == "k2").Sentence, k2.Sentence);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("a.korrektur.txt", 2, DiagnosticCodes.CorrectionInvalid), (d.Span.File, d.Span.Line, d.Code));
    }
}
