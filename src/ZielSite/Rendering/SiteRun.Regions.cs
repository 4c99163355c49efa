using System.Globalization;
using ZielSite.Indicators;
using ZielSite.Narrative;
using ZielSite.Output;
using ZielSite.Templates;

namespace ZielSite.Rendering;

internal sealed partial class SiteRun
{
    /// <summary>Every region page with its downloads, rendered in parallel, each file emitted when it is made.</summary>
    public void RegionPages()
    {
        var results = _model.Results;
        // One template session per worker thread: Scriban contexts are reused, not rebuilt per page.
        Parallel.For(0, results.Count, _templates.NewSession, (i, _, session) =>
        {
            RegionPage(results[i], session);
            return session;
        }, _ => { });
    }

    private void RegionPage(RegionYearResult r, TemplateSession session)
    {
        var year = r.Year.ToString(CultureInfo.InvariantCulture);
        var folder = $"{year}/{r.Region.Slug}/";
        AddEntry(folder + "index.html", $"{r.Region.Name} {year}", $"{r.Region.Name} {r.Region.Ags} {year}");
        var unit = IOutputReuse.RegionUnit(r.Region.Ags, r.Year);
        if (TryReuse(unit)) return;
        var diagnostics = BeginUnit();
        var history = _history[r.Region.Ags];
        var narrative = Narrator.Narrate(r, _model.Config, session, diagnostics);
        var view = RegionPageBuilder.Build(r, history, _model.Config, narrative) with
        {
            Withheld = WithheldCells.Notes(_model.Data, r.Region.Ags, r.Year, r.Month),
            Comparisons = ComparisonBuilder.Build(r, _peers[r.Year], _model.Config.TotalName),
        };
        var path = view.Folder + "index.html";
        var root = Root(path);
        var crumbs = new List<NavLink> { HomeLink, new(OverviewTitle(_strings, r.Year), $"{year}/index.html"), new(r.Region.Name, null) };
        var globals = Globals(root, $"{r.Region.Name} {year}", crumbs, "region", view, path);
        globals["scripts"] = ChartScript.For(view.Charts, root);
        var html = session.RenderPage("region.sbn-html", globals, diagnostics);
        if (html is not null) EmitPage(path, html);
        using (var csv = new PooledBufferWriter(64 * 1024))
        using (var json = new PooledBufferWriter(64 * 1024))
        {
            DownloadWriter.WriteTo(r, csv, json, _model.Config.TotalName, Attribution.LineOf(_model.Provenance));
            _emit(new OutputFile(view.Folder + "daten.csv", csv.WrittenMemory));
            _emit(new OutputFile(view.Folder + "daten.json", json.WrittenMemory));
        }
        EndUnit(diagnostics, unit, html is not null && view.Folder == folder, [path, view.Folder + "daten.csv", view.Folder + "daten.json"]);
    }
}
