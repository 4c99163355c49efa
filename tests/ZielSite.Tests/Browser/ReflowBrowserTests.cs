using Microsoft.Playwright;

namespace ZielSite.Tests.Browser;

/// <summary>
/// WCAG 1.4.10 (Reflow, required by BITV 2.0): no page type of the default project scrolls sideways at any width
/// from 320 to 1280 CSS px. One page per page type is resized in 10 px steps (a resize reflows like a new load,
/// and plotly's responsive charts redraw on it); 640 px is also 1280 px at 200 % zoom. Every width that overflows
/// is reported with the elements that stick out, so that a failure names what to fix. axe-core then checks the page at
/// 320, 390 and 1280 px (when tests/browser/node_modules is installed).
/// </summary>
[Trait("Category", "Browser")]
public class ReflowBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Every page type: start page, year overview (mid-year and past year), region page (mid-year Stand of 2025,
    /// a past year), Methodik, the other Markdown pages, search and the 404 page.
    /// </summary>
    [SkippableTheory]
    [InlineData("")]
    [InlineData("2025/")]
    [InlineData("2023/")]
    [InlineData("2025/kreis-borken/")]
    [InlineData("2023/kreis-borken/")]
    [InlineData("2024/stadt-muelheim-an-der-ruhr/")]
    [InlineData("methodik/")]
    [InlineData("barrierefreiheit/")]
    [InlineData("suche/")]
    [InlineData("404.html")]
    public async Task No_page_scrolls_sideways_at_any_width_from_320_to_1280_px_and_axe_finds_nothing(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var (page, problems) = await browser.OpenAsync(path, 1280);
        var failures = new List<string>();
        for (var width = 320; width <= 1280; width += 10)
        {
            await page.SetViewportSizeAsync(width, 900);
            // Two animation frames: layout and plotly's resize handler have run.
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow <= 0) continue;
            var culprits = await page.EvaluateAsync<string[]>(
                "() => { const w = document.documentElement.clientWidth; const out = [];" +
                " for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();" +
                "  if (r.width > 0 && r.right > w + 0.5 && !e.closest('.table-scroll') && out.length < 4)" +
                "   out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right)); }" +
                " return out; }");
            failures.Add($"{width} px: {overflow} px too wide ({string.Join(", ", culprits)})");
        }
        // axe-core at the narrowest width of the law, a phone and a desktop (the page reflowed to each).
        var axe = new List<string>();
        if (File.Exists(BrowserFixture.AxePath))
        {
            foreach (var width in new[] { 320, 390, 1280 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                axe.AddRange((await BrowserFixture.AxeViolationsAsync(page)).Select(v => $"{width} px: {v}"));
            }
        }
        Assert.True(failures.Count == 0, $"/{path} scrolls sideways at {failures.Count} widths:\n" + string.Join("\n", failures));
        Assert.True(axe.Count == 0, $"/{path}: axe-core finds\n" + string.Join("\n", axe));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
