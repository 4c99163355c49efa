using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// The geometry of the comparison figure (all regions on one target, <see cref="ComparisonSvg"/>): one axis that holds
/// zero, every value and every target, with "nice" ticks; positions as fractions of the figure's width, so the SVG
/// stretches to any width while its text keeps its size. Labels are placed so that they fit, and ticks so that their
/// labels do not touch, at the narrowest width (<see cref="NarrowestWidth"/>: a 320 px screen less the page margins);
/// a wider figure only spreads them further apart.
/// </summary>
internal static class ComparisonFigure
{
    /// <summary>Left and right end of the axis, as fractions of the width (room for the end ticks' labels).</summary>
    public const double Left = 0.08, Right = 0.92;

    /// <summary>The narrowest width the figure is laid out for, in CSS px (320 px less 2 × 16 px of page margin).</summary>
    public const double NarrowestWidth = 288;

    /// <summary>
    /// The narrowest width of a wide screen, from which a label too long for <see cref="NarrowestWidth"/> is shown in
    /// full (a 40rem screen less the margins; style.css switches at <c>min-width: 40rem</c>).
    /// </summary>
    public const double WideWidth = 608;

    /// <summary>Font sizes in px: labels in the plot, tick labels and the axis title.</summary>
    public const double LabelSize = 13, TickSize = 12;

    /// <summary>At most this many ticks, however wide the figure.</summary>
    public const int MaxTicks = 7;

    /// <summary>The steps an axis may have: 1, 2, 2.5 and 5 times a power of ten, from 0.1 (values are shown with one decimal).</summary>
    private static readonly double[] Steps = Enumerable.Range(-1, 11)
        .SelectMany(e => new[] { 1, 2, 2.5, 5 }.Select(m => Math.Round(m * Math.Pow(10, e), 6)))
        .ToArray();

    /// <summary>
    /// The axis for <paramref name="values"/> (zero is always added): the smallest nice step whose ticks, from a
    /// multiple of the step at or below the smallest value to one at or above the largest, are at most
    /// <see cref="MaxTicks"/> and leave 10 px between their labels at <see cref="NarrowestWidth"/>.
    /// </summary>
    /// <param name="signed">Tick labels of a change carry a sign ("+5"); those of a level do not.</param>
    public static ComparisonAxis Axis(IEnumerable<double> values, bool signed)
    {
        var lo = 0.0;
        var hi = 0.0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }
        if (lo == hi) (lo, hi) = signed ? (-1.0, 1.0) : (0.0, 1.0);
        foreach (var step in Steps)
        {
            if ((hi - lo) / step > 100) continue;
            var first = (long)Math.Floor(lo / step + 1e-9);
            var last = (long)Math.Ceiling(hi / step - 1e-9);
            var count = (int)(last - first + 1);
            if (count > MaxTicks) continue;
            var decimals = DecimalsOf(step);
            var ticks = Enumerable.Range(0, count).Select(i => Math.Round((first + i) * step, 6)).ToArray();
            var widest = ticks.Max(t => TextWidth(TickLabel(t, decimals, signed), TickSize, bold: false));
            var gap = (Right - Left) * NarrowestWidth / (count - 1);
            if (gap < widest + 10) continue;
            return new ComparisonAxis(ticks[0], ticks[^1], step, ticks, decimals, signed);
        }
        throw new InvalidOperationException($"no axis step for {lo}..{hi}"); // unreachable for the values of a region page (5 × 10^9 per tick)
    }

    /// <summary>The position of <paramref name="value"/> on the axis, as a fraction of the figure's width.</summary>
    public static double X(ComparisonAxis axis, double value) =>
        Left + (value - axis.Min) / (axis.Max - axis.Min) * (Right - Left);

    /// <summary>A tick's label in German format: "−5", "0", "+2,5" (signed), "1.500" (a level).</summary>
    public static string TickLabel(double value, int decimals, bool signed) =>
        signed ? GermanFormat.Signed(value, decimals) : GermanFormat.Number(value, decimals);

    /// <summary>The decimals a step needs to be written exactly (2.5 → 1, 0.25 → 2, 5 → 0).</summary>
    private static int DecimalsOf(double step)
    {
        for (var d = 0; d < 6; d++)
            if (Math.Abs(Math.Round(step, d) - step) < 1e-9) return d;
        return 6;
    }

    /// <summary>
    /// A generous estimate of the width of <paramref name="text"/> in px (0.62 em a character, 0.68 em in bold: wider
    /// than the digits and most letters of the common sans-serif fonts), so that a label estimated to fit does fit.
    /// </summary>
    public static double TextWidth(string text, double size, bool bold) => text.Length * size * (bold ? 0.68 : 0.62);

    /// <summary>
    /// Where a label at <paramref name="x"/> (a fraction of the width) stands: centred on its mark where it fits there,
    /// else starting or ending at the mark, at the narrowest width with 2 px to spare; the short form where the full
    /// one does not fit either way (at <paramref name="width"/>, <see cref="NarrowestWidth"/> unless given). Returns the text
    /// and its SVG text-anchor (start, middle, end).
    /// </summary>
    public static (string Text, string Anchor) Place(string full, string? shorter, double x, bool bold, double width = NarrowestWidth)
    {
        var at = x * width;
        foreach (var text in shorter is null ? [full] : new[] { full, shorter })
        {
            var w = TextWidth(text, LabelSize, bold);
            if (at - w / 2 >= 2 && at + w / 2 <= width - 2) return (text, "middle");
            if (at + w <= width - 2) return (text, "start");
            if (at - w >= 2) return (text, "end");
        }
        return (shorter ?? full, at < width / 2 ? "start" : "end");
    }
}
