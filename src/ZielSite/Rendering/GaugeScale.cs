using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// The scale of the verdict cards' bullet graphs: one per unit on a page (changes in %, changes in Prozentpunkte,
/// quotas, counts), from a round value at or below the smallest of zero, every value and every target to a round value
/// at or above the largest, so that two bars of the same unit can be compared by their length.
/// </summary>
internal sealed record GaugeScale(double Low, double High, string Kind, string Unit)
{
    /// <summary>The unit group of a verdict: its target's kind and unit ("change/%", "change/pp", "level/%", "level/count").</summary>
    public static string GroupOf(Verdict v) => v.Target.Kind + "/" + v.Target.Unit;

    /// <summary>The scale holding zero, the compared values and the targets of <paramref name="verdicts"/> (one unit group).</summary>
    public static GaugeScale For(IReadOnlyList<Verdict> verdicts)
    {
        var values = verdicts.SelectMany(v => new[] { v.Compared ?? v.Actual, v.Target.Value })
            .OfType<double>().Where(double.IsFinite).Append(0).ToList();
        var (lo, hi) = (values.Min(), values.Max());
        var step = Step(hi - lo);
        lo = Math.Floor(lo / step) * step;
        hi = Math.Ceiling(hi / step) * step;
        if (hi <= lo) hi = lo + step;
        var t = verdicts[0].Target;
        return new GaugeScale(lo == 0 ? 0 : lo, hi == 0 ? 0 : hi, t.Kind, t.Unit);
    }

    /// <summary>A round step (1, 2, 2.5 or 5 times a power of ten) that divides <paramref name="span"/> into at most four parts.</summary>
    internal static double Step(double span)
    {
        if (!(span > 0) || !double.IsFinite(span)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(span / 4)));
        foreach (var f in new[] { 1, 2, 2.5, 5, 10 })
            if (span / (f * magnitude) <= 4) return f * magnitude;
        return 10 * magnitude;
    }

    /// <summary>A tick's text: "+15 %", "−5 %", "+2 Pkt.", "20 %", "1.500".</summary>
    public string Label(double v)
    {
        var decimals = Math.Abs(v - Math.Round(v)) < 1e-9 ? 0 : 1;
        if (Kind != TargetKinds.Level)
            return GermanFormat.Signed(v, decimals) + (Unit switch { "pp" => GermanFormat.UnitSpace + "Pkt.", "count" => "", _ => GermanFormat.UnitSpace + "%" });
        return Unit == "count" ? GermanFormat.Number(v, decimals) : GermanFormat.Percent(v, decimals);
    }
}
