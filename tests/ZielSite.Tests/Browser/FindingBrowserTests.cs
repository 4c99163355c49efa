using Microsoft.Playwright;

namespace ZielSite.Tests.Browser;

/// <summary>
/// Finding a region in real Chromium on the default project: the search page as one types (indicator codes and names,
/// a city of NRW that is not in the project, a region with its years), the region picker at the top of the start page,
/// and the map on a touch screen (a tap shows name, value and verdict with a link; it does not navigate).
/// </summary>
[Trait("Category", "Browser")]
public class FindingBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private void SkipWithoutBrowser() => Skip.If(browser.SkipReason is not null, browser.SkipReason);

    private static Task<string[]> Titles(IPage page, string group) => page.EvaluateAsync<string[]>(
        "g => { const h = [...document.querySelectorAll('#suchergebnisse h2')].find(e => e.textContent.startsWith(g)); " +
        "return h ? [...h.nextElementSibling.children].map(li => li.firstElementChild.textContent) : []; }", group);

    private static Task<string[]> Headings(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#suchergebnisse h2')].map(h => h.textContent)");

    private static async Task<string> Status(IPage page) => (await page.Locator("#suchstatus").TextContentAsync())!;

    [SkippableFact]
    public async Task Typing_K2_finds_the_Integrationsquote_first_and_its_Ergaenzungsgroessen()
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("suche/", 390);
        await page.Locator("#suchbegriff").PressSequentiallyAsync("K2");
        Assert.Equal("5 Treffer für „K2“.", await Status(page));
        Assert.Equal(["Kennzahlen und Ziele (5)"], await Headings(page));
        Assert.Equal(["Integrationsquote (K2)", "Eintritte in geringfügige Beschäftigung (K2E1)", "Eintritte in öffentlich geförderte Beschäftigung (K2E2)",
            "Nachhaltigkeit der Integrationen (K2E3)", "Integrationsquote der Alleinerziehenden (K2E4)"], await Titles(page, "Kennzahlen"));
        // The K2 result links its section of the method page and the overviews, newest first, with the verdict count.
        var first = page.Locator(".search-results > li").First;
        Assert.EndsWith("/methodik/index.html#kennzahlen", await first.Locator("> a").EvaluateAsync<string>("a => a.href"));
        var years = await first.Locator(".search-years li").AllTextContentsAsync();
        Assert.Equal(5, years.Count);   // 2020 had no agreements
        Assert.StartsWith("Übersicht 2025: ", years[0]);
        Assert.EndsWith("Zielen auf Kurs (Stand Juni)", years[0]);
        Assert.StartsWith("Übersicht 2024: ", years[1]);
        Assert.EndsWith("Zielen erreicht", years[1]);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Integrationsquote_finds_every_indicator_of_that_name_and_no_region()
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync("suche/?q=Integrationsquote", 1280);
        Assert.Equal(["Kennzahlen und Ziele (4)"], await Headings(page));
        // The word itself first, then where it begins a longer word ("Integrationsquoten").
        Assert.Equal(["Integrationsquote (K2)", "Integrationsquote der Alleinerziehenden (K2E4)", "Integrationsquote der Langzeitleistungsbeziehenden (K3E1)",
            "Abstand der Integrationsquoten von Männern und Frauen"], await Titles(page, "Kennzahlen"));
        Assert.Equal("Integrationsquote", await page.Locator("#suchbegriff").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("Köln")]
    [InlineData("koeln")]
    [InlineData("KOLN")]
    public async Task Koeln_gets_the_sentence_that_it_is_no_zugelassener_kommunaler_Traeger(string query)
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("suche/", 390);
        await page.FillAsync("#suchbegriff", query);
        var status = await Status(page);
        Assert.StartsWith($"Keine Treffer für „{query}“. Köln ist kein zugelassener kommunaler Träger. Das Jobcenter dort ist eine gemeinsame Einrichtung von Kommune und Bundesagentur für Arbeit;", status);
        Assert.Equal(1, await page.Locator("#suchstatus .search-outside").CountAsync());
        Assert.Empty(await Headings(page));
        var back = page.Locator("#suchergebnisse a[href$='index.html#regionen']");
        Assert.Equal(1, await back.CountAsync());
        // Axe on the page with the sentence shown.
        if (File.Exists(BrowserFixture.AxePath))
        {
            var axe = await BrowserFixture.AxeViolationsAsync(page);
            Assert.True(axe.Length == 0, string.Join("\n", axe));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Borken_finds_the_region_with_its_years_newest_first_and_no_sentence()
    {
        SkipWithoutBrowser();
        var (page, _) = await browser.OpenAsync("suche/", 1280);
        await page.FillAsync("#suchbegriff", "Borken");
        Assert.Equal("1 Treffer für „Borken“.", await Status(page));
        Assert.Equal(["Regionen (1)"], await Headings(page));
        var hit = page.Locator(".search-results > li").First;
        Assert.Equal("Kreis Borken", await hit.Locator("> a").TextContentAsync());
        Assert.EndsWith("/2025/kreis-borken/index.html", await hit.Locator("> a").EvaluateAsync<string>("a => a.href"));
        Assert.Equal("Kreis, AGS 05554", await hit.Locator(".search-detail").TextContentAsync());
        var years = await hit.Locator(".search-years li").AllTextContentsAsync();
        Assert.Equal(["2025", "2024", "2023", "2022", "2021", "2020"], years.Select(y => y[..4]));
        // The verdict count of 2025 is the one the start page's table shows.
        var (start, _) = await browser.OpenAsync("", 1280);
        var row = (await start.Locator("#karte-tabelle tr[data-ags='05554'] td.n").TextContentAsync())!.Trim();
        Assert.Equal($"2025: {row} Zielen auf Kurs (Stand Juni)", years[0]);
        Assert.Equal("2020: keine Zielvereinbarung mit auswertbaren Zielen", years[^1]);
        await start.Context.CloseAsync();
        // Umlauts either way, and a year's overview.
        await page.FillAsync("#suchbegriff", "muelheim");
        Assert.Equal(["Stadt Mülheim an der Ruhr"], await Titles(page, "Regionen"));
        await page.FillAsync("#suchbegriff", "Übersicht");
        Assert.Equal(["Übersicht 2025", "Übersicht 2024", "Übersicht 2023", "Übersicht 2022", "Übersicht 2021", "Übersicht 2020"], await Titles(page, "Übersichten"));
        await page.FillAsync("#suchbegriff", "Hochrechnung");
        Assert.Equal(["Methodik: Hochrechnung"], await Titles(page, "Seiten"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_search_works_from_disk()
    {
        SkipWithoutBrowser();
        var context = await browser.Browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(Path.Combine(browser.Site, "suche", "index.html")).AbsoluteUri + "?q=K2E3");
        Assert.Equal(["Nachhaltigkeit der Integrationen (K2E3)"], await Titles(page, "Kennzahlen"));
        Assert.Empty(errors);
        await context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(320, 568)]
    [InlineData(390, 664)]
    public async Task The_region_picker_is_in_the_first_screen_of_a_phone_and_opens_the_chosen_page(int width, int height)
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("", width, height, touch: true);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Seite öffnen" });
        var select = page.GetByLabel("Region wählen");
        Assert.True(await select.IsVisibleAsync());
        foreach (var box in new[] { await select.BoundingBoxAsync(), await button.BoundingBoxAsync() })
        {
            Assert.True(box!.Y + box.Height <= height, $"at {width} × {height} px a control of the picker ends at {box.Y + box.Height} px");
            Assert.True(box.Height >= 44, $"a control of the picker is {box.Height} px high");
        }
        Assert.Equal(18, await select.Locator("option[data-href]").CountAsync());
        await select.SelectOptionAsync(new SelectOptionValue { Label = "Kreis Borken" });
        await page.WaitForTimeoutAsync(300);
        Assert.DoesNotContain("kreis-borken", page.Url);   // choosing alone does not navigate
        var navigated = page.WaitForURLAsync("**/2025/kreis-borken/index.html", new PageWaitForURLOptions { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        await button.TapAsync();
        await navigated;
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    /// <summary>The centre of a region's shape on the start page's map (the map drawn first and scrolled into view), in viewport coordinates.</summary>
    private static async Task<(float X, float Y)> ShapeCentre(IPage page, string ags)
    {
        await page.Locator(".map").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.map').classList.contains('map-drawn')", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var found = await page.EvaluateAsync<int[]>($"() => {{ const d = document.querySelector('.map').data; for (let t = 0; t < d.length; t++) {{ const i = d[t].locations.indexOf('{ags}'); if (i >= 0) return [t, i]; }} return [-1, -1]; }}");
        var (trace, index) = (found[0], found[1]);
        Assert.True(trace >= 0, $"{ags} is not on the map");
        var shape = page.Locator(".map g.trace.choropleth").Nth(trace).Locator("path.choroplethlocation").Nth(index);
        var box = (await shape.BoundingBoxAsync())!;
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    [SkippableFact]
    public async Task A_tap_on_the_map_shows_name_value_and_verdict_with_a_link_and_a_second_tap_opens_the_page()
    {
        SkipWithoutBrowser();
        var (page, problems) = await browser.OpenAsync("", 390, 844, touch: true);
        var start = page.Url;
        var (x, y) = await ShapeCentre(page, "05554");
        await page.Touchscreen.TapAsync(x, y);
        var panel = page.Locator(".map-panel");
        await panel.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        var row = (await page.Locator("#karte-tabelle tr[data-ags='05554'] td.n").TextContentAsync())!.Trim();   // "2 von 5"
        var share = (await page.Locator("#karte-tabelle tr[data-ags='05554'] td").Nth(1).TextContentAsync())!.Trim();   // "40 %"
        static string Spaces(string s) => s.Replace('\u00a0', ' ').Replace('\u202f', ' ');
        Assert.Equal(Spaces($"Kreis Borken: {row} Zielen auf Kurs ({share})."), Spaces((await panel.Locator("[role=status]").TextContentAsync())!));
        var link = panel.Locator("a.map-panel-link");
        Assert.Equal("Seite öffnen: Kreis Borken", await link.TextContentAsync());
        Assert.EndsWith("/2025/kreis-borken/index.html", await link.EvaluateAsync<string>("a => a.href"));
        // The tap did not navigate.
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(start, page.Url);
        if (File.Exists(BrowserFixture.AxePath))
        {
            var axe = await BrowserFixture.AxeViolationsAsync(page);
            Assert.True(axe.Length == 0, string.Join("\n", axe));
        }

        // A shape of NRW outside the project (Köln): its name and that it is not part of the agreements, no link.
        var (kx, ky) = await ShapeCentre(page, "05315");
        await page.Touchscreen.TapAsync(kx, ky);
        await page.WaitForFunctionAsync("() => document.querySelector('.map-panel [role=status]').textContent.startsWith('Köln')");
        Assert.Equal("Köln: nicht Teil der Zielvereinbarungen.", await panel.Locator("[role=status]").TextContentAsync());
        Assert.False(await link.IsVisibleAsync());
        Assert.Equal(start, page.Url);

        // Borken again (its centre measured again: finding Köln may have scrolled): the first tap chooses it, the second opens its page.
        (x, y) = await ShapeCentre(page, "05554");
        await page.Touchscreen.TapAsync(x, y);
        await page.WaitForFunctionAsync("() => document.querySelector('.map-panel [role=status]').textContent.startsWith('Kreis Borken')");
        var navigated = page.WaitForURLAsync("**/2025/kreis-borken/index.html", new PageWaitForURLOptions { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        await page.Touchscreen.TapAsync(x, y);
        await navigated;
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
