using ZielSite.Inputs;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// A choropleth map of the regions, drawn by <c>assets/map.js</c> with plotly from the shapes in <c>assets/karte.js</c>
/// and the values of the table <see cref="TableId"/> (rows with <c>data-ags</c>, a link, a cell "3 von 5"): the table
/// is the map's data and its text alternative. <see cref="Word"/> is "erreicht" or "auf Kurs".
/// Paths are relative to the site root.
/// </summary>
internal sealed record MapView(string Id, string TableId, string Word, string? Attribution, string GeoScript, string PlotlyScript)
{
    /// <summary>The script asset with the shapes: it sets <c>window.ZIELSITE_KARTE</c>, so it loads from disk (file://) too.</summary>
    public const string GeoAsset = "assets/karte.js";

    /// <summary>The map of a page, or null when the project has no <c>data/karte.geojson</c>.</summary>
    public static MapView? For(GeoMap? map, string id, string tableId, bool isFinal) =>
        map is null ? null : new MapView(id, tableId, VerdictLabels.PositiveWord(isFinal), map.Attribution, GeoAsset, SiteRenderer.PlotlyAsset);

    /// <summary>The content of <see cref="GeoAsset"/>: the reduced GeoJSON as a global (one copy per site, cached by the browser).</summary>
    public static string Script(GeoMap map) => "window.ZIELSITE_KARTE = " + map.Json + ";\n";
}
