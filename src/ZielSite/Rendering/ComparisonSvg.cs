using System.Globalization;
using System.Text;
using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>
/// Writes a comparison figure as inline SVG, drawn when the page is built (no script; it prints). The SVG has no
/// viewBox: it is 100 % wide and a fixed number of px high, every horizontal position is a percentage of its width and
/// every size is in px, so the marks spread with the width while the text keeps its reading size (a scaled viewBox would
/// shrink 13 px labels to 6 px at 320 px). From the top: one row per target label, the row of the region's label, the
/// strip of marks, the row of the total's label, the axis with its ticks and the axis title; each label has a row of
/// its own, so labels never overlap, and <see cref="ComparisonFigure.Place"/> keeps each inside the width.
/// Colours are presentation attributes (the marks also differ in shape: never colour alone).
/// </summary>
internal static class ComparisonSvg
{
    private const int Row = 20, StripHeight = 28, Pad = 4;
    private const string Accent = "#1f4e79", Ink = "#1a1a1a", Grey = "#767676", Axis = "#4a4a4a", Ring = "#6a3d9a";

    /// <summary>The height in px of a figure with <paramref name="targets"/> target labels and, or not, a total.</summary>
    public static int Height(int targets, bool total) => Pad + (targets + 1) * Row + StripHeight + (total ? Row + 10 : 4) + 42;

