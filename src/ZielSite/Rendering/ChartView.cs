using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>
/// One chart of a page: a stable element id (e.g. "chart-integrationen"), the caption, the short alternative
/// text (pointing to the table), the data table with every plotted value, and the plotly figure as JSON
/// (<c>{"data":[…],"layout":{…}}</c>, with "&lt;" escaped so it can stand inside a script element).
/// </summary>
internal sealed record ChartView(string Id, string Title, string Caption, string AriaLabel, DataTableView Table, string FigureJson)
{
    /// <summary>The table as HTML (<c>table_html</c> in templates).</summary>
    public RawHtml TableHtml => DataTableHtml.Render(Table);
}
