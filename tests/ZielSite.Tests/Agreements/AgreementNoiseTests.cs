using ZielSite.Agreements;
using ZielSite.Diagnostics;

namespace ZielSite.Tests.Agreements;

/// <summary>
/// The seed with random OCR-like noise (fixed seeds): the parser never throws and never reports a wrong
/// target; a target it cannot read is reported as a diagnostic. Most targets must still be read.
/// </summary>
public class AgreementNoiseTests
{
    private static readonly Dictionary<string, (string Op, double Value, string Unit)> Truth = new()
    {
        ["integrationen"] = (">=", 12.6, "%"),
        ["k2"] = (">=", 0.0, "%"),
        ["k2_gap"] = ("<=", 0.0, "pp"),
        ["k3"] = ("<=", -5.2, "%"),
        ["integrationen_lzb"] = (">=", 6.6, "%"),
    };

    private static readonly HashSet<string> TargetCodes =
        [DiagnosticCodes.TargetUnreadable, DiagnosticCodes.TargetContradiction, DiagnosticCodes.TargetUnknownIndicator, DiagnosticCodes.TargetDuplicate,
         DiagnosticCodes.TargetStatementUnread];

    [Theory]
    [InlineData(1.0, 0.95, false)]
    [InlineData(2.0, 0.93, false)]
    [InlineData(4.0, 0.90, false)]
    [InlineData(1.0, 0.90, true)]
    [InlineData(2.0, 0.85, true)]
    public void Noise_never_yields_a_wrong_target(double rate, double minimumShareRead, bool layoutLoss)
    {
        var seed = CorpusSupport.Seed;
        int read = 0, total = 0;
        var started = DateTime.UtcNow;
        for (int s = 1; s <= 150; s++)
        {
            var text = new OcrNoise(s, rate, layoutLoss).Apply(seed);
            var a = AgreementParser.Parse("noisy.txt", text, CorpusSupport.Regions);
            Assert.True(a.RegionName == "Kreis Borken" || a.Diagnostics.Any(d => d.Code == DiagnosticCodes.AgreementRegionMissing || d.Code == DiagnosticCodes.AgreementRegionUnknown),
                $"seed {s}: region {a.RegionName}");
            Assert.True(a.Year == 2023 || a.Diagnostics.Any(d => d.Code == DiagnosticCodes.AgreementYearMissing), $"seed {s}: year {a.Year}");
            foreach (var t in a.Targets)
            {
                Assert.True(Truth.TryGetValue(t.Key, out var want), $"seed {s}: unexpected target {t.Key} from \"{t.Sentence}\"\n{text}");
                Assert.True((t.Operator, t.Value, t.Unit) == want, $"seed {s}: {t.Key} {t.Operator} {t.Value} {t.Unit} from \"{t.Sentence}\"");
            }
            bool reported = a.Diagnostics.Any(d => TargetCodes.Contains(d.Code));
            foreach (var key in Truth.Keys)
            {
                total++;
                if (a.Targets.Any(t => t.Key == key)) read++;
                else Assert.True(reported, $"seed {s}: target {key} silently missing\n{AgreementJson.ToJson(a)}\n{text}");
            }
        }
        Assert.True(read >= minimumShareRead * total, $"only {read} of {total} targets read");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "the noise test took too long");
    }
}
