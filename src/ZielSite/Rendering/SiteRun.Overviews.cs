using System.Globalization;
using System.Text;
using ZielSite.Templates;

namespace ZielSite.Rendering;

internal sealed partial class SiteRun
{
    /// <summary>One overview per year: the matrix of regions × targets, the map, and the year CSV beside it.</summary>
    public void OverviewPages()
    {
        foreach (var group in _model.Results.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var year = group.Key.ToString(CultureInfo.InvariantCulture);
            var path = $"{year}/index.html";
            var title = OverviewTitle(_strings, group.Key);
            AddEntry(path, title, _strings.Format("overview_keywords", ("year", year)));
            var unit = IOutputReuse.OverviewUnit(group.Key);
            if (TryReuse(unit)) continue;
            var diagnostics = BeginUnit();
            var results = group.ToList();
            var map = MapView.For(_model.Map, "karte", "uebersicht", results.All(r => r.IsFinal));
            var view = OverviewBuilder.Build(group.Key, results, _site.Years, _model.Config.TotalName, map);
            var crumbs = new List<NavLink> { HomeLink, new(title, null) };
            var globals = Globals(Root(path), title, crumbs, "overview", view, path);
            globals["head"] = new RawHtml(CardLabels(view, _strings.Format("overview_card_positive", ("word", view.PositiveWord))));
            var html = _session.RenderPage("overview.sbn-html", globals, diagnostics);
            if (html is not null) EmitPage(path, html);
            var csv = $"{year}/{view.CsvFile}";
            _emit(SiteRenderer.Text(csv, OverviewCsv.Write(group.Key, results, _model.Config.TotalName, Attribution.LineOf(_model.Provenance))));
            EndUnit(diagnostics, unit, html is not null, [path, csv]);
        }
    }

    /// <summary>
    /// The column labels of the overview's cards on a narrow screen (below 920 px, 57.5rem, each row is a card, each cell
    /// labelled by its column): one CSS rule per column, so the 400 rows of a large site carry no label each.
    /// </summary>
    /// <param name="positive">The label of the last column ("Ziele erreicht", <c>strings.json</c>: overview_card_positive).</param>
    private static string CardLabels(OverviewPageView view, string positive)
    {
        var sb = new StringBuilder("<style>@media (max-width: 57.5rem) {");
        for (var i = 0; i < view.Columns.Count; i++)
            sb.Append(" .mx td:nth-child(").Append(i + 2).Append(")::before { content: \"").Append(CssString(view.Columns[i].Label)).Append("\"; }");
        sb.Append(" .mx td:nth-child(").Append(view.Columns.Count + 2).Append(")::before { content: \"").Append(CssString(positive)).Append("\"; }");
        sb.Append(" }</style>");
        return sb.ToString();
    }

    /// <summary>
    /// Text for a CSS string inside a <c>&lt;style&gt;</c> element: quotes, backslashes, markup characters and every
    /// control character (a line feed, carriage return or form feed would end the string) as hex escapes, so that no
    /// text of <c>strings.json</c> or a column label ends the string, the rule or the element.
    /// </summary>
    internal static string CssString(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '"' or '\'' or '\\' or '<' or '>' or '&' || char.IsControl(c) || c is '\u2028' or '\u2029')
                sb.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
