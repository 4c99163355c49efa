using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Templates;

namespace ZielSite.Rendering;

internal sealed partial class SiteRun
{
    private static readonly JsonSerializerOptions SearchJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>
    /// <c>search-index.json</c> (for machines) and <c>assets/search-index.js</c> (the same, loadable from disk by a script
    /// element): regions, indicators, overviews, pages and the Land's other Kreise (<see cref="SearchIndexBuilder"/>).
    /// </summary>
    public void SearchIndex()
    {
        var items = SearchIndexBuilder.Build(_model.Results, _searchPages, _site.MethodPath, _model.OtherKreise,
            y => OverviewTitle(_strings, y), y => _strings.Format("overview_keywords", ("year", y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var json = JsonSerializer.Serialize(items, SearchJson);
        _emit(SiteRenderer.Text("search-index.json", json));
        _emit(SiteRenderer.Text("assets/search-index.js", "window.ZIELSITE_SEARCH = " + json + ";\n"));
    }

    /// <summary>sitemap.xml with every HTML page except 404: absolute URLs under <c>Config.BaseUrl</c>, else relative.</summary>
    public void Sitemap()
    {
        var baseUrl = _model.Config.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" : "";
        var paths = new SortedSet<string>(StringComparer.Ordinal) { "suche/index.html" };
        lock (_pages) foreach (var p in _pages) paths.Add(p.Path);
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var p in paths) sb.Append("  <url><loc>").Append(Html.Escape(baseUrl + p)).Append("</loc></url>\n");
        sb.Append("</urlset>\n");
        _emit(SiteRenderer.Text("sitemap.xml", sb.ToString()));
    }

    /// <summary>The files under <c>assets/</c> of the template folders, the map's shapes (<c>assets/karte.js</c>, with a map), and plotly.js from Plotly.NET's resources.</summary>
    public void Assets()
    {
        foreach (var (name, file) in _templates.Assets)
            _emit(new OutputFile(name, File.ReadAllBytes(file)));
        if (_model.Map is { } map) _emit(SiteRenderer.Text(MapView.GeoAsset, MapView.Script(map)));
        var plotly = PlotlyScript();
        if (plotly is null)
            _diagnostics.Error(DiagnosticCodes.TemplateRuntime, new SourceSpan(SiteRenderer.PlotlyAsset), $"Resource '{SiteRenderer.PlotlyResource}' not found in Plotly.NET");
        else _emit(new OutputFile(SiteRenderer.PlotlyAsset, plotly));
    }

    private static byte[]? PlotlyScript()
    {
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(SiteRenderer.PlotlyResource);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
