using System.Net;
using System.Net.Sockets;

namespace ZielSite.Tests.Browser;

/// <summary>Serves a folder on 127.0.0.1 (a free port) for browser tests; records every request path.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            try { Serve(ctx); }
            catch (Exception) { ctx.Response.StatusCode = 500; }
            finally { ctx.Response.Close(); }
        }
    }

    private void Serve(HttpListenerContext ctx)
    {
        var rel = Uri.UnescapeDataString(ctx.Request.Url!.AbsolutePath).TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(_root, rel));
        if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
        if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
        {
            ctx.Response.StatusCode = 404;
            return;
        }
        ctx.Response.ContentType = Path.GetExtension(path) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            ".svg" => "image/svg+xml",
            ".csv" => "text/csv; charset=utf-8",
            ".xml" => "application/xml",
            _ => "application/octet-stream",
        };
        var bytes = File.ReadAllBytes(path);
        ctx.Response.ContentLength64 = bytes.Length;
        ctx.Response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(2000); } catch (AggregateException) { }
    }
}
