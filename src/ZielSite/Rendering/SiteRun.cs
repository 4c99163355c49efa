using System.Buffers;
using System.Globalization;
using System.Text;
using Markdig;
using Scriban.Runtime;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Output;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// State of one render, built once: the parsed templates, the site-wide view (navigation), the Markdown
/// pipeline, the results per region, and the pages written so far (for the sitemap and search index).
/// </summary>
internal sealed partial class SiteRun
{
    private readonly SiteModel _model;
    private readonly TemplateSet _templates;
    private readonly TemplateStrings _strings;
    private readonly DiagnosticBag _diagnostics;
    private readonly SiteView _site;
    private readonly MarkdownPipeline _markdown;
    private readonly Dictionary<string, List<RegionYearResult>> _history;
    private readonly IReadOnlyDictionary<int, ComparisonPeers> _peers;
    private readonly List<PageEntry> _pages = [];
    private readonly List<SearchPage> _searchPages = [];
    private readonly TemplateSession _session;
    private readonly Action<OutputFile> _emit;
    private readonly IOutputReuse _reuse;
    private readonly Action<string> _claim;

    /// <param name="emit">Receives every file as it is made (thread-safe); the content is valid only during the call.</param>
    /// <param name="reuse">Cached units of an earlier build (<see cref="IOutputReuse.None"/>: render everything).</param>
    /// <param name="claim">Records the path of a reused file (as <paramref name="emit"/> does for a rendered one), for the collision check.</param>
    public SiteRun(SiteModel model, TemplateSet templates, DiagnosticBag diagnostics, Action<OutputFile> emit, IOutputReuse reuse, Action<string> claim)
    {
        _emit = emit;
        _reuse = reuse;
        _claim = claim;
        _model = model;
        _templates = templates;
        _strings = templates.Strings;
        _diagnostics = diagnostics;
        _site = BuildSiteView(model, _strings);
        _session = templates.NewSession();
        _markdown = MarkdownPipelines.Pages(model.Config.AllowRawHtml);
        _history = model.Results
            .GroupBy(r => r.Region.Ags, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Year).ToList(), StringComparer.Ordinal);
        _peers = ComparisonPeers.For(model);
    }

    /// <summary>The link to the start page in the navigation and the breadcrumbs (<c>strings.json</c>: home).</summary>
    private NavLink HomeLink => new(_strings["home"], "index.html");

    /// <summary>The title of a year's overview, "Übersicht 2024" (<c>strings.json</c>: overview).</summary>
    private static string OverviewTitle(TemplateStrings strings, int year) =>
        strings.Format("overview", ("year", year.ToString(CultureInfo.InvariantCulture)));

    private static SiteView BuildSiteView(SiteModel model, TemplateStrings strings)
    {
        var years = model.Results.Select(r => r.Year).Concat(model.Years).Distinct().Order().ToList();
        var yearsWithPages = model.Results.Select(r => r.Year).Distinct().Order().ToList();
        int? latest = yearsWithPages.Count > 0 ? yearsWithPages[^1] : null;
        var pages = model.Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        string? PagePath(string slug) => pages.ContainsKey(slug) ? slug + "/index.html" : null;

        var nav = new List<NavLink> { new(strings["home"], "index.html") };
        if (latest is { } y) nav.Add(new NavLink(OverviewTitle(strings, y), $"{y}/index.html"));
        if (PagePath("methodik") is { } m) nav.Add(new NavLink(strings["methods"], m));
        nav.Add(new NavLink(strings["search"], "suche/index.html"));

        var footer = new List<NavLink>();
        foreach (var (slug, key) in new[] { ("impressum", "imprint"), ("barrierefreiheit", "accessibility"), ("leichte-sprache", "easy_language"), ("methodik", "methods") })
            if (PagePath(slug) is { } p) footer.Add(new NavLink(strings[key], p));
        // Further Markdown pages (not in the fixed footer) are linked in the footer too, ordered by slug.
        foreach (var page in model.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal))
            if (footer.All(f => f.Path != page.Slug + "/index.html")) footer.Add(new NavLink(page.Title, page.Slug + "/index.html"));

        return new SiteView(model.Config.Title, model.Config.Land, model.Config.TotalName, model.IsSample, yearsWithPages, latest, nav, footer,
            model.Provenance, PagePath("methodik"),
            model.GeneratedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            // Frozen editions under archiv/<year>/ (written by `zielsite archive`), newest first.
            Archives = model.ArchivedYears.OrderDescending()
                .Select(y => new NavLink(strings.Format("archive", ("year", y.ToString(CultureInfo.InvariantCulture))), $"archiv/{y}/{y}/index.html")).ToList(),
            Attributions = Attribution.Of(model.Provenance),
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
            ["head"] = null,
            ["description"] = Description(kind, title, page),
            // og:url only where the address is known (--base-url); the 404 page has none of its own.
            ["og_url"] = _model.Config.BaseUrl is { Length: > 0 } b && kind != "404" ? BaseUrl(b) + path : null,
        };
    }

    /// <summary>The absolute address of the site root, ending in "/".</summary>
    private static string BaseUrl(string baseUrl) => baseUrl.TrimEnd('/') + "/";

    /// <summary>
    /// The meta description (and og:description) of a page: what it shows, with its key figure where it has one
    /// (<c>strings.json</c>: the description_* keys).
    /// </summary>
    private string Description(string kind, string title, object? page)
    {
        var land = _model.Config.Land;
        var site = _model.Config.Title;
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return page switch
        {
            // A year without targets says so, never "0 von 0 Zielen erreicht".
            RegionPageView { Targets.Count: 0 } r => _strings.Format("description_region_none", ("region", r.Region.Name), ("year", N(r.Year)), ("stand", r.Stand)),
            OverviewPageView { Total.AllCount: 0 } o => _strings.Format("description_overview_none", ("overview", OverviewTitle(_strings, o.Year)), ("regions", N(o.Rows.Count)),
                ("land", land), ("stand", o.Stand.Length > 0 ? _strings.Format("description_stand", ("stand", o.Stand)) : "")),
            IndexPageView { Glance: { TargetCount: 0 } } => _strings.Format("description_start", ("land", land)),
            RegionPageView r => _strings.Format("description_region", ("region", r.Region.Name), ("year", N(r.Year)), ("positive", N(r.PositiveCount)),
                ("count", N(r.Targets.Count)), ("word", VerdictLabels.PositiveWord(r.IsFinal)), ("stand", r.Stand)),
            OverviewPageView o => _strings.Format("description_overview", ("overview", OverviewTitle(_strings, o.Year)), ("regions", N(o.Rows.Count)),
                ("land", land), ("positive", N(o.Total.AllPositive)), ("count", N(o.Total.AllCount)), ("word", o.PositiveWord),
                ("stand", o.Stand.Length > 0 ? _strings.Format("description_stand", ("stand", o.Stand)) : "")),
            IndexPageView { Glance: { } g } => _strings.Format("description_index", ("land", land), ("year", N(g.Year)),
                ("positive", N(g.Statuses.Where(s => s.Class is "met" or "on").Sum(s => s.Count))), ("count", N(g.TargetCount)),
                ("word", g.PositiveWord), ("stand", g.Stand)),
            IndexPageView => _strings.Format("description_start", ("land", land)),
            MarkdownPageView => _strings.Format("description_page", ("page", title), ("site", site), ("land", land)),
            _ => kind == "search"
                ? _strings.Format("description_search", ("site", site))
                : _strings.Format("description_other", ("site", site), ("land", land)),
        };
    }

    /// <summary>Renders body + layout on the main thread's session; null on failure (the diagnostic is in the bag).</summary>
    private StringBuilder? RenderPage(string template, ScriptObject globals) => _session.RenderPage(template, globals, _diagnostics);

    /// <summary>Emits a rendered page as UTF-8 from a pooled buffer (no large string or array per page); null emits an empty page.</summary>
    private void EmitPage(string path, StringBuilder? html)
    {
        if (html is null)
        {
            _emit(new OutputFile(path, Array.Empty<byte>()));
            return;
        }
        var (buffer, length) = Utf8Builder.Rent(html);
        try { _emit(new OutputFile(path, buffer.AsMemory(0, length))); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>Places a cached unit instead of rendering it; true when it was reused.</summary>
    private bool TryReuse(string unit)
    {
        if (_reuse.TryReuse(unit) is not { } paths) return false;
        foreach (var p in paths) _claim(p);
        return true;
    }

    /// <summary>
    /// The bag a unit renders into: its own one, so that a unit that added a diagnostic is not offered for reuse
    /// (a reused unit could not repeat it). <see cref="EndUnit"/> moves its diagnostics to the build's bag.
    /// </summary>
    private static DiagnosticBag BeginUnit() => new();

    private void EndUnit(DiagnosticBag bag, string unit, bool complete, IReadOnlyList<string> paths)
    {
        var list = bag.ToSortedList();
        _diagnostics.AddRange(list);
        if (list.Count == 0 && complete) _reuse.Rendered(unit, paths);
    }

    private void AddEntry(string path, string title, string keywords)
    {
        lock (_pages) _pages.Add(new PageEntry(path, title, keywords));
    }

    private static string Root(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
}
