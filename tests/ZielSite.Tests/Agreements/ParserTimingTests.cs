using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;

namespace ZielSite.Tests.Agreements;

/// <summary>
/// Parsing through the region list and through a prepared <see cref="RegionMatcher"/> gives the same agreement, and
/// parsing again gives it again. (The parser's time is measured in <c>bench/</c>, not here: the machine is shared.)
/// </summary>
public class ParserTimingTests
{
    [Fact]
    public void Parses_through_the_list_and_a_prepared_matcher_are_identical_and_repeatable()
    {
        var sampleRegions = SampleGenerator.Regions(new SampleOptions(400, 2, 7))
            .Select(r => new Region(r.Ags, r.Name, r.Kind, r.Slug, new SourceSpan("data/regions.csv"), new Dictionary<string, string>()))
            .ToList();
        var cases = new (string Text, IReadOnlyList<Region> Regions, string Ags)[]
        {
            (CorpusSupport.Seed, CorpusSupport.Regions, "05554"),
            (SampleGenerator.Agreements(new SampleOptions())[3].Text, sampleRegions, SampleGenerator.Agreements(new SampleOptions())[3].Ags),
        };
        foreach (var (text, regions, ags) in cases)
        {
            var first = AgreementParser.Parse("a.txt", text, regions);
            Assert.Equal(ags, first.Ags);
            Assert.NotEmpty(first.Targets);
            var expected = AgreementJson.ToJson(first);
            Assert.Equal(expected, AgreementJson.ToJson(AgreementParser.Parse("a.txt", text, new RegionMatcher(regions))));
            Assert.Equal(expected, AgreementJson.ToJson(AgreementParser.Parse("a.txt", text, regions)));
        }
    }
}
