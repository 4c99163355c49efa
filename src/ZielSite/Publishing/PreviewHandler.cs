using System.Text;

namespace ZielSite.Publishing;

/// <summary>
/// Answers one request of <c>zielsite serve</c> from a built site folder: files with their content type, a
/// folder's <c>index.html</c>, the build version and the reload script under <c>/__zielsite/</c>. HTML is
/// served with the reload script added (the built files stay as they are). Any path that could leave the site
/// (<c>..</c>, also percent-encoded, backslashes, NUL) is refused with 403; hidden files are not served.
/// </summary>
internal static class PreviewHandler
{
    /// <summary>Answers the current build version (a number that grows with every successful rebuild).</summary>
    public const string VersionPath = "/__zielsite/version";

    /// <summary>The script added to every served page; it reloads the page when the version changes.</summary>
    public const string ReloadScriptPath = "/__zielsite/reload.js";

    private const string ReloadScript =
        "(function(){var v=null;function poll(){fetch('" + VersionPath + "',{cache:'no-store'})" +
        ".then(function(r){return r.text();}).then(function(t){if(v===null){v=t;}else if(t!==v){location.reload();}})" +
        ".catch(function(){}).then(function(){setTimeout(poll,1000);});}poll();})();\n";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".pdf"] = "application/pdf",
        [".zip"] = "application/zip",
    };

    /// <summary>The content type served for a file name ("application/octet-stream" when unknown).</summary>
    public static string ContentType(string fileName) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");

    /// <param name="siteDir">The site folder; null while no build has succeeded yet.</param>
    /// <param name="rawUrl">The request target as sent (path and query, not decoded).</param>
    /// <param name="version">The current build version.</param>
    public static PreviewResponse Handle(string? siteDir, string rawUrl, long version)
    {
        var cut = rawUrl.IndexOfAny(['?', '#']);
        var rawPath = cut < 0 ? rawUrl : rawUrl[..cut];
        if (rawPath == VersionPath) return Text(200, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (rawPath == ReloadScriptPath) return new PreviewResponse(200, ContentTypes[".js"], Encoding.UTF8.GetBytes(ReloadScript));
        if (!rawPath.StartsWith('/')) return Text(400, "bad request");

        var path = Uri.UnescapeDataString(rawPath);
        var segments = path.Split('/');
        if (path.Contains('\\') || path.Contains('\0') || segments.Any(s => s is ".." or "."))
            return Text(403, "forbidden: the path leaves the site");
        if (segments.Any(s => s.StartsWith('.'))) return NotFound();
        if (siteDir is null) return Text(503, "no site yet: the first build failed; see the terminal");

        var root = Path.GetFullPath(siteDir);
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Text(403, "forbidden: the path leaves the site");
        if (Directory.Exists(full))
        {
            // Relative links on a folder's page only work when the URL ends with "/".
            // The address starts with exactly one "/": "//2023" as a Location would be another host ("//2023/").
            if (!rawPath.EndsWith('/')) return new PreviewResponse(301, ContentTypes[".txt"], [], "/" + rawPath.TrimStart('/') + "/" + (cut < 0 ? "" : rawUrl[cut..]));
            full = Path.Combine(full, "index.html");
        }
        if (!File.Exists(full)) return NotFound();

        var bytes = File.ReadAllBytes(full);
        var type = ContentType(full);
        if (type.StartsWith("text/html", StringComparison.Ordinal)) bytes = WithReloadScript(bytes);
        return new PreviewResponse(200, type, bytes);
    }

    /// <summary>The page with the reload script added before its last <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static byte[] WithReloadScript(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{ReloadScriptPath}\"></script>";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at < 0 ? text + tag : text.Insert(at, tag);
        return Encoding.UTF8.GetBytes(text);
    }

    private static PreviewResponse NotFound() => Text(404, "not found");

    private static PreviewResponse Text(int status, string text) =>
        new(status, ContentTypes[".txt"], Encoding.UTF8.GetBytes(text + "\n"));
}
