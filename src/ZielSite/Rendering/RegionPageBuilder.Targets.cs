using System.Globalization;
using System.Text;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Templates;
using ZielSite.Wording;
using static ZielSite.Indicators.ValueKeys;

namespace ZielSite.Rendering;

internal static partial class RegionPageBuilder
{
    /// <summary>
    /// The level behind each target's change: the value now, the same period of the previous year, the change the
    /// verdict reads, and the word after the number on a verdict card ("1.714 Integrationen, 2022: 1.550").
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, (string Level, string Prev, string Change, string Noun)> TargetLevels =
        new Dictionary<string, (string, string, string, string)>(StringComparer.Ordinal)
        {
            [TargetKeys.Integrationen] = (Integrationen, IntegrationenPrev, IntegrationenChange, " Integrationen"),
            [TargetKeys.IntegrationenLzb] = (IntegrationenLzb, IntegrationenLzbPrev, IntegrationenLzbChange, " Integrationen"),
            [TargetKeys.K1] = (Llu, LluPrev, K1Change, ""),
            [TargetKeys.K1E1] = (Kdu, KduPrev, K1E1Change, ""),
            [TargetKeys.K1E2] = (ElbMean, ElbMeanPrev, K1E2Change, " im Durchschnitt"),
            [TargetKeys.K2] = (K2, K2Prev, K2Change, ""),
            [TargetKeys.K2Gap] = (K2Gap, K2GapPrev, K2GapChange, " Abstand"),
            [TargetKeys.K2E3] = (NachhaltigShare, NachhaltigSharePrev, K2E3Change, " nachhaltig"),
            [TargetKeys.K3] = (LzbMean, LzbMeanPrev, K3Change, " im Durchschnitt"),
            [TargetKeys.K3E1] = (K3E1, K3E1Prev, K3E1Change, ""),
        };

    /// <summary>A target row with the level behind the change and the bullet graphic of a verdict card on <paramref name="scale"/>.</summary>
    public static TargetRow TargetRowOf(Verdict v, RegionYearResult r, GaugeScale? scale = null)
    {
        var row = TargetRowOf(v);
        string? level = null;
        if (TargetLevels.TryGetValue(v.Target.Key, out var l) && r.Current[l.Level] is { } now)
        {
            level = ValueLabels.Format(l.Level, now) + l.Noun;
            if (r.Current[l.Prev] is { } prev)
                level += ", " + PreviousPeriod(r) + ": " + ValueLabels.Format(l.Prev, prev);
        }
        // The change of a quota in %, which a reader could take for points: said once on its card.
        if (level is not null && !v.Target.IsLevel && v.Target.Unit == "%" && v.Target.Key is TargetKeys.K2 or TargetKeys.K3E1 or TargetKeys.K2E3)
            level += "; die Veränderung ist relativ (in %, nicht in Prozentpunkten)";
        // A projected level says what it was projected from: the level from January to the Stand month.
        if (r.YearToDate(v) is { } ytd)
        {
            level = $"hochgerechnet aus {GermanFormat.MonthRange(r.Month)} {r.Year.ToString(CultureInfo.InvariantCulture)}: {GermanFormat.TargetValue(v.Target, ytd)}";
            if (TargetLevels.TryGetValue(v.Target.Key, out var p) && p.Level == ValueKeys.LevelFor(v.Target.Key) && r.Current[p.Prev] is { } before)
                level += ", " + PreviousPeriod(r) + ": " + GermanFormat.TargetValue(v.Target, before);
        }
        var actual = v.Compared ?? v.Actual;
        scale ??= GaugeScale.For([v]);
        return row with { Level = level, Bullet = actual is { } a && double.IsFinite(a) ? Bullet(a, v.Target.Value, scale) : null };
    }

    /// <summary>"2022" for a complete year; "Jan–Jun 2024" (the same months of last year) in a year still running.</summary>
    internal static string PreviousPeriod(RegionYearResult r)
    {
        var year = (r.Year - 1).ToString(CultureInfo.InvariantCulture);
        if (r.IsFinal) return year;
        return (r.Month == 1 ? GermanFormat.MonthShort(1) : GermanFormat.MonthShort(1) + "–" + GermanFormat.MonthShort(r.Month)) + " " + year;
    }

