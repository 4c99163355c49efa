using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Templates;
using ZielSite.Wording;
using static ZielSite.Indicators.ValueKeys;

namespace ZielSite.Rendering;

internal static partial class RegionPageBuilder
{
    /// <summary>Goal I monitoring figures: value, previous year, change.</summary>
    private static IReadOnlyList<FigureRow> Monitoring(RegionYearResult r)
    {
        var c = r.Current;
        var range = GermanFormat.MonthRange(r.Month);
        return
        [
            Row($"Leistungen zum Lebensunterhalt (K1), Summe {range}", Llu, c[Llu], c[LluPrev], c[K1Change]),
            Row($"Leistungen für Unterkunft und Heizung (K1E1), Summe {range}", Kdu, c[Kdu], c[KduPrev], c[K1E1Change]),
            Row($"Erwerbsfähige Leistungsberechtigte (K1E2), Durchschnitt {range}", ElbMean, c[ElbMean], c[ElbMeanPrev], c[K1E2Change]),
            Row($"Erwerbsfähige Leistungsberechtigte, Bestand {GermanFormat.MonthName(r.Month)}", Elb, c[Elb], c[ElbPrev], c[ElbChange]),
            Row($"Bedarfsgemeinschaften, Bestand {GermanFormat.MonthName(r.Month)}", Bg, c[Bg], c[BgPrev], c[BgChange]),
            ShareRow("Anteil nachhaltiger Integrationen (K2E3)", c[NachhaltigShare], c[NachhaltigSharePrev]),
            ShareRow("Anteil bedarfsdeckender Integrationen", c[BedarfsdeckendShare], c[BedarfsdeckendSharePrev]),
            Row("Integrationsquote der Langzeitleistungsbeziehenden (K3E1)", K3E1, c[K3E1], c[K3E1Prev], c[K3E1Change]),
            Row($"Langzeitleistungsbeziehende seit 4 Jahren oder länger, Bestand {GermanFormat.MonthName(r.Month)}", Lzb4j, c[Lzb4j], c[Lzb4jPrev], c[Lzb4jChange]),
        ];
    }

    /// <summary>The region against the total of all regions, with the rank (1 = best result in the key's direction).</summary>
    private static IReadOnlyList<FigureRow> Comparison(RegionYearResult r, ProjectConfig config)
    {
        string[] keys = [K2, IntegrationenChange, K2Change, K2Gap, K3Change, IntegrationenLzbChange, K3E1];
        return keys
            .Select(k => new FigureRow(ValueLabels.Label(k), ValueLabels.Format(k, r.Current[k]), ValueLabels.Format(k, r.TotalCurrent[k]),
                r.Ranks.TryGetValue(k, out var rank) && r.RankedRegions > 0 ? $"Rang {rank} von {r.RankedRegions}" : TemplateFunctions.Missing))
            .Where(f => f.Value != TemplateFunctions.Missing || f.Reference != TemplateFunctions.Missing)
            .ToList();
    }

    /// <summary>Women, men and the gap: Value = women, Reference = men, Change = gap.</summary>
    private static IReadOnlyList<FigureRow> Gender(RegionYearResult r)
    {
        var c = r.Current;
        var p = (double? v) => ValueLabels.Format(K2Gap, v);
        return
        [
            new("Integrationsquote (K2, Jahresfortschrittswert)", ValueLabels.Format(K2F, c[K2F]), ValueLabels.Format(K2M, c[K2M]), p(c[K2Gap])),
            new("Abstand im Vorjahreszeitraum", "", "", p(c[K2GapPrev])),
            new("Veränderung des Abstands", "", "", ValueLabels.Format(K2GapChange, c[K2GapChange])),
            new("Integrationen seit Januar", ValueLabels.Format(IntegrationenF, c[IntegrationenF]), ValueLabels.Format(IntegrationenM, c[IntegrationenM]), ""),
        ];
    }

    private static FigureRow Row(string label, string key, double? value, double? prev, double? change) =>
        new(label, ValueLabels.Format(key, value), ValueLabels.Format(key, prev), change is { } ch ? GermanFormat.SignedPercent(ch) : TemplateFunctions.Missing);

    /// <summary>
    /// A share and its change against last year, in % like every change on the site (Methodik, "Prozent und
    /// Prozentpunkte"): 61,5 % after 62,5 % is −1,6 %, not "−1,0 Prozentpunkte" (which the same figure read elsewhere).
    /// </summary>
    private static FigureRow ShareRow(string label, double? value, double? prev) =>
        new(label, value is { } v ? GermanFormat.Percent(v) : TemplateFunctions.Missing, prev is { } p ? GermanFormat.Percent(p) : TemplateFunctions.Missing,
            RelativeChange(value, prev) is { } ch ? GermanFormat.SignedPercent(ch) : TemplateFunctions.Missing);

    /// <summary>(value ÷ prev − 1) × 100; null where either is missing or prev is zero.</summary>
    internal static double? RelativeChange(double? value, double? prev) =>
        value is { } a && prev is { } b && b != 0 && double.IsFinite(a) && double.IsFinite(b) ? (a / b - 1) * 100 : null;
}
