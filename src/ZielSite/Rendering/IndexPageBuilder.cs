using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>The start page's view of the latest year with results (<see cref="GlanceView"/>).</summary>
internal static class IndexPageBuilder
{
    /// <summary>
    /// A label with soft hyphens in its long compounds, so that a narrow table cell breaks
    /// "Langzeit-leistungs-beziehende" at a syllable rather than anywhere.
    /// </summary>
    public static string Breakable(string label) => label
        .Replace("Langzeitleistungsbeziehend", "Langzeit\u00ADleistungs\u00ADbeziehend", StringComparison.Ordinal)
        .Replace("Integrationsquote", "Integrations\u00ADquote", StringComparison.Ordinal);

    private static readonly VerdictStatus[] StatusOrder =
        [VerdictStatus.Met, VerdictStatus.Missed, VerdictStatus.OnTrack, VerdictStatus.OffTrack, VerdictStatus.NoData];

    /// <param name="results">The results of one year (the latest with data).</param>
    public static GlanceView? Glance(IReadOnlyList<RegionYearResult> results, MapView? map)
    {
        if (results.Count == 0) return null;
        var year = results[0].Year;
        var month = OverviewBuilder.CommonMonth(results);
        var reference = results.First(r => r.Month == month);
        var verdicts = results.SelectMany(r => r.Verdicts).ToList();
        // Statuses that occur, in fixed order; a complete year always shows erreicht and verfehlt, an open one auf Kurs and nicht auf Kurs.
        var isFinal = results.All(r => r.IsFinal);
        var shown = StatusOrder.Where(s => verdicts.Any(v => v.Status == s)
            || (isFinal ? s is VerdictStatus.Met or VerdictStatus.Missed : s is VerdictStatus.OnTrack or VerdictStatus.OffTrack)).ToList();
        var statuses = shown.Select(s => new StatusCount(OverviewBuilder.ClassOf(s), VerdictLabels.Symbol(s), OverviewBuilder.Word(s), verdicts.Count(v => v.Status == s))).ToList();
        var goals = OverviewBuilder.KeysOf(results)
            .Select(k =>
            {
                var of = verdicts.Where(v => v.Target.Key == k).ToList();
                return new GoalRow(Breakable(IndicatorLabels.Target(k)), shown.Select(s => of.Count(v => v.Status == s)).ToList(), of.Count);
            })
            .ToList();

        var total = reference.TotalCurrent;
        var headlines = new List<Headline>();
        void Add(string label, string valueKey, string prevKey, string changeKey, Func<double, string> format)
        {
            if (total[valueKey] is not { } value) return;
            headlines.Add(new Headline(Breakable(label), format(value), total[prevKey] is { } p ? format(p) : TemplateFunctions.Missing,
                total[changeKey] is { } c ? GermanFormat.SignedPercent(c) : TemplateFunctions.Missing));
        }
        Add("Integrationen", ValueKeys.Integrationen, ValueKeys.IntegrationenPrev, ValueKeys.IntegrationenChange, GermanFormat.Integer);
        Add("Integrationsquote (K2)", ValueKeys.K2, ValueKeys.K2Prev, ValueKeys.K2Change, v => GermanFormat.Percent(v));
        Add("Langzeitleistungsbeziehende (Durchschnitt)", ValueKeys.LzbMean, ValueKeys.LzbMeanPrev, ValueKeys.K3Change, GermanFormat.Integer);

        var rows = results.OrderBy(r => r.Region.Name, StringComparer.Ordinal)
            .Select(r => new MapRow(r.Region.Ags, r.Region.Name, $"{year}/{r.Region.Slug}/index.html",
                r.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)), r.Verdicts.Count))
            .ToList();

        var extremes = new List<BestWorst>();
        foreach (var key in OverviewBuilder.KeysOf(results))
        {
            var with = results
                .SelectMany(r => r.Verdicts.Where(v => v.Target.Key == key && (v.Compared ?? v.Actual) is not null).Select(v => (r, v, x: (v.Compared ?? v.Actual)!.Value)))
                .OrderBy(e => TargetKeys.MoreIsBetter(key) ? -e.x : e.x).ThenBy(e => e.r.Region.Name, StringComparer.Ordinal)
                .ToList();
            if (with.Count < 2) continue;
            MapLink Link((RegionYearResult r, Verdict v, double x) e) =>
                new(e.r.Region.Name, $"{year}/{e.r.Region.Slug}/index.html", OverviewBuilder.Display(e.x, e.v.Target.Unit), OverviewBuilder.ClassOf(e.v.Status), OverviewBuilder.Word(e.v.Status));
            extremes.Add(new BestWorst(Breakable(IndicatorLabels.Target(key)), with.Count, Link(with[0]), Link(with[^1])));
        }

        return new GlanceView(year, RegionPageBuilder.Stand(reference), isFinal, verdicts.Count, statuses, goals, headlines,
            GermanFormat.MonthRange(month), rows, extremes, map);
    }
}
