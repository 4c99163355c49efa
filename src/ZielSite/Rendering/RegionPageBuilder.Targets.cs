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

    /// <summary>A target row with the level behind the change and the bullet graphic of a verdict card.</summary>
    public static TargetRow TargetRowOf(Verdict v, RegionYearResult r)
    {
        var row = TargetRowOf(v);
        string? level = null;
        if (TargetLevels.TryGetValue(v.Target.Key, out var l) && r.Current[l.Level] is { } now)
        {
            level = ValueLabels.Format(l.Level, now) + l.Noun;
            if (r.Current[l.Prev] is { } prev)
                level += ", " + PreviousPeriod(r) + ": " + ValueLabels.Format(l.Prev, prev);
        }
        var actual = v.Compared ?? v.Actual;
        return row with { Level = level, Bullet = actual is { } a ? Bullet(a, v.Target.Value) : null };
    }

    /// <summary>"2022" for a complete year; "Jan–Jun 2024" (the same months of last year) in a year still running.</summary>
    internal static string PreviousPeriod(RegionYearResult r)
    {
        var year = (r.Year - 1).ToString(CultureInfo.InvariantCulture);
        if (r.IsFinal) return year;
        return (r.Month == 1 ? GermanFormat.MonthShort(1) : GermanFormat.MonthShort(1) + "–" + GermanFormat.MonthShort(r.Month)) + " " + year;
    }

    /// <summary>
    /// A small bullet graph (SVG, decorative: the card says the same in words): a bar from zero to the actual change
    /// and a vertical mark at the target, on a scale that holds zero, the actual value and the target.
    /// </summary>
    internal static RawHtml Bullet(double actual, double target)
    {
        var lo = Math.Min(0, Math.Min(actual, target));
        var hi = Math.Max(0, Math.Max(actual, target));
        var span = hi - lo;
        if (span <= 0) span = 1;
        lo -= span * 0.08;
        hi += span * 0.08;
        double X(double v) => Math.Round(4 + (v - lo) / (hi - lo) * 192, 1);
        var (x0, xa, xt) = (X(0), X(actual), X(target));
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(400);
        sb.Append("<svg class=\"bullet\" viewBox=\"0 0 200 28\" width=\"200\" height=\"28\" aria-hidden=\"true\" focusable=\"false\">");
        sb.Append("<rect class=\"bullet-track\" x=\"4\" y=\"10\" width=\"192\" height=\"8\"/>");
        sb.Append(inv, $"<rect class=\"bullet-bar\" x=\"{Math.Min(x0, xa)}\" y=\"7\" width=\"{Math.Max(1, Math.Abs(xa - x0))}\" height=\"14\"/>");
        sb.Append(inv, $"<line class=\"bullet-zero\" x1=\"{x0}\" y1=\"4\" x2=\"{x0}\" y2=\"24\"/>");
        sb.Append(inv, $"<line class=\"bullet-target\" x1=\"{xt}\" y1=\"1\" x2=\"{xt}\" y2=\"27\"/>");
        sb.Append("</svg>");
        return new RawHtml(sb.ToString());
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
                .Select(k => new FigureRow(ValueLabels.Label(k), ValueLabels.Format(k, Get(k)),
                    ValueLabels.Format(k, k == BedarfsdeckendShare ? Get(BedarfsdeckendSharePrev) : null), TemplateFunctions.Missing)))
            .Where(f => f.Value != TemplateFunctions.Missing)
            .ToList();
        return (main, more);
    }

    private static int IndexOf(string key)
    {
        for (var i = 0; i < All.Count; i++) if (All[i] == key) return i;
        return int.MaxValue;
    }
}
