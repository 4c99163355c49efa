using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>
/// Freezes one year of a built site as it stands (<c>zielsite archive</c>). The archive is a self-contained
/// copy laid out like the site: <c>&lt;year&gt;/**</c> (region pages and the year overview) plus every
/// non-HTML file those pages use (stylesheets, scripts, sources, data), at the same relative places, so the
/// pages' relative links work unchanged from <c>archiv/&lt;year&gt;/</c>. Links to other pages of the site
/// (home page, other years, Markdown pages) are the only links rewritten: they are re-pointed two folders
/// further up, to the live page. Each archived page gets an edition line ("Stand …, Ausgabe …").
/// </summary>
public static partial class YearArchiver
{
    /// <summary>The project folder (an input, versioned by the user) and site folder of the archive.</summary>
    public const string Folder = "archiv";

    /// <summary>A comment templates may put where the edition line belongs; else it follows the first h1, else opens main, else body.</summary>
    public const string EditionMarker = "<!-- zielsite:edition -->";

    /// <summary>Folders between the site root and an archive's root (<c>archiv/&lt;year&gt;/</c>).</summary>
    private const int ArchiveDepth = 2;

    /// <summary>
    /// The archive of <paramref name="year"/> from a built site: files relative to <c>archiv/&lt;year&gt;/</c>,
    /// including <c>manifest.json</c>, in ordinal order. Empty, with an error, when the site has no such year.
    /// </summary>
    public static IReadOnlyList<OutputFile> Create(IReadOnlyList<OutputFile> site, int year, DateOnly edition, string toolVersion, DiagnosticBag diagnostics)
    {
        var bySite = site.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var prefix = $"{year}/";
        var selected = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var f in site.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal))) selected[f.Path] = f;
        if (selected.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ArchiveYearMissing, new SourceSpan(prefix),
                $"the site has no pages for {year}; only years with data can be archived");
            return [];
        }

        // Follow references from the year's files to the resources they use, transitively (a stylesheet's fonts).
        var queue = new Queue<string>(selected.Keys);
        while (queue.TryDequeue(out var path))
        {
            if (!SiteLinks.IsHtml(path) && !SiteLinks.IsCss(path)) continue;
            var text = Encoding.UTF8.GetString(selected[path].Content.Span);
            foreach (var r in SiteLinks.Find(path, text))
            {
                if (SiteLinks.Resolve(path, r.Url, r.IsAttribute) is not { } t) continue;
                var file = Existing(bySite, t);
                if (file is null || selected.ContainsKey(file) || SiteLinks.IsHtml(file)) continue;
                selected[file] = bySite[file];
                queue.Enqueue(file);
            }
        }

        var results = bySite.TryGetValue(ResultsDocument.SitePath, out var doc)
            ? ResultsDocument.Read(new MemoryStream(doc.Content.ToArray(), writable: false))
            : null;
        var files = new List<OutputFile>();
        foreach (var (path, file) in selected)
        {
            if (!SiteLinks.IsHtml(path) || !path.StartsWith(prefix, StringComparison.Ordinal))
            {
                files.Add(file);
                continue;
            }
            var html = Encoding.UTF8.GetString(file.Content.Span);
            html = RepointOutwardLinks(path, html, selected, bySite);
            var line = EditionLine(Stand(results, year, path), edition);
            if (InsertEdition(html, line) is { } withEdition)
                html = withEdition;
            else
                diagnostics.Warning(DiagnosticCodes.ArchiveEditionNotPlaced, new SourceSpan(path),
                    "the page has no <body>, <main> or <h1> to put the edition line after; archived without it");
            files.Add(new OutputFile(path, Encoding.UTF8.GetBytes(html)));
        }

        var manifest = new ArchiveManifest(year, edition, toolVersion, files.Select(f => ManifestFile.Of(f.Path, f.Content.Span)).ToList());
        files.Add(new OutputFile(ArchiveManifest.FileName, manifest.ToBytes()));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>The site file a link opens, or null when there is none (a folder link without its index, a broken link).</summary>
    private static string? Existing(IReadOnlyDictionary<string, OutputFile> site, SiteLinks.Target t)
    {
        if (site.ContainsKey(t.File)) return t.File;
        // "../kreis-borken" without the slash still opens the folder's page on most servers.
        var index = t.Path.Length == 0 ? "index.html" : t.Path + "/index.html";
        return !t.IsFolder && site.ContainsKey(index) ? index : null;
    }

    /// <summary>Rewrites the links of an archived page that open pages outside the archive so they reach the live page.</summary>
    private static string RepointOutwardLinks(string path, string html, IReadOnlyDictionary<string, OutputFile> archived, IReadOnlyDictionary<string, OutputFile> site)
    {
        var result = new StringBuilder(html.Length + 64);
        var at = 0;
        foreach (var r in SiteLinks.Find(path, html))
        {
            if (!r.IsAttribute || SiteLinks.Resolve(path, r.Url, true) is not { } t) continue;
            var file = Existing(site, t);
            if (file is null || archived.ContainsKey(file)) continue;
            result.Append(html, at, r.Index - at).Append(SiteLinks.Relative(path, t, ArchiveDepth));
            at = r.Index + r.Length;
        }
        return result.Append(html, at, html.Length - at).ToString();
    }
}
