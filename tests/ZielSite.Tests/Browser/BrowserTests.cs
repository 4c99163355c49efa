using System.Text.Json;
using Microsoft.Playwright;

namespace ZielSite.Tests.Browser;

/// <summary>The built default site in real Chromium: charts drawn, no errors, no foreign requests, axe, keyboard.</summary>
[Trait("Category", "Browser")]
public class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private void SkipWithoutBrowser() => Skip.If(browser.SkipReason is not null, browser.SkipReason);

    [SkippableFact]
    public async Task The_Borken_2023_page_draws_all_its_charts_without_errors_or_foreign_requests()
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("2023/kreis-borken/");
        var charts = await page.Locator("figure .chart").CountAsync();
        Assert.True(charts >= 5, $"expected at least 5 charts, found {charts}");
        // Charts are drawn when they come near the screen: scroll through them. plotly marks every drawn chart with
        // the class js-plotly-plot and an SVG of class main-svg.
        await page.EvaluateAsync("async () => { for (const c of document.querySelectorAll('figure .chart')) { c.scrollIntoView(); await new Promise(r => setTimeout(r, 50)); } }");
        await page.WaitForFunctionAsync($"document.querySelectorAll('figure .chart.js-plotly-plot .main-svg').length >= {charts}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("2023/")]
    [InlineData("2023/kreis-borken/")]
    [InlineData("2025/stadt-essen/")]
    [InlineData("methodik/")]
    public async Task Axe_finds_no_serious_or_critical_violation(string path)
    {
        SkipWithoutBrowser();
        Skip.IfNot(File.Exists(BrowserFixture.AxePath), "axe-core is not installed (cd tests/browser && npm ci; .ci/run does this)");
        var (page, problems) = await browser.OpenAsync(path);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserFixture.AxePath });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(' | ')))");
        var violations = JsonSerializer.Deserialize<string[]>(json)!;
        Assert.True(violations.Length == 0, string.Join("\n", violations));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("2023/kreis-borken/")]
    public async Task Every_control_is_reachable_by_keyboard(string path)
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync(path);
        // All visible, enabled controls that should take focus (not those inside a closed <details>).
        var expected = await page.EvaluateAsync<int>(
            "() => { let i = 0; for (const e of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex=\"-1\"])')) {" +
            " const r = e.getBoundingClientRect(); const shut = e.tagName !== 'SUMMARY' && e.closest('details:not([open])');" +
            " if (!e.disabled && !shut && (r.width > 0 || r.height > 0) && getComputedStyle(e).visibility !== 'hidden') e.setAttribute('data-kb', String(i++)); } return i; }");
        Assert.True(expected > 5, $"only {expected} focusable controls found");
        var reached = new HashSet<string>();
        for (var i = 0; i < expected + 40 && reached.Count < expected; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var id = await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.getAttribute('data-kb')");
            if (id is not null) reached.Add(id);
        }
        Assert.Equal(expected, reached.Count);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_skip_link_is_the_first_stop_and_focus_is_visible()
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync("2023/kreis-borken/");
        await page.Keyboard.PressAsync("Tab");
        var text = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        Assert.Contains("Inhalt", text);
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow; }");
        Assert.DoesNotMatch("^none 0px none$", outline);
        await page.Context.CloseAsync();
    }
}
