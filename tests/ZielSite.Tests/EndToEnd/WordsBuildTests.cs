using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ZielSite.Wording;

namespace ZielSite.Tests.EndToEnd;

/// <summary>
/// The words of the built default project: abbreviations marked at their first use on each page (and explained on the
/// Methodik page), no setting's key of zielsite.json on any public page, a year without agreements saying so, and the
/// narrative's figures equal to the cards' beside it.
/// </summary>
public sealed partial class WordsBuildTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    private IEnumerable<string> HtmlPages() =>
        Directory.EnumerateFiles(site.Site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.IsPathRooted(path) ? path : Path.Combine(site.Site, path)));

    /// <summary>What a reader sees: the body's text without scripts and styles (and without the abbreviations' titles).</summary>
    private static string VisibleText(IDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll("script, style, template").ToList()) e.Remove();
        return doc.Body!.TextContent;
    }

    [Fact]
    public void Each_abbreviation_is_marked_at_its_first_use_on_a_page_and_only_there()
    {
        var doc = Page("2023/kreis-borken/index.html");
        var text = VisibleText(doc);
        // "zkT" (from total_name "alle zkT in NRW") stands many times on the page: one mark, at the first.
        var uses = Regex.Count(text, @"(?<!\p{L})zkT(?!\p{L})");
        Assert.True(uses > 5, $"zkT only {uses} times");
        var mark = Assert.Single(doc.QuerySelectorAll("abbr"), a => a.TextContent == "zkT");
        Assert.Equal("zugelassene kommunale Träger (Jobcenter, die ein Kreis oder eine kreisfreie Stadt allein trägt)", mark.GetAttribute("title"));
        var first = doc.Body!.Descendants<IText>().First(t => Regex.IsMatch(t.Data, @"(?<!\p{L})zkT(?!\p{L})"));
        Assert.Same(mark, first.ParentElement);

        foreach (var path in HtmlPages())
        {
            var page = Page(path);
            var abbrs = page.QuerySelectorAll("abbr").ToList();
            // At most one mark per abbreviation and page, each with the table's words; never where an element cannot stand.
            Assert.Equal(abbrs.Count, abbrs.Select(a => a.TextContent.Replace('\u00A0', ' ')).Distinct().Count());
            foreach (var a in abbrs)
            {
                var entry = Assert.Single(Abbreviations.All, e => e.Short == a.TextContent.Replace('\u00A0', ' '));
                Assert.Equal(entry.Long, a.GetAttribute("title"));
                Assert.Null(a.Closest("head, script, svg, code, pre, option, title"));
            }
            // The chart data (JSON in a script) keep the plain words.
            foreach (var script in page.QuerySelectorAll("script"))
                Assert.DoesNotContain("<abbr", script.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_methodik_page_explains_every_abbreviation()
    {
        var methodik = Page("methodik/index.html");
        var section = methodik.GetElementById("abkurzungen") ?? methodik.QuerySelectorAll("h2").First(h => h.TextContent == "Abkürzungen");
        Assert.Equal("Abkürzungen", section.TextContent);
        var list = section.NextElementSibling?.NextElementSibling;
        Assert.Equal("UL", list?.TagName);
        var items = list!.TextContent.Replace('\n', ' ');
        foreach (var e in Abbreviations.All)
        {
            if (e.Long.StartsWith("Kennzahl nach", StringComparison.Ordinal))
                Assert.Contains(e.Short + " " + e.Long["Kennzahl nach § 48a SGB II: ".Length..], items, StringComparison.Ordinal);
            else
                Assert.Contains(e.Short + ": " + e.Long, items, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_public_page_shows_a_key_of_zielsite_json()
    {
        // The keys the program reads (Inputs/ConfigReader.cs), as docs/contract.md lists them.
        var reader = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src/ZielSite/Inputs/ConfigReader.cs"));
        var keys = Regex.Matches(reader, "case \"([a-z_]+)\":").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("rounded_comparison", keys);
        Assert.Contains("total_name", keys);
        var contract = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs/contract.md"));
        foreach (var k in keys.Where(k => k != "sheets")) Assert.Contains(k, contract, StringComparison.Ordinal);
        var pages = 0;
        foreach (var path in HtmlPages())
        {
            var text = VisibleText(Page(path));
            foreach (var key in keys)
                Assert.False(Regex.IsMatch(text, $@"(?<![\p{{L}}_]){key}(?![\p{{L}}_])"), $"{Path.GetRelativePath(site.Site, path)} shows the setting {key}");
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal); // an unfilled placeholder ({{total_name}}) would name one
            pages++;
        }
        Assert.True(pages > 100, $"only {pages} pages");
    }

    [Fact]
    public void A_year_without_agreements_says_so_on_every_page_that_counts_targets()
    {
        // 2020 of the default project has no agreement at all.
        var overview = VisibleText(Page("2020/index.html"));
        Assert.Contains("Für 2020 liegt keine Zielvereinbarung mit auswertbaren Zielen vor", overview, StringComparison.Ordinal);
        var region = Page("2020/kreis-borken/index.html");
        Assert.Contains("keine Zielvereinbarung mit auswertbaren Zielen", region.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        var text = VisibleText(region);
        Assert.Contains("Für dieses Jahr liegt keine Zielvereinbarung vor.", text, StringComparison.Ordinal);
        Assert.Contains("Für das Jahr 2020 liegt für den Kreis Borken keine Zielvereinbarung vor.", text, StringComparison.Ordinal);
        // Nowhere a count of nothing: not in a page, its description or the search index.
        foreach (var path in HtmlPages().Append(Path.Combine(site.Site, "search-index.json")))
        {
            var raw = File.ReadAllText(path);
            Assert.False(Regex.IsMatch(raw, @"\b0 von 0\b"), $"{Path.GetRelativePath(site.Site, path)} counts 0 von 0");
        }
    }

    [Fact]
    public void The_narrative_names_the_figures_of_the_cards_beside_it()
    {
        var checkedTargets = 0;
        foreach (var path in HtmlPages().Where(p => Regex.IsMatch(p, @"/20\d\d/[^/]+/index\.html$")))
        {
            var page = Page(path);
            var narrative = page.GetElementById("einordnung")?.ParentElement?.TextContent.Replace('\n', ' ');
            foreach (var card in page.QuerySelectorAll(".verdict-card"))
            {
                Assert.NotNull(narrative);
                var actual = card.QuerySelector(".card-actual")!.TextContent;
                var target = card.QuerySelector(".card-target")!.TextContent["Ziel: ".Length..];
                if (actual == "–") continue;
                Assert.Contains(target, narrative, StringComparison.Ordinal);
                // The value (the sentence may say the sign in words: "sank um 5,0 %"; no change: "blieb unverändert").
                var size = actual.Replace("hochgerechnet ", "", StringComparison.Ordinal).TrimStart('+', '\u2212');
                Assert.True(narrative.Contains(size, StringComparison.Ordinal) || (size.StartsWith("0,0", StringComparison.Ordinal) && narrative.Contains("blieb unverändert", StringComparison.Ordinal)),
                    $"{Path.GetRelativePath(site.Site, path)}: {actual} not in the narrative");
                // A miss names the cards' distance in words ("−2,0 Pkt." → "2,0 Prozentpunkte"), except a target of 0,
                // where the change itself is the distance ("sank um 2,5 %, sollte aber nicht sinken").
                var distance = card.QuerySelector(".card-distance")!.TextContent;
                if (distance.Contains('\u2212') && !target.StartsWith("nicht ", StringComparison.Ordinal))
                {
                    var missed = Regex.Match(distance, @"\u2212([\d.,]+)").Groups[1].Value;
                    Assert.Contains(missed + (distance.EndsWith("Pkt.", StringComparison.Ordinal) ? "\u00A0Prozentpunkte" : ""), narrative, StringComparison.Ordinal);
                }
                checkedTargets++;
            }
        }
        Assert.True(checkedTargets > 150, $"only {checkedTargets} targets checked");
    }

    [Fact]
    public void A_target_of_zero_reads_nicht_sinken_on_its_card()
    {
        var card = Page("2023/kreis-borken/index.html").QuerySelector(".verdict-card[data-key='k2']")!;
        Assert.Equal("Ziel: nicht sinken", card.QuerySelector(".card-target")!.TextContent);
        Assert.Equal("Abstand zum Ziel: +0,8\u00A0Pkt.", card.QuerySelector(".card-distance")!.TextContent);
        var gap = Page("2023/kreis-borken/index.html").QuerySelector(".verdict-card[data-key='k2_gap']")!;
        Assert.Equal("Ziel: nicht steigen", gap.QuerySelector(".card-target")!.TextContent);
    }
}
