using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// The comparison figures of a region page: for each Kennzahl the region has a target on (one figure per key and
/// kind, in the order of the verdict cards), every region's value on the measure that target is judged on, at the
/// page's Stand month (the same months for every region; a level target before December on each region's projection),
/// the total, the target(s) and the regions of the same Vergleichstyp (pure).
/// </summary>
internal static class ComparisonBuilder
{
    public static IReadOnlyList<ComparisonView> Build(RegionYearResult r, ComparisonPeers peers, string totalName)
    {
        var views = new List<ComparisonView>();
        foreach (var group in r.Verdicts.GroupBy(v => (v.Target.Key, v.Target.Kind)))
            if (Figure(r, group.Select(v => v.Target).ToList(), peers, totalName) is { } view) views.Add(view);
        return views;
    }

    /// <summary>The value a figure of <paramref name="key"/> and <paramref name="kind"/> shows: the change the target is judged on, or the level.</summary>
    public static string? ValueKey(string key, string kind) => kind == TargetKinds.Level ? ValueKeys.LevelFor(key) : ValueKeys.ActualFor(key);

    /// <summary>
    /// Every region of <paramref name="peers"/> on one Kennzahl, at <paramref name="r"/>'s Stand month M: a region whose
    /// data end before M has no value ("Daten nur bis Mai 2025"), one with data beyond M is taken at M. Ranks as
    /// <see cref="ResultCalculator"/> ranks (unrounded values; lower is better for stocks, costs and the gap).
    /// </summary>
    public static IReadOnlyList<ComparisonPoint> Points(RegionYearResult r, string key, string kind, ComparisonPeers peers)
    {
        if (ValueKey(key, kind) is not { } valueKey) return [];
        var projected = kind == TargetKinds.Level && !r.IsFinal;
        var month = r.Month;
        var type = r.Region.ComparisonType;
        var points = new List<ComparisonPoint>(peers.Regions.Count);
        foreach (var region in peers.Regions)
        {
            var isThis = region.Ags == r.Region.Ags;
            var result = isThis ? r : peers.ResultOf(region.Ags);
            double? value = null;
            string? reason = null;
            if (result is null) reason = $"keine Werte für {r.Year.ToString(CultureInfo.InvariantCulture)}";
            else if (result.Month < month) reason = "Daten nur bis " + GermanFormat.MonthYear(result.Year, result.Month);
            else if (projected)
            {
                value = peers.ProjectionAt(result, month).GetValueOrDefault(valueKey);
                if (value is null) reason = "nicht hochzurechnen: Es fehlen Werte des Vorjahres";
            }
            else
            {
                var set = result.ByMonth[month - 1];
                value = set[valueKey];
                if (value is null) reason = set.MissingReason(valueKey) ?? "nicht berechenbar";
            }
            if (value is { } v && !double.IsFinite(v)) (value, reason) = (null, "nicht berechenbar");
            var verdict = result?.Verdicts.FirstOrDefault(x => x.Target.Key == key && x.Target.Kind == kind);
            points.Add(new ComparisonPoint(region, value, reason, verdict, isThis, !isThis && type is not null && region.ComparisonType == type));
        }
        var lower = ResultCalculator.RanksLowestFirst(valueKey);
        var scores = points.Where(p => p.Value is not null).Select(p => lower ? -p.Value!.Value : p.Value!.Value).ToArray();
        return points.Select(p => p.Value is not { } v ? p : p with { Rank = 1 + scores.Count(s => s > (lower ? -v : v)) }).ToList();
    }

