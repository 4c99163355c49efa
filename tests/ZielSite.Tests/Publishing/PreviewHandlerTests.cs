using System.Net;
using System.Net.Sockets;
using System.Text;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public sealed class PreviewHandlerTests : IDisposable
{
    private readonly TempDir _site = new();

    public PreviewHandlerTests()
    {
        Samples.WriteTo(_site.Path, Samples.Site());
        File.WriteAllText(_site[".zielsite-output"], "marker");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site.Path)!, "zielsite-secret.txt"), "secret");
    }

    public void Dispose()
    {
        File.Delete(Path.Combine(Path.GetDirectoryName(_site.Path)!, "zielsite-secret.txt"));
        _site.Dispose();
    }

    private PreviewResponse Get(string url) => PreviewHandler.Handle(_site.Path, url, 7);

    [Theory]
    [InlineData("/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/assets/chart.js", "text/javascript; charset=utf-8")]
    [InlineData("/daten/ergebnisse.json", "application/json; charset=utf-8")]
    [InlineData("/quellen/agreements/2023/kreis-borken.txt", "text/plain; charset=utf-8")]
    [InlineData("/assets/bg.png", "image/png")]
    [InlineData("/assets/fonts/x.woff2", "font/woff2")]
    [InlineData("/2023/kreis-borken/", "text/html; charset=utf-8")]
    [InlineData("/2023/kreis-borken/index.html?x=1", "text/html; charset=utf-8")]
    [InlineData("/", "text/html; charset=utf-8")]
    public void Files_are_served_with_their_content_type(string url, string type)
    {
        var r = Get(url);
        Assert.Equal((200, type), (r.Status, r.ContentType));
    }

    [Fact]
    public void Files_are_served_unchanged_and_pages_with_the_reload_script_added()
    {
        Assert.Equal(File.ReadAllBytes(_site["assets/site.css"]), Get("/assets/site.css").Body);
        var html = Encoding.UTF8.GetString(Get("/2023/kreis-borken/").Body);
        Assert.EndsWith("</main><script src=\"/__zielsite/reload.js\"></script></body></html>\n", html);
        Assert.DoesNotContain("__zielsite", File.ReadAllText(_site["2023/kreis-borken/index.html"]));
        Assert.Equal("7\n", Encoding.UTF8.GetString(Get("/__zielsite/version").Body));
        Assert.Contains("location.reload()", Encoding.UTF8.GetString(Get("/__zielsite/reload.js").Body));
    }

    [Theory]
    [InlineData("/../zielsite-secret.txt")]
    [InlineData("/%2e%2e/zielsite-secret.txt")]
    [InlineData("/%2E%2E/zielsite-secret.txt")]
    [InlineData("/assets/..%2f..%2fzielsite-secret.txt")]
    [InlineData("/assets/%2e%2e/%2e%2e/zielsite-secret.txt")]
    [InlineData("/..\\zielsite-secret.txt")]
    [InlineData("/%5c..%5czielsite-secret.txt")]
    [InlineData("/index.html%00.png")]
    [InlineData("/./index.html")]
    public void Paths_that_leave_the_site_are_refused(string url)
    {
        var r = Get(url);
        Assert.Equal(403, r.Status);
        Assert.DoesNotContain("secret", Encoding.UTF8.GetString(r.Body));
    }

    [Fact]
    public void Hidden_and_missing_files_are_not_found_and_folders_get_their_slash()
    {
        Assert.Equal(404, Get("/.zielsite-output").Status);
        Assert.Equal(404, Get("/nope.html").Status);
        var redirect = Get("/2023/kreis-borken?x=1");
        Assert.Equal((301, "/2023/kreis-borken/?x=1"), (redirect.Status, redirect.Location));
        Assert.Equal(503, PreviewHandler.Handle(null, "/", 0).Status);
    }

    [Theory]
    [InlineData("//2023", "/2023/")]
    [InlineData("///2023", "/2023/")]
    [InlineData("//2023?x=//evil.example", "/2023/?x=//evil.example")]
    public void A_redirect_never_leaves_the_host(string url, string location)
    {
        var r = Get(url);
        Assert.Equal((301, location), (r.Status, r.Location));
        Assert.False(r.Location!.StartsWith("//", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_live_listener_on_127_0_0_1_serves_pages_and_refuses_traversal()
    {
        var port = FreePort();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var listener = new PreviewListener(port, () => (_site.Path, 3));
        var serving = listener.RunAsync(cancel.Token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var page = await http.GetAsync($"http://127.0.0.1:{port}/2023/", cancel.Token);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/__zielsite/reload.js", await page.Content.ReadAsStringAsync(cancel.Token));
        Assert.Equal("3\n", await http.GetStringAsync($"http://127.0.0.1:{port}/__zielsite/version", cancel.Token));
        // HttpClient would normalise "/../"; send the raw request line instead.
        Assert.StartsWith("HTTP/1.1 403", await RawGet(port, "/%2e%2e/zielsite-secret.txt", cancel.Token));
        Assert.StartsWith("HTTP/1.1 403", await RawGet(port, "/../zielsite-secret.txt", cancel.Token));
        cancel.Cancel();
        await serving.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static async Task<string> RawGet(int port, string target, CancellationToken cancel)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancel);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"), cancel);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync(cancel);
    }
}
