using System.Globalization;
using Markdig;
using ZielSite.Output;

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
            var crumbs = new List<NavLink> { new("Start", "index.html"), new(page.Title, null) };
            var rendered = RenderPage("page.sbn-html", Globals(Root(path), page.Title, crumbs, "page", view, path));
            AddEntry(path, page.Title, page.Title);
            if (rendered is not null) EmitPage(path, rendered);
        }
    }

    public void IndexPage()
    {
        const string path = "index.html";
        var latest = _site.LatestYear;
        var view = new IndexPageView(
            latest,
            latest is { } y ? $"{y}/index.html" : null,
            _model.Results.Where(r => r.Year == latest).Select(r => r.Region.Ags).Distinct().Count(),
            _site.Years.Select(y => new NavLink(y.ToString(CultureInfo.InvariantCulture), $"{y}/index.html")).ToList(),
            latest is { } l && _model.Results.Where(r => r.Year == l).All(r => r.IsFinal))
        {
            LandAgreements = [.. Indicators.ResultCalculator.ComputeLand(_model.Data, _model.Agreements, _model.Config.RoundedComparison)
                .Select(r => new LandAgreementView($"Zielvereinbarung {r.Year} mit dem {r.Agreement.RegionName}", r.Year,
                    GermanFormat.MonthYear(r.Year, r.Month) + (r.IsFinal ? " (Jahreswert)" : ""), r.IsFinal, r.Agreement.File,
                    [.. r.Verdicts.Select(RegionPageBuilder.TargetRowOf)]))],
        };
        var html = RenderPage("index.sbn-html", Globals("", _model.Config.Title, [], "index", view, path));
        AddEntry(path, _model.Config.Title, "Start Zielvereinbarungen");
        EmitPage(path, html);
    }

    public void NotFoundPage()
    {
        const string path = "404.html";
        var html = RenderPage("404.sbn-html", Globals("", "Seite nicht gefunden", [new("Start", "index.html"), new("Seite nicht gefunden", null)], "404", null, path));
        EmitPage(path, html);
    }

    public void SearchPage()
    {
        const string path = "suche/index.html";
        var root = Root(path);
        var html = RenderPage("search.sbn-html", Globals(root, "Suche", [new("Start", "index.html"), new("Suche", null)], "search", null, path));
        EmitPage(path, html);
    }
}
