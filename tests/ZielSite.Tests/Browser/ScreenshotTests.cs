using Microsoft.Playwright;

namespace ZielSite.Tests.Browser;

/// <summary>
/// Renews docs/screenshots/ (start page with map, the 2023 and 2025 overviews, the top of Kreis Borken 2023 and 2025,
/// Methodik; 1280, 768 and 320 px)
/// from the default project in Debian's Chromium. Not a test: it runs only with ZIELSITE_SCREENSHOTS=1
/// (<c>tests/browser/screenshots.sh</c>), else it reports skipped.
/// </summary>
[Trait("Category", "Screenshots")]
public class ScreenshotTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableTheory]
    [InlineData("index", "", 1280, 2400)]
    [InlineData("index", "", 768, 2600)]
    [InlineData("index", "", 320, 3600)]
    [InlineData("uebersicht-2023", "2023/", 1280, 1900)]
    [InlineData("uebersicht-2023", "2023/", 768, 2600)]
    [InlineData("uebersicht-2023", "2023/", 320, 3000)]
    [InlineData("uebersicht-2025", "2025/", 1280, 1900)]
    [InlineData("uebersicht-2025", "2025/", 768, 2600)]
    [InlineData("uebersicht-2025", "2025/", 320, 3000)]
    [InlineData("kreis-borken-2023", "2023/kreis-borken/", 1280, 1100)]
    [InlineData("kreis-borken-2023", "2023/kreis-borken/", 768, 1300)]
    [InlineData("kreis-borken-2023", "2023/kreis-borken/", 320, 1400)]
    [InlineData("kreis-borken-2025", "2025/kreis-borken/", 1280, 1100)]
    [InlineData("kreis-borken-2025", "2025/kreis-borken/", 768, 1300)]
    [InlineData("kreis-borken-2025", "2025/kreis-borken/", 320, 1400)]
    [InlineData("methodik", "methodik/", 1280, 1400)]
    [InlineData("methodik", "methodik/", 768, 1800)]
    [InlineData("methodik", "methodik/", 320, 2400)]
    public async Task Screenshot(string name, string path, int width, int maxHeight)
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("ZIELSITE_SCREENSHOTS") == "1", "set ZIELSITE_SCREENSHOTS=1 (tests/browser/screenshots.sh) to renew docs/screenshots/");
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var (page, problems) = await browser.OpenAsync(path, width, 900);
        // Scroll through the page so that everything drawn on coming into view (map, charts) is drawn, then wait for it.
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (var y = 0; y < height; y += 600)
        {
            await page.EvaluateAsync($"() => window.scrollTo(0, {y})");
            await page.WaitForTimeoutAsync(150);
        }
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        try
        {
            await page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('.map')].every(m => m.classList.contains('map-drawn'))" +
                " && [...document.querySelectorAll('figure .chart')].filter(c => c.getBoundingClientRect().top < " + maxHeight + ").every(c => c.querySelector('.main-svg'))",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch (TimeoutException) { problems.Add("not everything was drawn within 30 s"); }
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var dir = Path.Combine(TestPaths.RepoRoot, "docs", "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(dir, $"{name}-{width}.png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(height, maxHeight) },
        });
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A look at any page of the default site while working: ZIELSITE_LOOK="2025/kreis-borken/" (and optionally
    /// ZIELSITE_LOOK_OUT, default /tmp) writes look-&lt;width&gt;.png of the whole page, every chart drawn, at 320, 768 and 1280 px.
    /// </summary>
    [SkippableFact]
    public async Task Look()
    {
        var path = Environment.GetEnvironmentVariable("ZIELSITE_LOOK");
        Skip.If(path is null, "set ZIELSITE_LOOK to a page path of the default site to take a look at it");
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var outDir = Environment.GetEnvironmentVariable("ZIELSITE_LOOK_OUT") ?? Path.GetTempPath();
        foreach (var width in new[] { 320, 768, 1280 })
        {
            var (page, _) = await browser.OpenAsync(path, width, 900);
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            for (var y = 0; y < height; y += 600)
            {
                await page.EvaluateAsync($"() => window.scrollTo(0, {y})");
                await page.WaitForTimeoutAsync(150);
            }
            await page.WaitForTimeoutAsync(1500);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outDir, $"look-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }
}
