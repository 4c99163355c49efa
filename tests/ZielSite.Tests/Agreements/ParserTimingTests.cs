using System.Diagnostics;
using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;
using Xunit.Abstractions;

namespace ZielSite.Tests.Agreements;

/// <summary>
/// Prints the parser's time per agreement (no time is asserted: the machine is shared). Meaningful only in a
/// Release build: <c>dotnet test -c Release --filter ParserTimingTests --logger "console;verbosity=detailed"</c>.
/// What it asserts is that repeated parses, through the list and through a prepared matcher, are identical.
/// </summary>
public class ParserTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Repeated_parses_are_identical_and_their_time_is_printed()
    {
        var options = new SampleOptions();
        var sampleRegions = SampleGenerator.Regions(new SampleOptions(400, 2, 7))
            .Select(r => new Region(r.Ags, r.Name, r.Kind, r.Slug, new SourceSpan("data/regions.csv"), new Dictionary<string, string>()))
            .ToList();
        var cases = new (string Name, string Text, IReadOnlyList<Region> Regions)[]
        {
            ("seed, data/regions.csv", CorpusSupport.Seed, CorpusSupport.Regions),
            ("generated sample[3], 400 regions", SampleGenerator.Agreements(options)[3].Text, sampleRegions),
        };
        foreach (var (name, text, regions) in cases)
        {
            var expected = AgreementJson.ToJson(AgreementParser.Parse("a.txt", text, regions));
            var matcher = new RegionMatcher(regions);
            Assert.Equal(expected, AgreementJson.ToJson(AgreementParser.Parse("a.txt", text, matcher)));
            for (int i = 0; i < 300; i++) AgreementParser.Parse("a.txt", text, regions); // warm-up
            const int n = 200;
            var sw = Stopwatch.StartNew();
            Agreement last = null!;
            for (int i = 0; i < n; i++) last = AgreementParser.Parse("a.txt", text, regions);
            sw.Stop();
            Assert.Equal(expected, AgreementJson.ToJson(last));
            output.WriteLine($"{name}: {sw.Elapsed.TotalMicroseconds / n:F0} µs/parse, {text.Length} chars");
        }
    }
}
