using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>Turns a <see cref="RegionYearResult"/> into the formatted <see cref="RegionPageView"/> (pure).</summary>
internal static partial class RegionPageBuilder
{
    /// <param name="history">The region's results of all years (for charts and the year links).</param>
    public static RegionPageView Build(RegionYearResult r, IReadOnlyList<RegionYearResult> history, ProjectConfig config, IReadOnlyList<string> narrative)
    {
        var scales = r.Verdicts.GroupBy(GaugeScale.GroupOf).ToDictionary(g => g.Key, g => GaugeScale.For([.. g]), StringComparer.Ordinal);
        var targets = r.Verdicts
            .OrderBy(v => TargetKeys.Order(v.Target.Key))
            .Select(v => TargetRowOf(v, r, scales[GaugeScale.GroupOf(v)]))
            .ToList();
        var others = history.OrderBy(h => h.Year)
            .Select(h => new NavLink(h.Year.ToString(CultureInfo.InvariantCulture), h.Year == r.Year ? null : $"{h.Year}/{h.Region.Slug}/index.html"))
            .ToList();
        var assumptions = new List<string>();
        if (r.Verdicts.Any(v => v.Target.Key == TargetKeys.K2Gap))
            assumptions.Add("Annahme: Der Abstand ist die Integrationsquote der Männer minus die der Frauen, jeweils auf den eigenen Bestand bezogen; verglichen wird die Veränderung in Prozentpunkten.");
        if (r.Verdicts.Any(v => v.Target.Key is TargetKeys.K1 or TargetKeys.K1E1 or TargetKeys.K1E2))
            assumptions.Add("Annahme: K1, K1E1 und K1E2 werden als Veränderung der Summe (bzw. des Durchschnitts) von Januar bis zum Stand-Monat gegenüber dem Vorjahreszeitraum berechnet.");
        assumptions.Add(config.RoundedComparison
            ? "Annahme: Ziele werden mit den auf eine Nachkommastelle gerundeten Werten verglichen, so wie sie hier stehen."
            : "Ziele werden mit den ungerundeten Werten verglichen; die angezeigten Werte sind auf eine Nachkommastelle gerundet.");

        var (projection, projectionMore) = Projection(r);
        return new RegionPageView(
            r.Region, r.Year, r.Month, r.IsFinal, Stand(r),
            r.Agreement is null ? null : AgreementViewOf(r.Agreement),
            targets,
            r.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)),
            narrative,
            ChartBuilder.Build(r, history, config.TotalName),
            Monitoring(r),
            Comparison(r, config),
            Gender(r),
            projection,
            projectionMore,
            others,
            assumptions);
    }

    /// <summary>"Juni 2025"; "Dezember 2023 (Jahreswert)" for a complete year.</summary>
    public static string Stand(RegionYearResult r) =>
        GermanFormat.MonthYear(r.Year, r.Month) + (r.IsFinal ? " (Jahreswert)" : "");

    public static TargetRow TargetRowOf(Verdict v)
    {
        var t = v.Target;
        var actual = v.Compared ?? v.Actual;
        string? reason = v.Status == VerdictStatus.NoData ? v.Reason ?? "Ein benötigter Monatswert fehlt." : null;
        string? corrected = t.CorrectedBy is null ? null : $"von Hand eingetragen (Datei {t.CorrectedBy})";
        return new TargetRow(t.Key, IndicatorLabels.Target(t.Key), GermanFormat.TargetText(t),
            actual is { } a ? VerdictLabels.ProjectedWord(v) + GermanFormat.TargetValue(t, a) : TemplateFunctions.Missing,
            VerdictStatusNames.Json(v.Status), VerdictLabels.Symbol(v.Status), VerdictLabels.Text(v.Status, v.Month),
            reason, corrected, t.Span.Line, t.Sentence) { Kind = t.Kind, DistanceText = TargetDistance.Of(v) is null ? null : TargetDistance.Text(v) };
    }

    public static AgreementView AgreementViewOf(Agreement a)
    {
        var blocks = new List<AgreementBlockView>();
        List<string>? items = null;
        foreach (var b in a.Blocks)
        {
            if (b.Kind == TextBlockKind.ListItem)
            {
                if (items is null) { items = []; blocks.Add(new AgreementBlockView("list", "", items)); }
                items.Add(b.Text);
                continue;
            }
            items = null;
            blocks.Add(new AgreementBlockView(b.Kind == TextBlockKind.Heading ? "heading" : "paragraph", b.Text, []));
        }
        var path = AgreementSources.SitePath(a);
        var (article, label) = AgreementSources.LinkText(a);
        return new AgreementView(a.Parties, a.LegalBasis, blocks, path, Path.GetFileName(a.File), a.SteeringDialogues, a.Documents)
        {
            SourceArticle = article,
            SourceLabel = label,
        };
    }
}