    private static ComparisonView? Figure(RegionYearResult r, IReadOnlyList<Target> targets, ComparisonPeers peers, string totalName)
    {
        var (key, kind, unit) = (targets[0].Key, targets[0].Kind, targets[0].Unit);
        if (ValueKey(key, kind) is not { } valueKey) return null;
        var points = Points(r, key, kind, peers);
        var valued = points.Where(p => p.Value is not null).ToList();
        if (valued.Count == 0) return null;
        var projected = kind == TargetKinds.Level && !r.IsFinal;
        string Value(double v) => GermanFormat.TargetValue(kind, unit, v);
        var id = $"vgl-{key}-{kind}";
        var title = IndicatorLabels.Target(key) + (kind == TargetKinds.Level ? ", Jahreswert" : "");

        var land = peers.LandTargets.Where(t => t.Key == key && t.Kind == kind).ToList();
        double? total = projected ? peers.TotalProjection(r).GetValueOrDefault(valueKey) : r.TotalCurrent[valueKey];
        if (total is { } tv && !double.IsFinite(tv)) total = null;
        var axis = ComparisonFigure.Axis(valued.Select(p => p.Value!.Value).Concat(targets.Concat(land).Select(t => t.Value))
            .Concat(total is { } t0 ? [t0] : []), signed: kind != TargetKinds.Level);
        double X(double v) => ComparisonFigure.X(axis, v);

        var self = points.Single(p => p.IsThis);
        var rank = self.Rank is { } k ? ComparisonLabels.Rank(k, valued.Count) : null;
        var selfValue = self.Value is { } sv ? ComparisonLabels.Value(kind, unit, sv, projected) : ComparisonLabels.NoData(self.Reason ?? "");
        var targetTexts = targets.Select(t => "Ziel " + TargetDistance.Threshold(t))
            .Concat(land.Select(t => ComparisonLabels.LandTarget + " " + TargetDistance.Threshold(t))).ToList();
        var targetMarks = targets.Select(t => new ComparisonMarks.Label(X(t.Value), "Ziel " + ComparisonLabels.ShortThreshold(t), null))
            .Concat(land.Select(t => new ComparisonMarks.Label(X(t.Value), ComparisonLabels.LandTarget + " " + ComparisonLabels.ShortThreshold(t), null)))
            .ToList();
        string Label(double v) => ComparisonLabels.Short(kind, unit, v);
        var totalText = total is { } tt ? ComparisonLabels.Value(kind, unit, tt, projected) : null;
        var similar = Similar(r, points, kind, unit, projected);
        var min = valued.Min(p => p.Value!.Value);
        var max = valued.Max(p => p.Value!.Value);
        var description = ComparisonLabels.Sentence(r.Region.Name, selfValue, rank, totalName, totalText, targetTexts,
            Value(min) + " bis " + Value(max), similar is { Members.Count: > 0, Count: > 0 } ? ComparisonLabels.TypeMean(similar.Type, similar.Mean) : null);

        var marks = new ComparisonMarks(id, $"{title}: {r.Region.Name} im Vergleich mit allen Regionen", description, axis,
            ComparisonLabels.AxisTitle(kind, unit, projected),
            valued.Where(p => !p.IsThis).Select(p => X(p.Value!.Value)).ToList(),
            valued.Where(p => p.IsSimilar).Select(p => X(p.Value!.Value)).ToList(),
            self.Value is { } x
                ? new ComparisonMarks.Label(X(x), $"{r.Region.Name}: {Label(x)}", Label(x))
                : new ComparisonMarks.Label(0.5, $"{r.Region.Name}: {VerdictLabels.Word(VerdictStatus.NoData)}", VerdictLabels.Word(VerdictStatus.NoData)),
            self.Value is { } y ? X(y) : null,
            total is { } z ? new ComparisonMarks.Label(X(z), $"{totalName}: {Label(z)}", Label(z)) : null,
            targetMarks);

        var legend = new List<ComparisonView.LegendItem> { new("region", r.Region.Name + ": " + selfValue + (rank is null ? "" : ", " + rank)) };
        if (similar is { Members.Count: > 0 }) legend.Add(new("similar", $"ähnliche Jobcenter (Vergleichstyp {similar.Type})"));
        legend.Add(new("other", "übrige Regionen (je ein Strich)"));
        if (totalText is not null) legend.Add(new("total", totalName + ": " + totalText));
        legend.AddRange(targetTexts.Select(t => new ComparisonView.LegendItem("target", t)));

        var ordered = points.OrderBy(p => p.Rank ?? int.MaxValue).ThenBy(p => p.Region.Name, StringComparer.Ordinal).ToList();
        var shown = TableRegions(ordered);
        var rows = shown
            .Select(p => new ComparisonView.Row(p.Region.Name, p.IsThis, p.IsSimilar,
                p.Rank?.ToString(CultureInfo.InvariantCulture) ?? GermanFormat.Missing,
                p.Value is { } v ? Value(v) : ComparisonLabels.NoData(p.Reason ?? ""),
                p.Verdict is { } vd ? TargetDistance.Threshold(vd.Target) : ComparisonLabels.NoTarget,
                p.Verdict is { } s ? VerdictStatusNames.Json(s.Status) : "none",
                p.Verdict is { } s2 ? VerdictLabels.Symbol(s2.Status) : "",
                p.Verdict is { } s3 ? VerdictLabels.Text(s3.Status, s3.Month) : GermanFormat.Missing,
                p.Region.ComparisonType ?? GermanFormat.Missing))
            .ToList();
        var valueHeader = kind == TargetKinds.Level
            ? projected ? "Jahreswert (" + ComparisonLabels.Projected + ")" : "Jahreswert"
            : unit == "pp" ? "Veränderung (Prozentpunkte)" : "Veränderung";
        return new ComparisonView(id, key, title,
            ComparisonLabels.Caption(kind, r.Year, r.Month, valued.Count, totalName),
            ComparisonSvg.Render(marks), description, legend, similar,
            $"{title}: alle Regionen, {ComparisonLabels.Period(kind, r.Year, r.Month)}", valueHeader,
            peers.Regions.Any(p => p.ComparisonType is not null), rows)
        {
            TableNote = shown.Count < ordered.Count ? ComparisonLabels.TableCut(shown.Count, ordered.Count, r.Year) : null,
        };
    }

