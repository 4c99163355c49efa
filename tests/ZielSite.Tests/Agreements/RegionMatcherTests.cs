using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Tests.Agreements;

public class RegionMatcherTests
{
    private static Region R(string ags, string name) =>
        new(ags, name, RegionKind.Kreis, Slug.From(name), new SourceSpan("data/regions.csv"), new Dictionary<string, string>());

    [Fact]
    public void The_matcher_of_a_list_is_reused_until_the_list_changes()
    {
        var regions = new List<Region> { R("05554", "Kreis Borken") };
        var first = RegionMatcher.For(regions);
        Assert.Same(first, RegionMatcher.For(regions));
        Assert.Null(first.Match("Kreis Kleve"));

        regions.Add(R("05154", "Kreis Kleve"));
        var second = RegionMatcher.For(regions);
        Assert.NotSame(first, second);
        Assert.Equal("05154", second.Match("des Kreises Kleve")?.Ags);
    }

    [Fact]
    public void Parsing_with_a_prepared_matcher_gives_the_same_region()
    {
        var regions = new List<Region> { R("05554", "Kreis Borken"), R("05154", "Kreis Kleve") };
        const string text = "Zielvereinbarung\nzwischen dem Ministerium\nund dem Kreis Kleve als zugelassenem kommunalen Träger\nfür das Jahr 2023\n";
        var viaList = AgreementParser.Parse("a.txt", text, regions);
        var viaMatcher = AgreementParser.Parse("a.txt", text, new RegionMatcher(regions));
        Assert.Equal("05154", viaList.Ags);
        Assert.Equal(viaList.Ags, viaMatcher.Ags);
        Assert.Equal(viaList.Diagnostics, viaMatcher.Diagnostics);
    }
}
