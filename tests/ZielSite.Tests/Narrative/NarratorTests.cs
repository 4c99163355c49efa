using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Narrative;
using ZielSite.Rendering;
using ZielSite.Tests.Rendering;
using ZielSite.Templates;

namespace ZielSite.Tests.Narrative;

/// <summary>
/// The narrative of the built-in template, sentence by sentence, for hand-checked cases: targets grouped into met and
/// missed, by how much a target is missed (the cards' distance), "nicht sinken" / "nicht steigen" for a target of 0,
/// a level target before December named as projected beside its year-to-date value, targets without data named.
/// </summary>
public class NarratorTests
{
    private static readonly TemplateSet Templates = TemplateSet.Load([TestSite.BuiltInTemplates], new DiagnosticBag());

    private static IReadOnlyList<string> Paragraphs(RegionYearResult result)
    {
        var bag = new DiagnosticBag();
        var paragraphs = Narrator.Narrate(result, TestSite.Config, Templates.NewSession(), bag);
        Assert.Empty(bag.ToSortedList());
        return paragraphs.Select(p => p.Replace('\u00A0', ' ').Replace('\u2212', '-')).ToList();
    }

    private static IReadOnlyList<string> Paragraphs(int resultIndex, SiteModel? model = null) =>
        Paragraphs((model ?? TestSite.Model()).Results[resultIndex]);

    [Fact]
    public void Final_year_groups_met_and_missed_targets_with_the_distance_and_zero_targets_in_words()
    {
        // Borken 2023: integrationen +13,1 (≥ 12,6), k2 +0,8 (≥ 0), integrationen_lzb +7,0 (≥ 6,6) met;
        // k2_gap +0,3 pp (≤ 0) and k3 −5,0 (≤ −5,2) missed. The cards' distance of k3: −0,2 Pkt.
        Assert.Equal(
        [
            "Im Jahr 2023 hat der Kreis Borken 3 von 5 Zielen erreicht.",
            "Erreicht hat er die Ziele bei der Zahl der Integrationen (+13,1 %, Ziel: mindestens +12,6 %), bei der Integrationsquote " +
            "(+0,8 %, Ziel: nicht sinken) und bei der Zahl der Integrationen von Langzeitleistungsbeziehenden (+7,0 %, Ziel: mindestens +6,6 %).",
            "Verfehlt hat er das Ziel beim Abstand der Integrationsquoten von Männern und Frauen: Er stieg um 0,3 Prozentpunkte, " +
            "sollte aber nicht steigen. Auch beim Bestand an Langzeitleistungsbeziehenden fehlten bis zum Ziel 0,2 Prozentpunkte " +
            "(-5,0 %, Ziel: höchstens -5,2 %).",
            "Im Kreis Borken waren im Dezember 2023 16.352 erwerbsfähige Leistungsberechtigte gemeldet; sie lebten in 8.232 " +
            "Bedarfsgemeinschaften. Die Integrationsquote des Kreises Borken lag mit 15,4 % unter dem Wert für alle zkT in NRW (15,6 %).",
        ], Paragraphs(0));
    }

    /// <summary>
    /// Borken, Stand Juni 2025: integrationen +6,2 (≥ 5,0) on track; k2 as a level (≥ 15,9 %) projected to 15,3 % from
    /// 7,8 % in January to June, off track by 0,6; k3 +1,2 (≤ 0) off track; integrationen_lzb +1,5 (≥ 4,0) off track by
    /// 2,5; k2e1 without data; k2_gap (≤ −0,5 pp) at −0,9 on track.
    /// </summary>
    private static RegionYearResult MidYear(Region region)
    {
        Target T(string key, string op, double value, int line) => TestSite.NewTarget(key, op, value, line);
        var k2 = T(TargetKeys.K2, ">=", 15.9, 20) with { Kind = TargetKinds.Level };
        var targets = new[]
        {
            T(TargetKeys.Integrationen, ">=", 5.0, 10), k2, T(TargetKeys.K2Gap, "<=", -0.5, 25), T(TargetKeys.K2E1, ">=", 1.0, 30),
            T(TargetKeys.K3, "<=", 0, 40), T(TargetKeys.IntegrationenLzb, ">=", 4.0, 50),
        };
        var verdicts = new[]
        {
            new Verdict(targets[5], 1.5, 1.5, VerdictStatus.OffTrack, 6),
            new Verdict(targets[0], 6.2, 6.2, VerdictStatus.OnTrack, 6),
            new Verdict(k2, 15.3, 15.3, VerdictStatus.OffTrack, 6),
            new Verdict(targets[2], -0.9, -0.9, VerdictStatus.OnTrack, 6),
            new Verdict(targets[3], null, null, VerdictStatus.NoData, 6,
                "Nicht berechenbar: Die Daten enthalten keine Angaben zu Eintritte in geringfügige Beschäftigung."),
            new Verdict(targets[4], 1.2, 1.2, VerdictStatus.OffTrack, 6),
        };
        var agreement = TestSite.NewAgreement(region, 2025, targets);
        return TestSite.Result(region, 2025, 6, agreement, verdicts, 1,
            new Dictionary<string, double?> { [ValueKeys.Elb] = 12156, [ValueKeys.Bg] = 8895 });
    }