    /// <summary>At most this many regions in a figure's table: beyond it the page would grow with the square of the regions.</summary>
    internal const int MaxTableRows = 41;

    /// <summary>
    /// The regions of a figure's table (ranked order): all of them up to <see cref="MaxTableRows"/>; beyond, the ten
    /// best, the ten worst and the ten on either side of this region (every region stays in the figure, and the year's
    /// overview lists all).
    /// </summary>
    internal static List<ComparisonPoint> TableRegions(IReadOnlyList<ComparisonPoint> ordered)
    {
        if (ordered.Count <= MaxTableRows) return [.. ordered];
        var at = Math.Max(0, ordered.ToList().FindIndex(p => p.IsThis));
        return ordered.Where((p, i) => i < 10 || i >= ordered.Count - 10 || Math.Abs(i - at) <= 10).ToList();
    }

    /// <summary>The other regions of the page's Vergleichstyp and the type's unweighted mean (this region included); null without a type.</summary>
    private static ComparisonView.SimilarRegions? Similar(RegionYearResult r, IReadOnlyList<ComparisonPoint> points, string kind, string unit, bool projected)
    {
        if (r.Region.ComparisonType is not { } type) return null;
        var members = points.Where(p => p.IsSimilar).OrderBy(p => p.Region.Name, StringComparer.Ordinal)
            .Select(p => new ComparisonView.Member(p.Region.Name, p.Value is { } v ? GermanFormat.TargetValue(kind, unit, v) : ComparisonLabels.NoData(p.Reason ?? "")))
            .ToList();
        var values = points.Where(p => (p.IsSimilar || p.IsThis) && p.Value is not null).Select(p => p.Value!.Value).ToList();
        var mean = values.Count == 0 ? GermanFormat.Missing : ComparisonLabels.Value(kind, unit, values.Average(), projected);
        return new ComparisonView.SimilarRegions(type, ComparisonLabels.Similar(type), members, mean, values.Count);
    }
}
