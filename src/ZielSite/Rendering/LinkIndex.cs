using System.Buffers;
using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Rendering;

/// <summary>
/// What <see cref="LinkChecker"/> needs of a site, collected file by file while the site is produced (thread-safe):
/// every path, and per HTML page / stylesheet its references with their lines and (HTML) its ids. The text of a
/// page is scanned once when it is added and not kept, so a site need not be held in memory to be checked.
/// </summary>
public sealed class LinkIndex
{
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Page> _html = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Page> _css = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredLinks = new(StringComparer.Ordinal);

    /// <summary>The references of one file (line, value as written, HTML-decoded for HTML) and the ids of an HTML page.</summary>
    internal sealed record Page(IReadOnlyList<(int Line, string Value)> References, HashSet<string> Ids);

    /// <summary>Adds a file; an HTML page or stylesheet is scanned now (its bytes need not stay valid after the call).</summary>
    public void Add(OutputFile file)
    {
        var isHtml = file.Path.EndsWith(".html", StringComparison.Ordinal);
        var isCss = file.Path.EndsWith(".css", StringComparison.Ordinal);
        Page? page = null;
        if (isCss) page = LinkChecker.ScanCss(Encoding.UTF8.GetString(file.Content.Span));
        else if (isHtml)
        {
            // Decoded into a pooled buffer: a page never becomes a (large) string.
            var bytes = file.Content.Span;
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(Encoding.UTF8.GetMaxCharCount(bytes.Length), 1));
            try { page = LinkChecker.ScanHtml(chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, chars))); }
            finally { ArrayPool<char>.Shared.Return(chars); }
        }
        lock (_paths)
        {
            // The first file of a path wins, as in the written site.
            if (!_paths.Add(file.Path)) return;
            if (page is not null) (isHtml ? _html : _css)[file.Path] = page;
        }
    }

    /// <summary>Adds a file scanned before (a cached output): <paramref name="page"/> is its scan, null for a file that is not scanned.</summary>
    internal void AddScanned(string path, Page? page)
    {
        lock (_paths)
        {
            if (!_paths.Add(path)) return;
            if (page is not null) (path.EndsWith(".css", StringComparison.Ordinal) ? _css : _html)[path] = page;
        }
    }

    /// <summary>The scan of an added HTML page or stylesheet (null for other files and unknown paths), e.g. to cache it.</summary>
    internal Page? ScanOf(string path)
    {
        lock (_paths) return _html.GetValueOrDefault(path) ?? _css.GetValueOrDefault(path);
    }

    /// <summary>Adds a path that will exist without being scanned (e.g. agreement sources under quellen/).</summary>
    public void AddPath(string path)
    {
        lock (_paths) _paths.Add(path);
    }

    /// <summary>
    /// Declares a link to another host that the project asks for (the data owner's homepage of a provenance record,
    /// which its terms require beside own calculations): an HTML page's reference to exactly this address is no warning.
    /// </summary>
    public void AllowLink(string url)
    {
        lock (_paths) _declaredLinks.Add(url);
    }

    /// <summary>Checks every collected reference; same rules and diagnostics as <see cref="LinkChecker.Check"/>.</summary>
    public void Check(DiagnosticBag diagnostics, Severity severity = Severity.Warning)
    {
        lock (_paths)
        {
            foreach (var (path, page) in _html.OrderBy(p => p.Key, StringComparer.Ordinal))
                foreach (var (line, value) in page.References)
                    if (!_declaredLinks.Contains(value))
                        LinkChecker.CheckReference(path, line, value, _paths, _html, diagnostics, severity);
            foreach (var (path, page) in _css.OrderBy(p => p.Key, StringComparer.Ordinal))
                foreach (var (line, value) in page.References)
                    LinkChecker.CheckReference(path, line, value, _paths, _html, diagnostics, severity);
        }
    }
}
