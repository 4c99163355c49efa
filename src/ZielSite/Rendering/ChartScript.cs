using System.Text;

namespace ZielSite.Rendering;

/// <summary>
/// The scripts of a page with charts: plotly.js from the site's assets (never a CDN) and one small inline
/// script calling <c>Plotly.newPlot</c> for each chart (responsive, no logo). Nothing when there are no charts.
/// </summary>
public static class ChartScript
{
    public const string Config = "{\"responsive\":true,\"displaylogo\":false,\"modeBarButtonsToRemove\":[\"select2d\",\"lasso2d\",\"toImage\"]}";

    /// <param name="plotlySrc">Relative URL of plotly.js from the page, e.g. "../../assets/plotly-2.28.0.min.js".</param>
    public static RawHtml? For(IReadOnlyList<ChartView> charts, string plotlySrc)
    {
        if (charts.Count == 0) return null;
        var sb = new StringBuilder(4096);
        sb.Append("<script src=\"").Append(Html.Escape(plotlySrc)).Append("\"></script>\n");
        sb.Append("<script>\n(function () {\n  if (typeof Plotly === \"undefined\") return;\n  var config = ").Append(Config).Append(";\n  var charts = [\n");
        for (var i = 0; i < charts.Count; i++)
        {
            // FigureJson escapes "<" as \u003C, so "</script>" cannot occur inside.
            sb.Append("    [\"").Append(charts[i].Id).Append("\", ").Append(charts[i].FigureJson).Append(']');
            sb.Append(i < charts.Count - 1 ? ",\n" : "\n");
        }
        sb.Append("  ];\n  charts.forEach(function (c) {\n    var el = document.getElementById(c[0]);\n    if (el) { el.textContent = \"\"; Plotly.newPlot(el, c[1].data, c[1].layout, config); }\n  });\n})();\n</script>");
        return new RawHtml(sb.ToString());
    }
}
