using System.Net;

namespace ZielSite.Publishing;

/// <summary>
/// A small HTTP server on 127.0.0.1 only (never another interface) that answers GET and HEAD through
/// <see cref="PreviewHandler"/>. The site folder and version are read per request, so a rebuild takes effect
/// at once.
/// </summary>
public sealed class PreviewListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<(string? SiteDir, long Version)> _state;

    /// <param name="port">The TCP port (1–65535).</param>
    /// <param name="state">The current site folder (null before the first good build) and build version.</param>
    /// <exception cref="HttpListenerException">The port is in use or cannot be opened.</exception>
    public PreviewListener(int port, Func<(string? SiteDir, long Version)> state)
    {
        _state = state;
        Url = $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
    }

    public string Url { get; }

    /// <summary>Answers requests until <paramref name="cancel"/> is signalled.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        using var registration = cancel.Register(() => _listener.Stop());
        while (!cancel.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { break; }
            _ = Task.Run(() => Respond(context), CancellationToken.None);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var method = context.Request.HttpMethod;
            var (site, version) = _state();
            var answer = method is "GET" or "HEAD"
                ? PreviewHandler.Handle(site, context.Request.RawUrl ?? "/", version)
                : new PreviewResponse(405, "text/plain; charset=utf-8", "method not allowed\n"u8.ToArray());
            response.StatusCode = answer.Status;
            response.ContentType = answer.ContentType;
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            if (answer.Location is not null) response.RedirectLocation = answer.Location;
            response.ContentLength64 = answer.Body.Length;
            if (method != "HEAD") response.OutputStream.Write(answer.Body);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away; nothing to answer.
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();
}
