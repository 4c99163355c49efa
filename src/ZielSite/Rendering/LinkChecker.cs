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
public static partial class LinkChecker
{
    [GeneratedRegex("""\sid\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();

    [GeneratedRegex("""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();

    /// <param name="extraPaths">Files that will exist beside the rendered ones (e.g. copied agreement sources under quellen/).</param>
    /// <param name="severity">Warning for a normal build; the caller passes Error for <c>build --strict</c>.</param>
    public static void Check(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, IEnumerable<string>? extraPaths = null, Severity severity = Severity.Warning)
    {
        var existing = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        if (extraPaths is not null) existing.UnionWith(extraPaths);
        var html = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content.Span), StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string path)
        {
            lock (ids)
            {
                if (!ids.TryGetValue(path, out var set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal);
                    if (html.TryGetValue(path, out var text))
                        foreach (Match m in HtmlId().Matches(text)) set.Add(WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value));
                    ids[path] = set;
                }
                return set;
            }
        }

        foreach (var (path, text) in html.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var lines = LineStarts(text);
            foreach (var (index, value) in References(text))
                CheckReference(path, lines, index, WebUtility.HtmlDecode(value));
        }

        foreach (var css in files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var text = Encoding.UTF8.GetString(css.Content.Span);
            var lines = LineStarts(text);
            foreach (Match m in CssReference().Matches(text))
                CheckReference(css.Path, lines, m.Index, m.Groups[1].Success ? m.Groups[1].Value.Trim() : m.Groups[2].Value);
        }

        void CheckReference(string page, List<int> lines, int index, string reference)
        {
            var span = new SourceSpan(page, LineOf(lines, index));
            if (reference.Length == 0 || reference.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || reference.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                return;
            if (reference.StartsWith("//", StringComparison.Ordinal) || Regex.IsMatch(reference, "^[a-zA-Z][a-zA-Z0-9+.-]*:"))
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
            if (!string.IsNullOrEmpty(fragment) && html.ContainsKey(resolved) && !IdsOf(resolved).Contains(fragment))
                diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.BrokenLink, span, $"Link '{reference}' names the fragment '{fragment}', which '{resolved}' does not have"));
        }
    }

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

    /// <summary>
    /// Values of <c>href="…"</c> and <c>src="…"</c> (or single quotes) preceded by white space: a plain scan,
    /// much faster than a regular expression over thousands of pages. Attribute names in lower case, as the
    /// templates and Markdig write them.
    /// </summary>
    private static IEnumerable<(int Index, string Value)> References(string text)
    {
        foreach (var attribute in (string[])["href=", "src="])
        {
            for (var i = text.IndexOf(attribute, StringComparison.Ordinal); i >= 0; i = text.IndexOf(attribute, i + attribute.Length, StringComparison.Ordinal))
            {
                var start = i + attribute.Length;
                if (i == 0 || !char.IsWhiteSpace(text[i - 1]) || start >= text.Length || text[start] is not ('"' or '\'')) continue;
                var end = text.IndexOf(text[start], start + 1);
                if (end < 0) continue;
                yield return (i, text[(start + 1)..end]);
            }
        }
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts;
    }

    /// <summary>1-based line of a character index.</summary>
    private static int LineOf(List<int> lineStarts, int index)
    {
        var i = lineStarts.BinarySearch(index);
        return i >= 0 ? i + 1 : ~i;
    }
}