    public static RawHtml Render(ComparisonMarks m)
    {
        var inv = CultureInfo.InvariantCulture;
        var stripTop = Pad + (m.Targets.Count + 1) * Row;
        var centre = stripTop + StripHeight / 2;
        var stripBottom = stripTop + StripHeight;
        var axisY = stripBottom + (m.Total is null ? 4 : Row + 10);
        var height = Height(m.Targets.Count, m.Total is not null);
        var sb = new StringBuilder(2048 + m.Others.Count * 64);
        sb.Append(inv, $"<svg class=\"cmp-svg\" width=\"100%\" height=\"{height}\" role=\"img\" aria-labelledby=\"{m.Id}-t\" aria-describedby=\"{m.Id}-d\">");
        sb.Append(inv, $"<title id=\"{m.Id}-t\">");
        Html.Escape(m.Name, sb);
        sb.Append(inv, $"</title><desc id=\"{m.Id}-d\">");
        Html.Escape(m.Description, sb);
        sb.Append("</desc>");

        // Zero, the strokes of all other regions, the rings of the similar ones.
        var zero = ComparisonFigure.X(m.Axis, 0);
        sb.Append(inv, $"<line x1=\"{P(zero)}\" x2=\"{P(zero)}\" y1=\"{stripTop}\" y2=\"{axisY}\" stroke=\"{Axis}\" stroke-width=\"1\"/>");
        sb.Append(inv, $"<g stroke=\"{Grey}\" stroke-width=\"2\">");
        foreach (var x in m.Others) sb.Append(inv, $"<line x1=\"{P(x)}\" x2=\"{P(x)}\" y1=\"{stripTop + 3}\" y2=\"{stripBottom - 3}\"/>");
        sb.Append("</g>");
        if (m.Similar.Count > 0)
        {
            sb.Append(inv, $"<g fill=\"none\" stroke=\"{Ring}\" stroke-width=\"2\">");
            foreach (var x in m.Similar) sb.Append(inv, $"<circle cx=\"{P(x)}\" cy=\"{centre}\" r=\"6\"/>");
            sb.Append("</g>");
        }

        // Targets: a dashed line from under its label to the axis.
        for (var i = 0; i < m.Targets.Count; i++)
        {
            var t = m.Targets[i];
            var top = Pad + i * Row;
            sb.Append(inv, $"<line x1=\"{P(t.X)}\" x2=\"{P(t.X)}\" y1=\"{top + Row - 2}\" y2=\"{axisY}\" stroke=\"{Ink}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
            Text(sb, t, top + 15, Ink, bold: false);
        }

        // The total: a triangle under the strip, its label below.
        if (m.Total is { } total)
        {
            sb.Append(inv, $"<svg x=\"{P(total.X)}\" y=\"{stripBottom}\" width=\"1\" height=\"1\" overflow=\"visible\"><path d=\"M0 0L6 9H-6Z\" fill=\"{Ink}\"/></svg>");
            Text(sb, total, stripBottom + 10 + 15, Ink, bold: false);
        }

        // The region: a diamond on the strip, a leader up to its label.
        var labelTop = Pad + m.Targets.Count * Row;
        if (m.ThisX is { } tx)
        {
            sb.Append(inv, $"<line x1=\"{P(tx)}\" x2=\"{P(tx)}\" y1=\"{labelTop + Row - 2}\" y2=\"{centre - 9}\" stroke=\"{Accent}\" stroke-width=\"1.5\"/>");
            sb.Append(inv, $"<svg x=\"{P(tx)}\" y=\"{centre}\" width=\"1\" height=\"1\" overflow=\"visible\"><path d=\"M0 -9L9 0L0 9L-9 0Z\" fill=\"{Accent}\" stroke=\"#fff\" stroke-width=\"1.5\"/></svg>");
        }
        Text(sb, m.This, labelTop + 15, Accent, bold: true);

        // The axis: a line, ticks with German labels, the title with the unit.
        sb.Append(inv, $"<line x1=\"{P(ComparisonFigure.Left)}\" x2=\"{P(ComparisonFigure.Right)}\" y1=\"{axisY}\" y2=\"{axisY}\" stroke=\"{Axis}\" stroke-width=\"1\"/>");
        sb.Append(inv, $"<g stroke=\"{Axis}\" stroke-width=\"1\">");
        foreach (var tick in m.Axis.Ticks)
        {
            var x = P(ComparisonFigure.X(m.Axis, tick));
            sb.Append(inv, $"<line x1=\"{x}\" x2=\"{x}\" y1=\"{axisY}\" y2=\"{axisY + 5}\"/>");
        }
        sb.Append("</g>");
        sb.Append(inv, $"<g font-size=\"{ComparisonFigure.TickSize}\" text-anchor=\"middle\" fill=\"{Ink}\">");
        var labels = m.Axis.Labels;
        for (var i = 0; i < labels.Count; i++)
            sb.Append(inv, $"<text x=\"{P(ComparisonFigure.X(m.Axis, m.Axis.Ticks[i]))}\" y=\"{axisY + 19}\">{labels[i]}</text>");
        sb.Append(inv, $"<text x=\"50%\" y=\"{axisY + 37}\">");
        Html.Escape(m.AxisTitle, sb);
        sb.Append("</text></g></svg>");
        return new RawHtml(sb.ToString());
    }

    /// <summary>
    /// A label in its row, placed to fit (<see cref="ComparisonFigure.Place"/>), with a white halo over lines (CSS class
    /// cmp-halo). Where only the short form fits at 320 px but the full one from <see cref="ComparisonFigure.WideWidth"/>
    /// on, both are written: the full one hidden (class cmp-wide) until style.css shows it on a wide screen and hides the
    /// short one (cmp-narrow); without the style sheet only the short one shows.
    /// </summary>
    private static void Text(StringBuilder sb, ComparisonMarks.Label label, int baseline, string colour, bool bold)
    {
        var narrow = ComparisonFigure.Place(label.Full, label.Short, label.X, bold);
        var wide = ComparisonFigure.Place(label.Full, label.Short, label.X, bold, ComparisonFigure.WideWidth);
        if (narrow.Text == wide.Text)
        {
            Text(sb, label.X, narrow, baseline, colour, bold, "cmp-halo", hidden: false);
            return;
        }
        Text(sb, label.X, narrow, baseline, colour, bold, "cmp-halo cmp-narrow", hidden: false);
        Text(sb, label.X, wide, baseline, colour, bold, "cmp-halo cmp-wide", hidden: true);
    }

    private static void Text(StringBuilder sb, double x, (string Text, string Anchor) placed, int baseline, string colour, bool bold, string classes, bool hidden)
    {
        sb.Append(CultureInfo.InvariantCulture,
            $"<text class=\"{classes}\" x=\"{P(x)}\" y=\"{baseline}\" text-anchor=\"{placed.Anchor}\" font-size=\"{ComparisonFigure.LabelSize}\" fill=\"{colour}\"{(bold ? " font-weight=\"bold\"" : "")}{(hidden ? " display=\"none\"" : "")}>");
        Html.Escape(placed.Text, sb);
        sb.Append("</text>");
    }

    /// <summary>A fraction of the width as an SVG percentage: 0.374 → "37.4%".</summary>
    internal static string P(double fraction) => Math.Round(fraction * 100, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
