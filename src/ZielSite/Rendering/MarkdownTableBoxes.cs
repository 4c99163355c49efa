using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ZielSite.Rendering;

/// <summary>
/// Reflow (WCAG 1.4.10) for the tables of Markdown pages: each table is written inside a box that scrolls
/// sideways on its own when the table is wider than the screen, so the page never does. The box is focusable
/// (a keyboard user can scroll it) and labelled by the table's column headings ("Tabelle: Kennzahl, Berechnung"),
/// as the figure tables of the region pages are (<c>partials/figures.sbn-html</c>, class <c>table-scroll</c>); on a
/// phone its rows stack, each cell under its column heading.
/// </summary>
internal sealed class MarkdownTableBoxes : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var i = html.ObjectRenderers.FindIndex(r => r is HtmlTableRenderer);
        if (i >= 0) html.ObjectRenderers[i] = new BoxedTableRenderer();
        else html.ObjectRenderers.Add(new BoxedTableRenderer());
    }

    /// <summary>The label of a table's box: its column headings, or "Tabelle" for a table without a heading row.</summary>
    internal static string Label(Table table)
    {
        var names = Headings(table).Where(n => n.Length > 0).ToList();
        return names.Count == 0 ? "Tabelle" : "Tabelle: " + string.Join(", ", names);
    }

    /// <summary>The plain text of each column heading (empty for a table without a heading row).</summary>
    private static List<string> Headings(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is { } header
            ? header.OfType<TableCell>().Select(c => string.Join(" ", c.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim()).ToList()
            : [];

    /// <summary>
    /// On a phone the table stacks (class <c>stack</c>, style.css): each cell under its column's heading, which it
    /// carries as <c>data-label</c>; a table without headings only scrolls.
    /// </summary>
    private static void MarkForStacking(Table table)
    {
        var headings = Headings(table);
        if (headings.Count == 0 || headings.All(h => h.Length == 0)) return;
        table.GetAttributes().AddClass("stack");
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var i = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (i < headings.Count && headings[i].Length > 0) cell.GetAttributes().AddProperty("data-label", headings[i]);
                i++;
            }
        }
    }

    private sealed class BoxedTableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (renderer.EnableHtmlForBlock)
            {
                renderer.EnsureLine();
                renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").WriteEscape(Label(table)).WriteLine("\">");
            }
            MarkForStacking(table);
            base.Write(renderer, table);
            if (renderer.EnableHtmlForBlock) renderer.WriteLine("</div>");
        }
    }
}
