using System.Text.Json;
using Microsoft.Playwright;

namespace ZielSite.Tests.Browser;

/// <summary>
/// Start page, year overview and Methodik of the default project in real Chromium at 390 and 1280 px: no sideways
/// scrolling, the map drawn with one shape per region, the attribution shown, axe without any violation, no console
/// error, no request to another host; the overview's sorting and filter; the 404 page served at a nested address.
/// </summary>
[Trait("Category", "Browser")]
public class OverviewBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private void SkipWithoutBrowser() => Skip.If(browser.SkipReason is not null, browser.SkipReason);

    /// <summary>The AGS of data/regions.csv of the default project.</summary>
    private static List<string> RegionAgs() =>
        File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[0]).ToList();

    /// <summary>Scrolls the page through (the map is drawn when it comes into view) and waits until every map is drawn.</summary>
    private static async Task DrawMaps(IPage page)
    {
        if (await page.Locator(".map").CountAsync() == 0) return;
        await page.Locator(".map").First.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.map')].every(m => m.classList.contains('map-drawn'))",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    [SkippableTheory]
    [InlineData("", 390)]
    [InlineData("", 1280)]
    [InlineData("2023/", 390)]
    [InlineData("2023/", 1280)]
    [InlineData("2025/", 390)]
    [InlineData("2025/", 1280)]
    [InlineData("methodik/", 390)]
    [InlineData("methodik/", 1280)]
    public async Task No_sideways_scrolling_no_axe_violation_no_error_and_no_foreign_request(string path, int width)
    {
        SkipWithoutBrowser();
        Skip.IfNot(File.Exists(BrowserFixture.AxePath), "axe-core is not installed (cd tests/browser && npm ci; .ci/run does this)");
        var (page, problems) = await browser.OpenAsync(path, width);
        await DrawMaps(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} at {width} px scrolls sideways by {overflow} px");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserFixture.AxePath });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice'] })).violations" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(' | ')))");
        var violations = JsonSerializer.Deserialize<string[]>(json)!;
        Assert.True(violations.Length == 0, $"{path} at {width} px:\n" + string.Join("\n", violations));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("2023/")]
    [InlineData("2025/")]
    public async Task The_overview_table_fits_1280_px_without_scrolling(string path)
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync(path, 1280);
        var columns = await page.Locator("#uebersicht thead th").CountAsync();
        Assert.True(columns >= 7, $"expected at least five target columns, found {columns - 2}");
        var sizes = await page.EvaluateAsync<double[]>(
            "() => { const t = document.getElementById('uebersicht'); const m = document.querySelector('main'); const r = t.getBoundingClientRect();" +
            " return [r.right, m.getBoundingClientRect().right, t.scrollWidth, t.clientWidth]; }");
        Assert.True(sizes[0] <= sizes[1] + 0.5, $"the table ends at {sizes[0]} px, beyond the content ({sizes[1]} px)");
        Assert.True(sizes[2] <= sizes[3] + 1, $"the table scrolls: {sizes[2]} > {sizes[3]}");
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("", 390)]
    [InlineData("", 1280)]
    [InlineData("2023/", 390)]
    [InlineData("2023/", 1280)]
    public async Task The_map_has_one_shape_per_region_and_shows_the_attribution(string path, int width)
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync(path, width);
        await DrawMaps(page);
        var regions = RegionAgs();
        // Every feature of data/karte.geojson (53 Kreise of NRW) is one path; the 18 regions of regions.csv are among them.
        var paths = await page.Locator(".map path.choroplethlocation").CountAsync();
        Assert.Equal(53, paths);
        var located = await page.EvaluateAsync<string[]>("() => document.querySelector('.map').data.flatMap(t => t.locations)");
        Assert.Equal(53, located.Length);
        foreach (var ags in regions) Assert.Contains(ags, located);
        // The coloured trace (the last) has exactly the regions with targets; in 2023 and 2025 all 18 have an agreement.
        var coloured = await page.EvaluateAsync<string[]>("() => { const d = document.querySelector('.map').data; return d[d.length - 1].locations; }");
        Assert.Equal(regions.Order(), coloured.Order());
        var attribution = page.Locator(".map-attribution");
        Assert.True(await attribution.IsVisibleAsync());
        Assert.Contains("© GeoBasis-DE / BKG (2021)", await attribution.InnerTextAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Hovering_a_region_names_it_with_its_value_and_a_click_opens_its_page()
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("2023/", 1280);
        await DrawMaps(page);
        var index = await page.EvaluateAsync<int>("() => { const d = document.querySelector('.map').data; return d[d.length - 1].locations.indexOf('05554'); }");
        Assert.True(index >= 0);
        var traces = await page.Locator(".map g.trace.choropleth").CountAsync();
        var shape = page.Locator(".map g.trace.choropleth").Nth(traces - 1).Locator("path.choroplethlocation").Nth(index);
        await page.Locator(".map").ScrollIntoViewIfNeededAsync();
        var box = (await shape.BoundingBoxAsync())!;
        // plotly answers mouse moves (not a pointer that appears somewhere): come from outside the shape, in steps.
        await page.Mouse.MoveAsync(box.X - 20, box.Y - 20);
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2, new MouseMoveOptions { Steps = 8 });
        await page.WaitForFunctionAsync("() => document.querySelector('.map .hoverlayer').textContent.includes('Kreis Borken')",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var hover = await page.Locator(".map .hoverlayer").TextContentAsync();
        var row = await page.Locator("#uebersicht tr[data-ags='05554'] td.n").TextContentAsync();
        Assert.Contains(row!.Trim() + " Zielen erreicht", hover);
        // plotly reports a click on a shape as plotly_click with the shape's point (a real mouse click is timing-dependent
        // under load); the point of Borken carries its page, and the map opens it.
        var href = await page.EvaluateAsync<string>($"() => {{ const d = document.querySelector('.map').data; return d[d.length - 1].customdata[{index}]; }}");
        Assert.EndsWith("/2023/kreis-borken/index.html", href);
        // Listen for the navigation before the click, so that a fast navigation is not missed.
        var navigated = page.WaitForURLAsync("**/2023/kreis-borken/index.html", new PageWaitForURLOptions { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        await page.EvaluateAsync($"() => {{ const m = document.querySelector('.map'); const d = m.data; setTimeout(() => m.emit('plotly_click', {{ points: [{{ customdata: d[d.length - 1].customdata[{index}] }}] }}), 0); }}");
        await navigated;
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_overview_sorts_by_any_column_and_filters_by_name()
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("2023/", 1280);
        var names = "() => [...document.querySelectorAll('#uebersicht tbody tr')].filter(r => !r.hidden).map(r => r.cells[0].textContent.trim())";
        var before = await page.EvaluateAsync<string[]>(names);
        Assert.Equal(before.Order(StringComparer.Ordinal), before);

        // The first target column (Integrationen): highest change first, then lowest first.
        var header = page.Locator("#uebersicht thead th").Nth(1);
        await header.Locator("button").ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        var values = "() => [...document.querySelectorAll('#uebersicht tbody tr')].map(r => r.cells[1]).filter(c => !c.classList.contains('x'))" +
                     ".map(c => parseFloat(c.firstChild.textContent.replace('\u2212', '-').replace(/\\./g, '').replace(',', '.')))";
        var down = await page.EvaluateAsync<double[]>(values);
        Assert.True(down.Length >= 10);
        Assert.Equal(down.OrderDescending(), down);
        await header.Locator("button").ClickAsync();
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(down.Order(), await page.EvaluateAsync<double[]>(values));

        // The region column: Z to A after two clicks; the other headers lose aria-sort.
        var region = page.Locator("#uebersicht thead th").First;
        await region.Locator("button").ClickAsync();
        await region.Locator("button").ClickAsync();
        Assert.Equal("descending", await region.GetAttributeAsync("aria-sort"));
        Assert.Null(await header.GetAttributeAsync("aria-sort"));
        var reversed = await page.EvaluateAsync<string[]>(names);
        Assert.Equal("Stadt Wuppertal", reversed[0]);

        await page.FillAsync("#region-filter", "borken");
        Assert.Equal(["Kreis Borken"], await page.EvaluateAsync<string[]>(names));
        Assert.Contains("1 von 18 Regionen", await page.Locator(".mx-status").TextContentAsync());
        await page.FillAsync("#region-filter", "stadt m");
        Assert.Equal(["Stadt Münster", "Stadt Mülheim an der Ruhr"], (await page.EvaluateAsync<string[]>(names)).OrderDescending(StringComparer.Ordinal));
        await page.FillAsync("#region-filter", "");
        Assert.Equal(18, (await page.EvaluateAsync<string[]>(names)).Length);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_overview_sorts_a_target_column_by_the_distance_to_the_target()
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("2023/", 1280);
        // The distance each cell shows ("· Abstand −0,1 Pkt."), read from its text, not from its sort key.
        var distances = "() => [...document.querySelectorAll('#uebersicht tbody tr')].map(r => r.cells[1]).filter(c => !c.classList.contains('x'))" +
                        ".map(c => { const m = /Abstand ([+\u2212±])(\\d+(?:,\\d+)?)/.exec(c.textContent); return (m[1] === '\u2212' ? -1 : 1) * parseFloat(m[2].replace(',', '.')); })";
        await page.GetByLabel("Abstand zum Ziel").CheckAsync();
        var header = page.Locator("#uebersicht thead th").Nth(1);
        await header.Locator("button").ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        var best = await page.EvaluateAsync<double[]>(distances);
        Assert.True(best.Length >= 10);
        Assert.Equal(best.OrderDescending(), best);
        Assert.True(best[0] > 0 && best[^1] < 0, "the column has targets beaten and missed");
        Assert.Contains("Abstand zum Ziel, absteigend", await page.Locator(".mx-status").TextContentAsync());
        // Back to the Ist-Wert: the same column re-sorts by the value shown, in the same direction.
        await page.GetByLabel("Ist-Wert").CheckAsync();
        var values = "() => [...document.querySelectorAll('#uebersicht tbody tr')].map(r => r.cells[1]).filter(c => !c.classList.contains('x'))" +
                     ".map(c => parseFloat(c.firstChild.textContent.replace('\u2212', '-').replace(/\\./g, '').replace(',', '.')))";
        var down = await page.EvaluateAsync<double[]>(values);
        Assert.Equal(down.OrderDescending(), down);
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Below_600_px_each_region_is_a_card_with_labelled_values()
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync("2023/", 390);
        var card = await page.EvaluateAsync<double[]>(
            "() => { const r = document.querySelector('#uebersicht tbody tr'); const b = r.getBoundingClientRect(); const td = r.querySelector('td');" +
            " return [b.width, getComputedStyle(r).display === 'grid' ? 1 : 0, getComputedStyle(td, '::before').content.length]; }");
        Assert.True(card[0] <= 390 - 20, $"a card is {card[0]} px wide");
        Assert.Equal(1, card[1]);
        Assert.True(card[2] > 3, "a card's cell has no label");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_404_page_served_at_a_nested_address_keeps_its_styles_and_links()
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("", 1280);
        var notFound = await File.ReadAllBytesAsync(Path.Combine(browser.Site, "404.html"));
        // A server answers every missing address with 404.html: here /a/b/c/.
        await page.RouteAsync("**/a/b/c/", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = notFound }));
        problems.Clear();
        await page.GotoAsync(browser.Server.Url("a/b/c/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.Equal("rgb(31, 78, 121)", background);
        var start = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('main a')].find(a => a.textContent.includes('Startseite')).href");
        Assert.Equal(browser.Server.Url("index.html"), start);
        Assert.DoesNotContain(problems, p => !p.Contains("/a/b/c/", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
