using System.Text;
using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>
/// The scripts of a page with charts: the figures as one JSON data block (<c>&lt;script type="application/json"
/// id="chart-data"&gt;</c>, chart id → plotly figure) and <c>assets/charts.js</c> (deferred), which loads plotly.js
/// from the site's assets (never a CDN) only when a chart comes near the screen and draws it there. Nothing when
/// there are no charts. The plotly config (responsive, no logo) is in charts.js.
/// </summary>
internal static class ChartScript
{
    /// <summary>The chart loader among the site's assets (from <c>templates/assets/charts.js</c>).</summary>
    public const string ChartsAsset = "assets/charts.js";

    /// <param name="root">Relative URL of the site root from the page, e.g. "../../".</param>
    public static RawHtml? For(IReadOnlyList<ChartView> charts, string root)
    {
        if (charts.Count == 0) return null;
        var sb = new StringBuilder(4096);
        // FigureJson escapes "<" as \u003C, so "</script>" cannot occur inside.
        sb.Append("<script type=\"application/json\" id=\"chart-data\">{");
        for (var i = 0; i < charts.Count; i++)
        {
            if (i > 0) sb.Append(",\n");
            sb.Append('"').Append(charts[i].Id).Append("\":").Append(charts[i].FigureJson);
        }
        sb.Append("}</script>\n<script src=\"").Append(Html.Escape(root + ChartsAsset)).Append("\" data-plotly=\"")
            .Append(Html.Escape(root + SiteRenderer.PlotlyAsset)).Append("\" defer></script>");
        return new RawHtml(sb.ToString());
    }
}
