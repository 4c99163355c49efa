using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;

namespace ZielSite.Tests.EndToEnd;

/// <summary>
/// The parser against the generator: every target the generator wrote into a sample agreement (it knows the
/// true key, operator, value and line without parsing) is read back exactly, for several seeds and sizes.
/// </summary>
public class SampleAgreementsParseTests
{
    [Theory]
    [InlineData(18, 6, 48)]
    [InlineData(40, 4, 7)]
    [InlineData(25, 5, 2024)]
    public void Every_generated_agreement_is_read_exactly(int regions, int years, int seed)
    {
        var options = new SampleOptions(regions, years, seed);
        var regionList = SampleGenerator.Regions(options)
            .Select(r => new Region(r.Ags, r.Name, r.Kind, r.Slug, new SourceSpan("data/regions.csv"), new Dictionary<string, string>()))
            .ToList();
        var generated = SampleGenerator.Agreements(options);
        Assert.NotEmpty(generated);
        foreach (var g in generated)
        {
            var a = AgreementParser.Parse(g.Path, g.Text, regionList);
            Assert.True(a.Diagnostics.Count == 0, $"{g.Path}: {string.Join("; ", a.Diagnostics)}");
            Assert.Equal(g.Ags, a.Ags);
            Assert.Equal(g.Year, a.Year);
            Assert.True(a.IsSample, g.Path);
            Assert.Equal(g.SteeringDialogues, a.SteeringDialogues);
            Assert.Equal(
                g.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit, t.Line)).OrderBy(t => t.Key, StringComparer.Ordinal),
                a.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit, t.Span.Line)).OrderBy(t => t.Key, StringComparer.Ordinal));
        }
    }
}
