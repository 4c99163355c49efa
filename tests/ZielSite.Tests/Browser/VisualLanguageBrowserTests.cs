using Microsoft.Playwright;

namespace ZielSite.Tests.Browser;

/// <summary>
/// One visual language: a verdict has one colour on every page and year (region page cards and their bars, the year
/// overview's cells, the start page's tiles and best/worst lines), read from Chromium's computed styles, and the four
/// verdicts have four different colours.
/// </summary>
[Trait("Category", "Browser")]
public class VisualLanguageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>For each page, the elements that show a verdict and how to read its status from them.</summary>
    private const string Collect = """
        () => {
          const out = [];
          const add = (status, el, prop) => out.push([status, getComputedStyle(el)[prop], el.className.baseVal ?? el.className]);
          const names = { met: 'met', miss: 'missed', on: 'on_track', off: 'off_track', missed: 'missed', on_track: 'on_track', off_track: 'off_track' };
          for (const el of document.querySelectorAll('.card-verdict')) {
            const s = [...el.classList].find(c => c.startsWith('verdict-')).slice(8);
            if (names[s]) add(names[s], el, 'color');
          }
          for (const card of document.querySelectorAll('.verdict-card')) {
            const s = [...card.classList].find(c => c.startsWith('status-')).slice(7);
            if (!names[s]) continue;
            add(names[s], card, 'borderTopColor');
            const bar = card.querySelector('.bullet-bar');
            if (bar) add(names[s], bar, 'fill');
          }
          for (const b of document.querySelectorAll('.mx td > b')) {
            const s = [...b.parentElement.classList].find(c => names[c]);
            if (s) add(names[s], b, 'color');
          }
          for (const el of document.querySelectorAll('.vd')) {
            const s = [...el.classList].find(c => names[c]);
            if (s) add(names[s], el, 'color');
          }
          for (const el of document.querySelectorAll('.tile')) {
            const s = [...el.classList].find(c => c.startsWith('s-'));
            if (s && names[s.slice(2)]) add(names[s.slice(2)], el, 'borderLeftColor');
          }
          return out;
        }
        """;

    [SkippableFact]
    public async Task Each_verdict_has_one_colour_on_every_page_and_year_and_the_four_differ()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var seen = new List<(string Page, string Status, string Colour, string Element)>();
        foreach (var path in new[] { "", "2023/", "2025/", "2023/kreis-borken/", "2025/kreis-borken/", "2024/kreis-borken/" })
        {
            var (page, problems) = await browser.OpenAsync(path, 1280, 900);
            var found = await page.EvaluateAsync<string[][]>(Collect);
            seen.AddRange(found.Select(f => (path, f[0], f[1], f[2])));
            await page.Context.CloseAsync();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        // Every verdict occurs in the sample's pages (2025 is a running year, 2023 and 2024 are complete).
        Assert.Equal(["met", "missed", "off_track", "on_track"], seen.Select(s => s.Status).Distinct().Order(StringComparer.Ordinal));
        var colours = seen.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Select(s => s.Colour).Distinct().ToList());
        foreach (var (status, list) in colours)
            Assert.True(list.Count == 1, $"{status} is drawn in {list.Count} colours: " + string.Join("; ",
                seen.Where(s => s.Status == status).GroupBy(s => s.Colour).Select(g => g.Key + " on " + string.Join(", ", g.Select(s => s.Page + " " + s.Element).Distinct().Take(3)))));
        Assert.Equal(4, colours.Values.Select(l => l[0]).Distinct().Count());
    }
}