    /// <summary>
    /// A small bullet graph (SVG, decorative: the card says the same in words): a bar from zero to the actual value
    /// and a vertical mark at the target, on <paramref name="scale"/> (shared by every card of the page that measures
    /// in the same unit, so that equal lengths mean equal values), with 0, the scale's ends and "Ziel" written on it.
    /// </summary>
    internal static RawHtml Bullet(double actual, double target, GaugeScale scale)
    {
        const double left = 6, width = 188;
        double X(double v) => Math.Round(left + (Math.Clamp(v, scale.Low, scale.High) - scale.Low) / (scale.High - scale.Low) * width, 1);
        var (x0, xa, xt) = (X(0), X(actual), X(target));
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(700);
        sb.Append("<svg class=\"bullet\" viewBox=\"0 0 200 44\" width=\"200\" height=\"44\" aria-hidden=\"true\" focusable=\"false\">");
        sb.Append(inv, $"<text class=\"bullet-label\" x=\"{xt}\" y=\"9\" text-anchor=\"{Anchor(xt)}\">Ziel</text>");
        sb.Append(inv, $"<rect class=\"bullet-track\" x=\"{left}\" y=\"16\" width=\"{width}\" height=\"8\"/>");
        sb.Append(inv, $"<rect class=\"bullet-bar\" x=\"{Math.Min(x0, xa)}\" y=\"13\" width=\"{Math.Max(1, Math.Abs(xa - x0))}\" height=\"14\"/>");
        sb.Append(inv, $"<line class=\"bullet-zero\" x1=\"{x0}\" y1=\"11\" x2=\"{x0}\" y2=\"30\"/>");
        sb.Append(inv, $"<line class=\"bullet-target\" x1=\"{xt}\" y1=\"11\" x2=\"{xt}\" y2=\"30\"/>");
        // The scale's ends and zero, each where no other label is (a label is at most about 40 units wide).
        var ticks = new List<(double X, string Text)> { (x0, "0") };
        foreach (var (v, x) in new[] { (scale.Low, left), (scale.High, left + width) })
            if (v != 0 && Math.Abs(x - x0) >= 40) ticks.Add((x, scale.Label(v)));
        foreach (var (x, text) in ticks)
            sb.Append(inv, $"<text class=\"bullet-tick\" x=\"{x}\" y=\"42\" text-anchor=\"{Anchor(x)}\">{text}</text>");
        sb.Append("</svg>");
        return new RawHtml(sb.ToString());

        static string Anchor(double x) => x < 30 ? "start" : x > 170 ? "end" : "middle";
    }

    /// <summary>
    /// The year-end projection: the rows of the agreement's targets first (projected level, last year's December
    /// value, projected change), then every other projected level for the collapsed part.
    /// </summary>
    private static (IReadOnlyList<FigureRow> Main, IReadOnlyList<FigureRow> More) Projection(RegionYearResult r)
    {
        if (r.IsFinal || r.Projection.Count == 0) return ([], []);
        var p = r.Projection;
        double? Get(string key) => p.TryGetValue(key, out var v) ? v : null;
        FigureRow Row(string label, (string Level, string Prev, string Change, string Noun) l) =>
            new(label, ValueLabels.Format(l.Level, Get(l.Level)), ValueLabels.Format(l.Prev, Get(l.Prev)), ValueLabels.Format(l.Change, Get(l.Change)));
        var targetKeys = r.Agreement?.Targets.Select(t => t.Key).Where(TargetLevels.ContainsKey).Distinct().OrderBy(TargetKeys.Order).ToList()
            ?? [];
        if (targetKeys.Count == 0) targetKeys = [TargetKeys.Integrationen, TargetKeys.K2, TargetKeys.K3];
        var main = targetKeys.Select(k => Row(IndicatorLabels.Target(k), TargetLevels[k])).ToList();
        var shown = targetKeys.Select(k => TargetLevels[k].Level).ToHashSet(StringComparer.Ordinal);
        var more = TargetLevels.Values.Where(l => !shown.Contains(l.Level)).OrderBy(l => IndexOf(l.Level))
            .Select(l => Row(ValueLabels.Label(l.Level), l))
            .Concat(new[] { IntegrationenF, IntegrationenM, K2F, K2M, BedarfsdeckendShare }
                .Where(k => p.ContainsKey(k))
                .Select(k => k == BedarfsdeckendShare
                    ? new FigureRow(ValueLabels.Label(k), ValueLabels.Format(k, Get(k)), ValueLabels.Format(k, Get(BedarfsdeckendSharePrev)),
                        RelativeChange(Get(k), Get(BedarfsdeckendSharePrev)) is { } ch ? GermanFormat.SignedPercent(ch) : TemplateFunctions.Missing)
                    // The projection holds no December of last year for these: not missing data, not shown.
                    : new FigureRow(ValueLabels.Label(k), ValueLabels.Format(k, Get(k)), NotShown, NotShown)))
            .Where(f => f.Value != TemplateFunctions.Missing)
            .ToList();
        return (main, more);
    }

    /// <summary>A cell the table does not show a value in by design (not a missing value, which is "–").</summary>
    internal const string NotShown = "nicht ausgewiesen";

    private static int IndexOf(string key)
    {
        for (var i = 0; i < All.Count; i++) if (All[i] == key) return i;
        return int.MaxValue;
    }
}
