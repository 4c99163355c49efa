using System.Text.RegularExpressions;
using ZielSite.Diagnostics;
using ZielSite.Publishing;
using ZielSite.Tests.EndToEnd;
using ZielSite.Build;

namespace ZielSite.Tests.Publishing;

/// <summary>
/// One target, three outputs: the region page, REVIEW.md and <c>zielsite diff</c> name it with the same label and
/// the same threshold text (they share one formatter and one label table).
/// </summary>
public partial class SameWordsTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    // Kreis Borken 2023, target k3 of the real agreement: "höchstens −5,2 %" (U+2212, no-break space before %).
    private const string Label = "Bestand an Langzeitleistungsbeziehenden (K3)";
    private const string Threshold = "höchstens \u22125,2\u00A0%";

    [Fact]
    public void Site_review_and_diff_name_the_K3_target_alike()
    {
        Assert.True(site.Result.Written, string.Join("\n", site.Result.Diagnostics));

        var page = Regex.Replace(site.Read("2023/kreis-borken/index.html"), "<[^>]+>", " ").Replace("&nbsp;", "\u00A0");
        var card = page[page.IndexOf(Label, StringComparison.Ordinal)..];
        Assert.Contains(Threshold, card[..Math.Min(card.Length, 600)]);

        var bag = new DiagnosticBag();
        var results = ResultsLoader.Load(site.Site, TestPaths.BuiltinDir, bag);
        Assert.NotNull(results);
        var review = ReviewReport.Render(results, [], "test", 1);
        Assert.Matches($@"\| {Regex.Escape(Label)} \| {Regex.Escape(Threshold)} \|", review);

        // The same results with Borken's K3 actual moved: diff shows that target's row.
        var changed = results with
        {
            Results = [.. results.Results.Select(e => e.Ags == "05554" && e.Year == 2023
                ? e with { Targets = [.. e.Targets.Select(t => t.Key == "k3" ? t with { Actual = -6.0, Compared = -6.0, Status = "met" } : t)] }
                : e)],
        };
        var diff = DiffMarkdown.Render(ResultsDiff.Compare(results, changed), "alt", "neu");
        Assert.Matches($@"\| {Regex.Escape(Label)} \| {Regex.Escape(Threshold)} \|", diff);
    }
}
