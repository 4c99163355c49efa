using System.Text;
using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>
/// Writes a <see cref="DataTableView"/> as an accessible HTML table (caption, <c>th scope="col"</c> and
/// <c>th scope="row"</c>), escaped. Done in C# rather than a template because every chart has one and a site has
/// thousands of charts; the markup matches <c>partials/data-table.sbn-html</c>.
/// </summary>
internal static class DataTableHtml
{
    public static RawHtml Render(DataTableView table)
    {
        var sb = new StringBuilder(256 + table.Rows.Count * 96);
        // Focusable and named, so a keyboard can scroll it where it is wider than the screen (axe scrollable-region-focusable).
        sb.Append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabelle: ");
        Html.Escape(table.Caption, sb);
        sb.Append("\">\n<table>\n<caption>");
        Html.Escape(table.Caption, sb);
        sb.Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            sb.Append("<th scope=\"col\">");
            Html.Escape(column, sb);
            sb.Append("</th>");
        }
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr><th scope=\"row\">");
            Html.Escape(row.Header, sb);
            sb.Append("</th>");
            foreach (var cell in row.Cells)
            {
                sb.Append("<td class=\"num\">");
                Html.Escape(cell, sb);
                sb.Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</div>");
        return new RawHtml(sb.ToString());
    }
}
