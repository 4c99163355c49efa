using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Rendering;

/// <summary>
/// Checks that a site works from the file system under any base path: every <c>href</c>/<c>src</c> of every HTML
/// page (and every <c>url()</c>/<c>@import</c> of every stylesheet) is relative and resolves to a file of the site,
/// and a <c>#fragment</c> names an id of the target page. A reference to another host (<c>http(s)://</c>,
/// <c>//host</c>) gives <see cref="DiagnosticCodes.ExternalReference"/>; a broken, root-absolute or folder link
/// gives <see cref="DiagnosticCodes.BrokenLink"/>. Diagnostics point to the output file and line.
/// </summary>
internal static partial class LinkChecker
{
    [GeneratedRegex("""\sid\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();

    [GeneratedRegex("""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();

    /// <param name="extraPaths">Files that will exist beside the rendered ones (e.g. copied agreement sources under quellen/).</param>
    /// <param name="severity">Warning for a normal build; the caller passes Error for <c>build --strict</c>.</param>
    public static void Check(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, IEnumerable<string>? extraPaths = null, Severity severity = Severity.Warning)
    {
        var index = new LinkIndex();
        foreach (var file in files) index.Add(file);
        foreach (var path in extraPaths ?? []) index.AddPath(path);
        index.Check(diagnostics, severity);
    }

    /// <summary>
    /// The references (line, HTML-decoded value) and ids of an HTML page. References are the values of
    /// <c>href="…"</c> and <c>src="…"</c> (or single quotes) preceded by white space: a plain scan, much faster than
    /// a regular expression over thousands of pages. Attribute names in lower case, as the templates and Markdig write them.
    /// </summary>
    internal static LinkIndex.Page ScanHtml(ReadOnlySpan<char> text)
    {
        var lines = LineStarts(text);
        var references = new List<(int, string)>();
        foreach (var attribute in (string[])["href=", "src="])
        {
            for (var i = text.IndexOf(attribute, StringComparison.Ordinal); i >= 0; i = NextIndex(text, attribute, i + attribute.Length))
            {
                var start = i + attribute.Length;
                if (i == 0 || !char.IsWhiteSpace(text[i - 1]) || start >= text.Length || text[start] is not ('"' or '\'')) continue;
                var end = text[(start + 1)..].IndexOf(text[start]);
                if (end < 0) continue;
                references.Add((LineOf(lines, i), WebUtility.HtmlDecode(text.Slice(start + 1, end).ToString())));
            }
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in HtmlId().EnumerateMatches(text))
        {
            // The match ends with the closing quote; the value starts after the first quote following '='.
            var match = text.Slice(m.Index, m.Length);
            var open = match.IndexOfAny('"', '\'') + 1;
            ids.Add(WebUtility.HtmlDecode(match[open..^1].ToString()));
        }
        return new LinkIndex.Page(references, ids);
    }

    private static int NextIndex(ReadOnlySpan<char> text, string value, int from)
    {
        if (from >= text.Length) return -1;
        var i = text[from..].IndexOf(value, StringComparison.Ordinal);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>The <c>url()</c> and <c>@import</c> references (line, value) of a stylesheet.</summary>
    internal static LinkIndex.Page ScanCss(string text)
    {
        var lines = LineStarts(text);
        var references = new List<(int, string)>();
        foreach (Match m in CssReference().Matches(text))
            references.Add((LineOf(lines, m.Index), m.Groups[1].Success ? m.Groups[1].Value.Trim() : m.Groups[2].Value));
        return new LinkIndex.Page(references, []);
    }

    /// <summary>Checks one reference of <paramref name="page"/> against the site's paths and the ids of its HTML pages.</summary>
    internal static void CheckReference(string page, int line, string reference, HashSet<string> existing,
        IReadOnlyDictionary<string, LinkIndex.Page> html, DiagnosticBag diagnostics, Severity severity)
    {
        var span = new SourceSpan(page, line);
        if (reference.Length == 0 || reference.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return;
        if (reference.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(reference))
        {
            diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.ExternalReference, span, $"Reference to another host or scheme: '{reference}'"));
            return;
        }
        if (reference.StartsWith('/'))
        {
            diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.BrokenLink, span, $"Link '{reference}' is absolute to the server root; the site must work under any base path"));
            return;
        }
        var hash = reference.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(reference[(hash + 1)..]) : null;
        var target = hash >= 0 ? reference[..hash] : reference;
        var query = target.IndexOf('?');
        if (query >= 0) target = target[..query];
        string resolved;
        if (target.Length == 0) resolved = page;
        else
        {
            if (target.EndsWith('/'))
            {
                diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.BrokenLink, span, $"Link '{reference}' points to a folder, which does not open from disk; link to its index.html"));
                return;
            }
            var r = Resolve(page, Uri.UnescapeDataString(target));
            if (r is null || !existing.Contains(r))
            {
                diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.BrokenLink, span, $"Link '{reference}' does not resolve to a file of the site"));
                return;
            }
            resolved = r;
        }
        if (!string.IsNullOrEmpty(fragment) && html.TryGetValue(resolved, out var targetPage) && !targetPage.Ids.Contains(fragment))
            diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.BrokenLink, span, $"Link '{reference}' names the fragment '{fragment}', which '{resolved}' does not have"));
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <summary>Resolves <paramref name="target"/> relative to the folder of <paramref name="page"/>; null when it leaves the site.</summary>
    public static string? Resolve(string page, string target)
    {
        var parts = new List<string>(page.Split('/')[..^1]);
        foreach (var segment in target.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static List<int> LineStarts(ReadOnlySpan<char> text)
    {
        var starts = new List<int> { 0 };
        for (var at = 0; at < text.Length;)
        {
            var i = text[at..].IndexOf('\n');
            if (i < 0) break;
            at += i + 1;
            starts.Add(at);
        }
        return starts;
    }

    /// <summary>1-based line of a character index.</summary>
    private static int LineOf(List<int> lineStarts, int index)
    {
        var i = lineStarts.BinarySearch(index);
        return i >= 0 ? i + 1 : ~i;
    }
}