    [Fact]
    public void Mid_year_names_the_projection_of_a_level_target_beside_its_year_to_date_value()
    {
        // K2 at June of the test values: 1,3 × 6 = 7,8 %, as the total's (so "gleichauf").
        Assert.Equal(
        [
            "Stand Juni 2025 ist der Kreis Borken bei 2 von 6 Zielen auf Kurs. Eine endgültige Bewertung ist erst nach Ablauf des " +
            "Jahres möglich. Verglichen wird der Zeitraum Januar bis Juni mit demselben Zeitraum des Vorjahres. Für 1 Ziel fehlen Daten.",
            "Auf Kurs ist er bei der Zahl der Integrationen (+6,2 %, Ziel: mindestens +5,0 %) und beim Abstand der Integrationsquoten " +
            "von Männern und Frauen (-0,9 Prozentpunkte, Ziel: höchstens -0,5 Prozentpunkte).",
            "Die Integrationsquote liegt von Januar bis Juni bei 7,8 %; hochgerechnet auf das Jahr sind das 15,3 % (Ziel: mindestens " +
            "15,9 %) – nicht auf Kurs, bis zum Ziel fehlen 0,6 Prozentpunkte. Nicht auf Kurs ist er beim Bestand an " +
            "Langzeitleistungsbeziehenden: Er stieg um 1,2 %, soll aber nicht steigen. Auch bei der Zahl der Integrationen von " +
            "Langzeitleistungsbeziehenden fehlen bis zum Ziel 2,5 Prozentpunkte (+1,5 %, Ziel: mindestens +4,0 %).",
            "Bei der Zahl der Eintritte in geringfügige Beschäftigung ist keine Bewertung möglich. Nicht berechenbar: Die Daten " +
            "enthalten keine Angaben zu Eintritte in geringfügige Beschäftigung.",
            "Im Kreis Borken waren im Juni 2025 12.156 erwerbsfähige Leistungsberechtigte gemeldet; sie lebten in 8.895 " +
            "Bedarfsgemeinschaften. Die Integrationsquote des Kreises Borken lag von Januar bis Juni mit 7,8 % gleichauf mit dem Wert " +
            "für alle zkT in NRW (7,8 %).",
        ], Paragraphs(MidYear(TestSite.Borken)));
    }

    [Fact]
    public void A_stadt_is_she_and_the_third_miss_reads_differently_from_the_second()
    {
        var p = Paragraphs(MidYear(TestSite.Essen));
        Assert.StartsWith("Auf Kurs ist sie bei der Zahl der Integrationen", p[1]);
        Assert.Contains("Nicht auf Kurs ist sie beim Bestand", p[2]);
        Assert.StartsWith("In der Stadt Essen waren im Juni 2025", p[4]);

        // A finished year with three misses: first a full sentence, then "Auch …", then "… betrug der Abstand zum Ziel …".
        var t = new[] { TestSite.NewTarget(TargetKeys.Integrationen, ">=", 5, 1), TestSite.NewTarget(TargetKeys.K2, ">=", 2, 2),
            TestSite.NewTarget(TargetKeys.K3, "<=", -3, 3) };
        var verdicts = new[]
        {
            new Verdict(t[0], 4.0, 4.0, VerdictStatus.Missed, 12), new Verdict(t[1], 1.0, 1.0, VerdictStatus.Missed, 12),
            new Verdict(t[2], -1.0, -1.0, VerdictStatus.Missed, 12),
        };
        var result = TestSite.Result(TestSite.Essen, 2023, 12, TestSite.NewAgreement(TestSite.Essen, 2023, t), verdicts, 1);
        Assert.Equal(
            "Verfehlt hat sie das Ziel bei der Zahl der Integrationen: Sie stieg um 4,0 %, vereinbart waren mindestens +5,0 %; " +
            "bis zum Ziel fehlten 1,0 Prozentpunkte. Auch bei der Integrationsquote fehlten bis zum Ziel 1,0 Prozentpunkte " +
            "(+1,0 %, Ziel: mindestens +2,0 %). Beim Bestand an Langzeitleistungsbeziehenden betrug der Abstand zum Ziel " +
            "2,0 Prozentpunkte (-1,0 %, Ziel: höchstens -3,0 %).", Paragraphs(result)[1]);
    }

    [Fact]
    public void A_year_without_agreement_says_so()
    {
        var p = Paragraphs(1);
        Assert.Equal("Für das Jahr 2023 liegt für die Stadt Essen keine Zielvereinbarung vor. Die Seite zeigt die Kennzahlen zur Beobachtung.", p[0]);
        Assert.StartsWith("In der Stadt Essen waren im Dezember 2023", p[1]);
        Assert.DoesNotContain("von 0", string.Join(" ", p), StringComparison.Ordinal);
    }

    [Fact]
    public void Ennepe_ruhr_kreis_takes_the_genitive_s()
    {
        var p = Paragraphs(0, TestSite.Model(borkenName: "Ennepe-Ruhr-Kreis"));
        Assert.Equal("Im Jahr 2023 hat der Ennepe-Ruhr-Kreis 3 von 5 Zielen erreicht.", p[0]);
        Assert.StartsWith("Im Ennepe-Ruhr-Kreis waren", p[3]);
        Assert.Contains("Die Integrationsquote des Ennepe-Ruhr-Kreises lag", p[3]);
    }

    [Fact]
    public void A_target_without_data_is_named_with_its_reason()
    {
        // Essen 2024: its only target, k2e1, has no data ("keine Daten zu geringfügiger Beschäftigung").
        var p = Paragraphs(3);
        Assert.EndsWith("Für 1 Ziel fehlen Daten.", p[0]);
        Assert.Equal("Bei der Zahl der Eintritte in geringfügige Beschäftigung ist keine Bewertung möglich. Keine Daten zu geringfügiger Beschäftigung.", p[1]);
    }
}
