using System.Globalization;
using Markdig;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Rendering;

internal sealed partial class SiteRun
{
    /// <summary>The Markdown pages at <c>&lt;slug&gt;/index.html</c>; <c>{{contact}}</c>, <c>{{title}}</c>, <c>{{land}}</c> are replaced first.</summary>
    public void MarkdownPages()
    {
        foreach (var page in _model.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            var path = page.Slug + "/index.html";
            var text = page.Markdown
                .Replace("{{contact}}", _model.Config.Contact, StringComparison.Ordinal)
                .Replace("{{title}}", _model.Config.Title, StringComparison.Ordinal)
                .Replace("{{land}}", _model.Config.Land, StringComparison.Ordinal)
                .Replace("{{total_name}}", _model.Config.TotalName, StringComparison.Ordinal);
            var html = MarkdownLinkGuard.ToHtml(text, _markdown, page.File, _diagnostics);
            var view = new MarkdownPageView(page.Slug, page.Title, new RawHtml(html), html.Contains("<h1", StringComparison.Ordinal), page.File);
            var crumbs = new List<NavLink> { HomeLink, new(page.Title, null) };
            var rendered = RenderPage("page.sbn-html", Globals(Root(path), page.Title, crumbs, "page", view, path));
            AddEntry(path, page.Title, page.Title);
            _searchPages.Add(new SearchPage(path, page.Title, SearchIndexBuilder.SectionsOf(html)));
            if (rendered is not null) EmitPage(path, rendered);
        }
    }

    public void IndexPage()
    {
        const string path = "index.html";
        var latest = _site.LatestYear;
        var latestResults = _model.Results.Where(r => r.Year == latest).ToList();
        var map = MapView.For(_model.Map, "karte", "karte-tabelle", latestResults.All(r => r.IsFinal));
        var view = new IndexPageView(
            latest,
            latest is { } y ? $"{y}/index.html" : null,
            latestResults.Select(r => r.Region.Ags).Distinct().Count(),
            _site.Years.Select(y => new NavLink(y.ToString(CultureInfo.InvariantCulture), $"{y}/index.html")).ToList(),
            latest is not null && latestResults.All(r => r.IsFinal))
        {
            Glance = IndexPageBuilder.Glance(latestResults, map),
            LandAgreements = [.. _model.LandResults.Select(r => new LandAgreementView(
                    _strings.Format("land_agreement", ("year", r.Year.ToString(CultureInfo.InvariantCulture)), ("region", r.Agreement.RegionName ?? "")), r.Year,
                    GermanFormat.MonthYear(r.Year, r.Month) + (r.IsFinal ? " (Jahreswert)" : ""), r.IsFinal, r.Agreement.File,
                    [.. r.Verdicts.Select(RegionPageBuilder.TargetRowOf)]))],
            Regions = [.. _history.Values.Select(h => h[^1])
                .OrderBy(r => SearchIndexBuilder.SortKey(r.Region.Name), StringComparer.Ordinal).ThenBy(r => r.Region.Ags, StringComparer.Ordinal)
                .Select(r => new PickerRegion(r.Region.Name, $"{r.Year.ToString(CultureInfo.InvariantCulture)}/{r.Region.Slug}/index.html", r.Year,
                    ZielSite.Inputs.RegionKinds.IsCity(r.Region.Kind)))],
        };
        var html = RenderPage("index.sbn-html", Globals("", _model.Config.Title, [], "index", view, path));
        AddEntry(path, _model.Config.Title, _strings["index_keywords"]);
        EmitPage(path, html);
    }

    /// <summary>
    /// 404.html: a server serves it at any missing address (/a/b/c), so its links cannot be relative to its own place.
    /// With a known base URL they are absolute; without, a script in the head sets a &lt;base&gt; to the site root
    /// found in the address (the part before the first folder the site has), or the server root.
    /// </summary>
    public void NotFoundPage()
    {
        const string path = "404.html";
        var root = _model.Config.BaseUrl is { Length: > 0 } b ? BaseUrl(b) : "";
        var title = _strings["not_found"];
        var globals = Globals(root, title, [HomeLink, new(title, null)], "404", null, path);
        if (root.Length == 0) globals["head"] = new RawHtml(BaseScript());
        var html = RenderPage("404.sbn-html", globals);
        EmitPage(path, html);
    }

    /// <summary>The head script of the 404 page without a base URL: the first folders of the site it knows, then a &lt;base&gt; element.</summary>
    private string BaseScript()
    {
        var tops = new SortedSet<string>(StringComparer.Ordinal) { "assets", "daten", "quellen", "suche", "index.html", "404.html", "sitemap.xml" };
        foreach (var y in _site.Years) tops.Add(y.ToString(CultureInfo.InvariantCulture));
        foreach (var p in _model.Pages) tops.Add(p.Slug);
        if (_model.ArchivedYears.Count > 0) tops.Add("archiv");
        var list = string.Join(",", tops.Select(t => "\"" + t + "\""));
        return "<script>(function(){var t=[" + list + "],p=location.pathname.split(\"/\"),r=\"/\";" +
               "for(var i=1;i<p.length;i++){if(t.indexOf(p[i])>=0){r=p.slice(0,i).join(\"/\")+\"/\";break;}}" +
               "var b=document.createElement(\"base\");b.href=r;document.head.appendChild(b);})();</script>";
    }

    public void SearchPage()
    {
        const string path = "suche/index.html";
        var root = Root(path);
        var title = _strings["search"];
        var html = RenderPage("search.sbn-html", Globals(root, title, [HomeLink, new(title, null)], "search", null, path));
        EmitPage(path, html);
    }
}
