using System.Text;
using Microsoft.Playwright;
using ZielSite.Build;
using ZielSite.Tests.Hardening;

namespace ZielSite.Tests.Browser;

/// <summary>
/// Issue 19 §6: a site built from hostile inputs (region and total names with markup and links, a page with
/// generic attributes, media links and script, a strings.json that tries to end a CSS string) opened page by page
/// in real Chromium, every chart and the map drawn: no dialog, no script error, no request to another host, and no
/// link to another host in the drawn DOM.
/// </summary>
[Trait("Category", "Browser")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the test class through IAsyncLifetime.DisposeAsync.")]
public sealed class HostileBrowserTests : IAsyncLifetime
{
    private const string Evil = "evil.example";
    private readonly TestProject _project = new();
    private readonly TempDir _out = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticServer? _server;
    private string? _skip;

    private string Site => _out["site"];

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath)) { _skip = "Chromium is not installed at /usr/bin/chromium"; return; }
        var name = $"Stadt <img src=x onerror=alert(1)>\"><svg onload=alert(2)> <a href=\"https://{Evil}/\">Essen</a> <b>fett</b>";
        Replace("data/regions.csv", "Stadt Essen", name.Replace("\"", "'"));
        Replace("content/agreements/2025/essen.txt", "Stadt Essen", name.Replace("\"", "'"));
        _project.Write("zielsite.json", $$"""{ "contact": "kontakt@zielsite-korpus.de", "total_name": "alle <a href='https://{{Evil}}/'>zkT</a> <script>alert(3)</script>" }""");
        _project.Write("content/pages/angriff.md", $$"""
            # Angriff

            ![Bild](../assets/favicon.svg){onload="alert(4)"}

            ## Hintergrund {style="background:url(https://{{Evil}}/a.png)"}

            [Link](../index.html){srcset="https://{{Evil}}/1.png 1x" onmouseover="alert(5)"}

            <script>alert(7)</script>

            <img src="https://{{Evil}}/t.png" onerror="alert(8)">

            ::: warning
            Gefälschter Hinweis
            :::

            """);
        Directory.CreateDirectory(_project["templates"]);
        _project.Write("templates/strings.json", """{ "overview_card_positive": "Ziele\r\"} body { background: url(https://evil.example/c.png) } .x { content: \"" }""");
        var result = SiteBuilder.Build(new BuildOptions(_project.Root, Site, false, TestPaths.BuiltinDir));
        if (!result.Written) throw new InvalidOperationException("the hostile project did not build:\n" + string.Join("\n", result.Diagnostics));
        _server = new StaticServer(Site);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    private void Replace(string relative, string from, string to)
    {
        var text = File.ReadAllText(_project[relative]);
        Assert.Contains(from, text);
        File.WriteAllText(_project[relative], text.Replace(from, to));
    }

    [SkippableFact]
    public async Task No_page_built_from_hostile_inputs_runs_script_opens_a_dialog_or_reaches_another_host()
    {
        Skip.If(_skip is not null, _skip);
        var pages = Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Site, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("quellen/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 8, $"only {pages.Count} pages");
        Assert.Contains("angriff/index.html", pages);
        var problems = new List<string>();
        foreach (var path in pages)
        {
            var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            page.Dialog += (_, d) => { problems.Add($"{path}: dialog '{d.Message}'"); _ = d.DismissAsync(); };
            page.PageError += (_, e) => problems.Add($"{path}: page error {e}");
            page.Console += (_, m) => { if (m.Type == "error") problems.Add($"{path}: console error {m.Text}"); };
            page.Request += (_, r) =>
            {
                var uri = new Uri(r.Url);
                if (uri.Scheme is "http" or "https" && !(uri.Host == "127.0.0.1" && uri.Port == _server!.Port))
                    problems.Add($"{path}: request to another host {r.Url}");
            };
            await page.GotoAsync(_server!.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // Everything drawn on coming into view (charts, the map) is drawn: scroll through, then give plotly time.
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            for (var y = 0; y < height; y += 700) await page.EvaluateAsync($"() => window.scrollTo(0, {y})");
            await page.WaitForTimeoutAsync(400);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Markup from input: an event handler, srcset, iframe, a resource of another host anywhere; a link of
            // another host inside a chart or the map (plotly draws its texts as small HTML). A link an author wrote
            // in a page is a link (the link check warns about it), not markup from input.
            var links = await page.EvaluateAsync<string[]>(
                $"() => [...document.querySelectorAll('[src], [srcset], [onload], [onerror], [onmouseover], iframe, .chart a, .map a, svg a')]" +
                $".filter(e => (e.getAttribute('src') || '').includes('{Evil}') || e.hasAttribute('srcset') || e.closest('.chart, .map, svg')" +
                " || e.hasAttribute('onload') || e.hasAttribute('onerror') || e.hasAttribute('onmouseover') || e.tagName === 'IFRAME')" +
                ".map(e => e.outerHTML.slice(0, 160))");
            problems.AddRange(links.Select(l => $"{path}: live markup from input {l}"));
            var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundImage");
            if (background.Contains(Evil, StringComparison.Ordinal)) problems.Add($"{path}: body background from strings.json: {background}");
            await context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The hostile texts are there, as text.
        var overview = File.ReadAllText(Path.Combine(Site, "2025", "index.html"), Encoding.UTF8);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", overview);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _out.Dispose();
        _project.Dispose();
    }
}
