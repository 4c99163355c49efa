using System.Net;
using System.Text.RegularExpressions;

namespace ZielSite.Publishing;

/// <summary>
/// Finds and resolves the relative references of a site's files: <c>href</c> and <c>src</c> attributes in
/// HTML, <c>url(…)</c> in HTML and CSS. References with a scheme (<c>https:</c>, <c>mailto:</c>, <c>data:</c>),
/// host-relative (<c>//…</c>) or root-relative (<c>/…</c>) ones, and fragment-only ones are not site files
/// and are left alone.
/// </summary>
internal static partial class SiteLinks
{
    /// <summary>A reference inside a file: the attribute value's position and text.</summary>
    public readonly record struct Reference(int Index, int Length, string Url, bool IsAttribute);

    /// <summary>A reference resolved to a site path (segments joined by "/"; "" is the site root).</summary>
    /// <param name="Path">The resolved path as written (a folder link keeps no "index.html").</param>
    /// <param name="IsFolder">True when the link names a folder (ends with "/" or is ".." etc.).</param>
    /// <param name="Suffix">The query and fragment as written (e.g. "#ziele"), to keep on rewriting.</param>
    public readonly record struct Target(string Path, bool IsFolder, string Suffix)
    {
        /// <summary>The file the link opens: the path, or its <c>index.html</c> for a folder.</summary>
        public string File => IsFolder ? (Path.Length == 0 ? "index.html" : Path + "/index.html") : Path;
    }

    public static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    public static bool IsCss(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    /// <summary>The references of an HTML or CSS file's text, in order of position.</summary>
    public static IReadOnlyList<Reference> Find(string path, string text)
    {
        var list = new List<Reference>();
        if (IsHtml(path))
        {
            foreach (Match m in AttributeRegex().Matches(text))
            {
                var g = m.Groups["url"];
                list.Add(new Reference(g.Index, g.Length, g.Value, true));
            }
        }
        if (IsHtml(path) || IsCss(path))
        {
            foreach (Match m in CssUrlRegex().Matches(text))
            {
                var g = m.Groups["url"];
                list.Add(new Reference(g.Index, g.Length, g.Value, false));
            }
        }
        list.Sort((a, b) => a.Index.CompareTo(b.Index));
        return list;
    }

    /// <summary>Resolves <paramref name="url"/> written in the site file <paramref name="from"/>; null when it is no site file reference or leaves the site.</summary>
    public static Target? Resolve(string from, string url, bool htmlEncoded)
    {
        url = url.Trim();
        if (url.Length == 0 || url[0] is '#' or '?' or '/' || SchemeRegex().IsMatch(url)) return null;
        var cut = url.IndexOfAny(['?', '#']);
        var suffix = cut < 0 ? "" : url[cut..];
        var pathPart = cut < 0 ? url : url[..cut];
        if (htmlEncoded) pathPart = WebUtility.HtmlDecode(pathPart);
        pathPart = Uri.UnescapeDataString(pathPart);
        if (pathPart.Contains('\\')) return null;

        var segments = from.Split('/').SkipLast(1).ToList();
        var parts = pathPart.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else if (p is not ("." or "")) segments.Add(p);
        }
        var last = parts[^1];
        var isFolder = last is "" or "." or "..";
        return new Target(string.Join('/', segments), isFolder, suffix);
    }

    /// <summary>The relative URL from site file <paramref name="from"/> (at <paramref name="extraDepth"/> more folders down) to <paramref name="target"/>.</summary>
    public static string Relative(string from, Target target, int extraDepth)
    {
        var up = from.Count(c => c == '/') + extraDepth;
        var prefix = string.Concat(Enumerable.Repeat("../", up));
        var path = string.Join('/', target.Path.Split('/').Select(Uri.EscapeDataString));
        if (target.Path.Length == 0) return (prefix.Length == 0 ? "./" : prefix) + target.Suffix;
        return prefix + path + (target.IsFolder ? "/" : "") + target.Suffix;
    }

    [GeneratedRegex("""\s(?:href|src)\s*=\s*(?<q>["'])(?<url>.*?)\k<q>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AttributeRegex();

    [GeneratedRegex("""url\(\s*(?<q>["']?)(?<url>[^"')]*?)\k<q>\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrlRegex();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemeRegex();
}
