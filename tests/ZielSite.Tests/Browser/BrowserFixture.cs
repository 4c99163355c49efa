using Microsoft.Playwright;
using ZielSite.Build;

namespace ZielSite.Tests.Browser;

/// <summary>
/// Builds the default project, serves it on 127.0.0.1 and starts Debian's Chromium through Playwright
/// (never a downloaded browser). Where Chromium or axe-core is missing, <see cref="SkipReason"/> says why
/// and the tests report skipped.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempDir _temp = new();
    private IPlaywright? _playwright;
    private StaticServer? _server;

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public static string AxePath => Path.Combine(TestPaths.RepoRoot, "tests", "browser", "node_modules", "axe-core", "axe.min.js");

    public StaticServer Server => _server ?? throw new InvalidOperationException("no server");

    public string Site => _temp["site"];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does this)";
            return;
        }
        var result = SiteBuilder.Build(new BuildOptions(TestPaths.RepoRoot, Site, BuiltinDir: TestPaths.BuiltinDir));
        if (!result.Written) throw new InvalidOperationException("the default project did not build:\n" + string.Join("\n", result.Diagnostics));
        _server = new StaticServer(Site);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A new page that records console errors, failed requests and every request to another host.</summary>
    /// <param name="touch">A phone's browser: a touch screen (taps) and the mobile viewport.</param>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(string path, int width = 1280, int height = 900, bool touch = false)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = touch,
            IsMobile = touch,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add($"console error: {m.Text} at {m.Location}"); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) =>
        {
            var uri = new Uri(r.Url);
            if (uri.Scheme is "http" or "https" && !(uri.Host == "127.0.0.1" && uri.Port == Server.Port))
                problems.Add("request to another host: " + r.Url);
        };
        page.RequestFailed += (_, r) => problems.Add("failed request: " + r.Url);
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"HTTP {r.Status}: {r.Url}"); };
        await page.GotoAsync(Server.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return (page, problems);
    }

    /// <summary>axe-core's violations of WCAG 2.0/2.1 A and AA and its best practices on the page as it is now, one line each.</summary>
    public static async Task<string[]> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxePath });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice'] })).violations" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(' | ')))");
        return System.Text.Json.JsonSerializer.Deserialize<string[]>(json)!;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _temp.Dispose();
    }
}
