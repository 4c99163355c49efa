using System.Text.Json;
using Microsoft.Playwright;

namespace ZielSite.Tests.Browser;

/// <summary>
/// The region page of a past year (Kreis Borken 2023) and of the current year (Stadt Essen 2025) in Chromium at a
/// phone's and a desktop's width: no page-level horizontal scroll, every verdict card inside the viewport on the
/// phone, all charts drawn once scrolled to, axe-core without any violation, no console error, no other host.
/// </summary>
[Trait("Category", "Browser")]
public class RegionPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, int> Pages => new()
    {
        { "2023/kreis-borken/", 390 },
        { "2023/kreis-borken/", 1280 },
        { "2025/stadt-essen/", 390 },
        { "2025/stadt-essen/", 1280 },
    };

    private void SkipWithoutBrowser() => Skip.If(browser.SkipReason is not null, browser.SkipReason);

    /// <summary>Scrolls every chart into view (they are drawn only then) and waits until each has plotly's SVG.</summary>
    private static async Task<int> DrawAllChartsAsync(IPage page)
    {
        var ids = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('figure .chart')].map(e => e.id)");
        foreach (var id in ids)
        {
            await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", id);
            await page.WaitForFunctionAsync("id => document.querySelector('#' + id + '.js-plotly-plot .main-svg')", id,
                new PageWaitForFunctionOptions { Timeout = 30000 });
        }
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        return ids.Length;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task The_page_fits_the_width_and_draws_every_chart_without_errors(string path, int width)
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync(path, width, 844);
        var charts = await DrawAllChartsAsync(page);
        Assert.True(charts >= 5, $"expected at least 5 charts, found {charts}");
        // Before any chart is near the screen plotly.js is not loaded; after scrolling, once.
        var plotlyLoads = await page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(e => e.name.includes('plotly')).length");
        Assert.Equal(1, plotlyLoads);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px at {width} px");
        // Every chart's frame stays in the text column (its figure), and plotly's SVG inside the frame (with the frame as a
        // border-box border, the SVG stood 2 px past both).
        var outside = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('figure .chart')].flatMap(c => {
            const f = c.getBoundingClientRect(), col = c.closest('figure').getBoundingClientRect(), out = [];
            if (f.left < col.left - 0.5 || f.right > col.right + 0.5) out.push(c.id + ' frame ' + f.left + '..' + f.right + ' column ' + col.left + '..' + col.right);
            c.querySelectorAll('.main-svg').forEach(s => { const r = s.getBoundingClientRect();
                if (r.left < f.left - 0.5 || r.right > f.right + 0.5) out.push(c.id + ' svg ' + r.left + '..' + r.right + ' frame ' + f.left + '..' + f.right); });
            return out; })");
        Assert.True(outside.Length == 0, string.Join("\n", outside));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task A_jump_from_the_page_menu_shows_its_heading_below_the_sticky_menu(int width)
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("2023/kreis-borken/", width, 700);
        var targets = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.page-menu a')].map(a => a.getAttribute('href'))");
        Assert.Equal(["#ziele", "#verlauf", "#vergleich", "#vereinbarung", "#daten"], targets);
        foreach (var href in targets)
        {
            await page.ClickAsync($".page-menu a[href='{href}']");
            await page.WaitForTimeoutAsync(300);
            // The menu sticks to the top; the heading it jumped to must stand below it, not under it.
            var gap = await page.EvaluateAsync<double>(@"h => document.querySelector(h).getBoundingClientRect().top
                - document.querySelector('.page-menu').getBoundingClientRect().bottom", href);
            Assert.True(gap >= 0, $"at {width} px the heading {href} is {-gap} px under the page menu");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableTheory]
    [InlineData("2023/kreis-borken/")]
    [InlineData("2025/stadt-essen/")]
    public async Task Every_verdict_card_is_inside_the_viewport_on_a_phone(string path)
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync(path, 390, 844);
        var json = await page.EvaluateAsync<string>(
            "() => JSON.stringify([...document.querySelectorAll('.verdict-card, .verdict-card *')].map(e => { const r = e.getBoundingClientRect();" +
            " return { t: e.className.baseVal ?? e.className, l: r.left, r: r.right, text: e.textContent.trim().slice(0, 40) }; }))");
        var boxes = JsonSerializer.Deserialize<JsonElement[]>(json)!;
        Assert.True(boxes.Length > 10, $"only {boxes.Length} card elements");
        var cards = await page.Locator(".verdict-card").CountAsync();
        Assert.True(cards >= 5, $"expected a card per target (5), found {cards}");
        var outside = boxes.Where(b => b.GetProperty("l").GetDouble() < 0 || b.GetProperty("r").GetDouble() > 390)
            .Select(b => $"{b.GetProperty("t")} '{b.GetProperty("text")}' {b.GetProperty("l")}..{b.GetProperty("r")}").ToList();
        Assert.True(outside.Count == 0, "outside the 390 px viewport:\n" + string.Join("\n", outside));
        // The verdict word is on the card itself, not only a colour.
        var verdicts = await page.Locator(".verdict-card .card-verdict").AllInnerTextsAsync();
        Assert.All(verdicts, v => Assert.Matches("erreicht|verfehlt|auf Kurs|keine Daten", v));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violation_with_the_charts_drawn(string path, int width)
    {
        SkipWithoutBrowser();
        Skip.IfNot(File.Exists(BrowserFixture.AxePath), "axe-core is not installed (cd tests/browser && npm ci; .ci/run does this)");
        var (page, problems) = await browser.OpenAsync(path, width, 844);
        await DrawAllChartsAsync(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserFixture.AxePath });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice'] })).violations" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(' | ')))");
        var violations = JsonSerializer.Deserialize<string[]>(json)!;
        Assert.True(violations.Length == 0, string.Join("\n", violations));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_chart_offers_a_csv_of_exactly_its_table()
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync("2023/kreis-borken/", 1280, 900);
        await page.EvaluateAsync("() => document.getElementById('chart-lzb').scrollIntoView()");
        var link = page.Locator("#chart-lzb").Locator("xpath=..").Locator("a.chart-csv"); // added when the chart is drawn
        await link.WaitForAsync(new LocatorWaitForOptions { Timeout = 30000 });
        var href = await link.GetAttributeAsync("href");
        Assert.NotNull(href);
        var csv = Uri.UnescapeDataString(href!["data:text/csv;charset=utf-8,".Length..]);
        var lines = csv.TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.Equal("Langzeitleistungsbeziehende im Durchschnitt: Werte", lines[0]);
        Assert.Equal("Monat;Durchschnitt 2023;Durchschnitt 2022;Zielpfad (höchstens −5,2 %)", lines[1]);
        Assert.Equal(1 + 1 + 12, lines.Length); // caption, header, January..December
        Assert.StartsWith("Dez;6.555;6.900;", lines[^1]);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("2025/kreis-borken/", 320)]
    [InlineData("2025/kreis-borken/", 768)]
    [InlineData("2025/kreis-borken/", 1280)]
    [InlineData("2023/stadt-muelheim-an-der-ruhr/", 320)]
    public async Task The_comparison_figures_fit_the_width_and_their_labels_neither_collide_nor_leave_the_figure(string path, int width)
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync(path, width, 844);
        var json = await page.EvaluateAsync<string>(@"() => JSON.stringify([...document.querySelectorAll('svg.cmp-svg')].map(svg => {
            const s = svg.getBoundingClientRect(), col = svg.closest('figure').getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].filter(t => getComputedStyle(t).display !== 'none')
                .map(t => { const r = t.getBoundingClientRect(); return { text: t.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom }; });
            return { id: svg.closest('figure').id, l: s.left, r: s.right, cl: col.left, cr: col.right, texts };
        }))");
        var figures = JsonSerializer.Deserialize<JsonElement[]>(json)!;
        Assert.True(figures.Length >= 5, $"expected a comparison figure per target, found {figures.Length}");
        var bad = new List<string>();
        foreach (var f in figures)
        {
            var id = f.GetProperty("id").GetString();
            var (l, r) = (f.GetProperty("l").GetDouble(), f.GetProperty("r").GetDouble());
            if (l < f.GetProperty("cl").GetDouble() - 0.5 || r > f.GetProperty("cr").GetDouble() + 0.5) bad.Add($"{id}: svg {l}..{r} outside its figure");
            var texts = f.GetProperty("texts").EnumerateArray().Select(t => (Text: t.GetProperty("text").GetString(), L: t.GetProperty("l").GetDouble(),
                R: t.GetProperty("r").GetDouble(), T: t.GetProperty("t").GetDouble(), B: t.GetProperty("b").GetDouble())).ToList();
            Assert.True(texts.Count >= 8, $"{id}: only {texts.Count} labels");
            foreach (var t in texts)
                if (t.L < l - 0.5 || t.R > r + 0.5) bad.Add($"{id}: '{t.Text}' {t.L}..{t.R} leaves the figure {l}..{r}");
            for (var i = 0; i < texts.Count; i++)
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (texts[i], texts[j]);
                    if (a.L < b.R - 0.5 && b.L < a.R - 0.5 && a.T < b.B - 0.5 && b.T < a.B - 0.5) bad.Add($"{id}: '{a.Text}' and '{b.Text}' overlap");
                }
            // Below 40rem the short label, from 40rem the full one: never both.
            Assert.Equal(texts.Count, texts.Select(t => (Math.Round(t.T), t.Text)).Distinct().Count());
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px at {width} px");
        // The table behind each figure opens into a focusable box that scrolls inside the page, not the page itself.
        await page.EvaluateAsync("() => document.querySelectorAll('details.cmp-details').forEach(d => d.open = true)");
        overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"with the tables open the page scrolls sideways by {overflow} px at {width} px");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
