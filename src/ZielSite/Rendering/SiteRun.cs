using System.Globalization;
using Markdig;
using Scriban.Runtime;
using ZielSite.Diagnostics;
using ZielSite.Indicators;

namespace ZielSite.Rendering;

/// <summary>
/// State of one render, built once: the parsed templates, the site-wide view (navigation), the Markdown
/// pipeline, the results per region, and the pages written so far (for the sitemap and search index).
/// </summary>
internal sealed partial class SiteRun
{
    private readonly SiteModel _model;
    private readonly TemplateSet _templates;
    private readonly DiagnosticBag _diagnostics;
    private readonly SiteView _site;
    private readonly MarkdownPipeline _markdown;
    private readonly Dictionary<string, List<RegionYearResult>> _history;
    private readonly List<PageEntry> _pages = [];
    private readonly TemplateSession _session;

    public SiteRun(SiteModel model, TemplateSet templates, DiagnosticBag diagnostics)
    {
        _model = model;
        _templates = templates;
        _diagnostics = diagnostics;
        _site = BuildSiteView(model);
        _session = templates.NewSession();
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        if (!model.Config.AllowRawHtml) builder.DisableHtml();
        _markdown = builder.Build();
        _history = model.Results
            .GroupBy(r => r.Region.Ags, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Year).ToList(), StringComparer.Ordinal);
    }

    private static SiteView BuildSiteView(SiteModel model)
    {
        var years = model.Results.Select(r => r.Year).Concat(model.Years).Distinct().Order().ToList();
        var yearsWithPages = model.Results.Select(r => r.Year).Distinct().Order().ToList();
        int? latest = yearsWithPages.Count > 0 ? yearsWithPages[^1] : null;
        var pages = model.Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        string? PagePath(string slug) => pages.ContainsKey(slug) ? slug + "/index.html" : null;

        var nav = new List<NavLink> { new("Start", "index.html") };
        if (latest is { } y) nav.Add(new NavLink($"Übersicht {y}", $"{y}/index.html"));
        if (PagePath("methodik") is { } m) nav.Add(new NavLink("Methodik", m));
        nav.Add(new NavLink("Suche", "suche/index.html"));

        var footer = new List<NavLink>();
        foreach (var (slug, title) in new[] { ("impressum", "Impressum"), ("barrierefreiheit", "Barrierefreiheit"), ("leichte-sprache", "Leichte Sprache"), ("methodik", "Methodik") })
            if (PagePath(slug) is { } p) footer.Add(new NavLink(title, p));
        // Further Markdown pages (not in the fixed footer) are linked in the footer too, ordered by slug.
        foreach (var page in model.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal))
            if (footer.All(f => f.Path != page.Slug + "/index.html")) footer.Add(new NavLink(page.Title, page.Slug + "/index.html"));

        return new SiteView(model.Config.Title, model.Config.Land, model.Config.TotalName, model.IsSample, yearsWithPages, latest, nav, footer,
            model.Provenance, PagePath("methodik"),
            model.GeneratedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            // Frozen editions under archiv/<year>/ (written by `zielsite archive`), newest first.
            Archives = model.ArchivedYears.OrderDescending()
                .Select(y => new NavLink($"Archiv {y}", $"archiv/{y}/{y}/index.html")).ToList(),
        };
    }

    /// <summary>The variables of a page: site, root (prefix to the site root, e.g. "../../"), title, breadcrumbs, page.</summary>
    private ScriptObject Globals(string root, string title, IReadOnlyList<NavLink> breadcrumbs, string kind, object? page, string path)
    {
        return new ScriptObject
        {
            ["site"] = _site,
            ["root"] = root,
            ["title"] = title,
            ["breadcrumbs"] = breadcrumbs,
            ["kind"] = kind,
            ["page"] = page,
            ["path"] = path,
            ["scripts"] = null,
        };
    }

    /// <summary>Renders body + layout on the main thread's session; null on failure (the diagnostic is in the bag).</summary>
    private string? RenderPage(string template, ScriptObject globals) => _session.RenderPage(template, globals, _diagnostics);

    private void AddEntry(string path, string title, string keywords)
    {
        lock (_pages) _pages.Add(new PageEntry(path, title, keywords));
    }

    private static string Root(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
}
