using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ZielSite.Build;

namespace ZielSite.Tests.EndToEnd;

/// <summary>
/// The overview as the comparison table, read back from the built default project: every cell of a target shows
/// the Ist-Wert, the target and the distance to it, and each equals what the region's own page says, in a
/// finished year (2023) and a running one (2025).
/// </summary>
public sealed class OverviewComparisonTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _site;

    public OverviewComparisonTests()
    {
        _site = _temp["site"];
        var result = SiteBuilder.Build(new BuildOptions(TestPaths.RepoRoot, _site, BuiltinDir: TestPaths.BuiltinDir));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _temp.Dispose();

    private IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site, path)));

    [Theory]
    [InlineData(2023)]
    [InlineData(2025)]
    public void Every_cell_shows_value_target_and_distance_equal_to_the_region_page(int year)
    {
        var overview = Page($"{year}/index.html");
        var keys = overview.QuerySelectorAll("#uebersicht thead th").Select(th => th.GetAttribute("data-key")).ToList();
        var checkedCells = 0;
        foreach (var row in overview.QuerySelectorAll("#uebersicht tbody tr"))
        {
            var link = row.QuerySelector("th a")!.GetAttribute("href")!;
            var region = Page($"{year}/{link}");
            var cells = row.QuerySelectorAll("td").ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell.ClassList.Contains("x") || cell.ClassList.Contains("n")) continue;
                var key = keys[i + 1]!;
                var card = region.QuerySelector($".verdict-card[data-key='{key}']");
                Assert.True(card is not null, $"{year}/{link}: no card for {key}");
                var small = cell.QuerySelector("small")!.TextContent;
                // "Ziel ≥ +12,6 % · Abstand +0,5 Pkt."
                var parts = small.Split(" · ");
                if (parts.Length == 1) Assert.Null(card.QuerySelector(".card-distance")); // no value: no distance on either page
                else
                {
                    Assert.Equal(2, parts.Length);
                    Assert.StartsWith("Abstand ", parts[1]);
                    Assert.Equal(card.QuerySelector(".card-distance")!.TextContent, "Abstand zum Ziel: " + parts[1]["Abstand ".Length..]);
                }
                // The same threshold: the overview's "≥ +12,6 %" is the card's "mindestens +12,6 %".
                var threshold = parts[0][(parts[0].IndexOf(' ', StringComparison.Ordinal) + 1)..];
                if (threshold.StartsWith('(')) threshold = threshold[(threshold.IndexOf(')', StringComparison.Ordinal) + 2)..];
                var words = threshold.Replace("≥ ", "mindestens ", StringComparison.Ordinal).Replace("≤ ", "höchstens ", StringComparison.Ordinal);
                // A change target of 0 reads in words on the card: "≥ 0,0 %" is "nicht sinken", "≤ 0,0 …" "nicht steigen".
                var cardTarget = card.QuerySelector(".card-target")!.TextContent;
                if (cardTarget is "Ziel: nicht sinken" or "Ziel: nicht steigen")
                    Assert.Matches(cardTarget.EndsWith("sinken", StringComparison.Ordinal) ? "^≥ 0,0\u00A0" : "^≤ 0,0\u00A0", threshold);
                else
                    Assert.StartsWith("Ziel: " + words, cardTarget);
                // The Ist-Wert and the verdict's word.
                var value = cell.ChildNodes[0].TextContent;
                Assert.Equal(card.QuerySelector(".card-actual")!.TextContent, value);
                Assert.Contains(cell.QuerySelector("b")!.TextContent, card.QuerySelector(".card-verdict")!.TextContent);
                // The sort keys are the numbers shown.
                if (value != "–")
                {
                    var shown = double.Parse(value.Replace("\u2212", "-", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
                        .Split('\u00A0')[0].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
                    Assert.Equal(shown, double.Parse(cell.GetAttribute("data-v")!, System.Globalization.CultureInfo.InvariantCulture), 6);
                }
                checkedCells++;
            }
        }
        Assert.True(checkedCells >= 80, $"only {checkedCells} cells checked");
    }
}
