using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Narrative;
using ZielSite.Rendering;
using ZielSite.Tests.Rendering;
using ZielSite.Templates;

namespace ZielSite.Tests.Narrative;

public class NarratorTests
{
    private static readonly TemplateSet Templates = TemplateSet.Load([TestSite.BuiltInTemplates], new DiagnosticBag());

    private static string Narrate(int resultIndex, SiteModel? model = null)
    {
        var bag = new DiagnosticBag();
        var m = model ?? TestSite.Model();
        var text = string.Join("\n", Narrator.Narrate(m.Results[resultIndex], m.Config, Templates.NewSession(), bag));
        Assert.Empty(bag.ToSortedList());
        return text.Replace('\u00A0', ' ');
    }

    [Fact]
    public void Final_year_counts_met_targets_and_states_each_with_its_threshold()
    {
        var text = Narrate(0);
        // Borken 2023: integrationen, k2, integrationen_lzb met; k2_gap and k3 missed → 3 of 5.
        Assert.Contains("Im Jahr 2023 hat der Kreis Borken 3 von 5 Zielen erreicht.", text);
        Assert.Contains("Die Zahl der Integrationen stieg um 13,1 % (Ziel: mindestens +12,6 %) – erreicht.", text);
        Assert.Contains("Der durchschnittliche Bestand an Langzeitleistungsbeziehenden sank um 5,0 % (Ziel: höchstens \u22125,2 %) – verfehlt.", text);
        Assert.Contains("Im Kreis Borken waren im Dezember 2023 16.352 erwerbsfähige Leistungsberechtigte gemeldet", text);
        Assert.Contains("Die Integrationsquote des Kreises Borken lag mit 15,4 %", text);
    }

    [Fact]
    public void In_year_speaks_of_on_track_with_the_stand_month()
    {
        var text = Narrate(2);
        // Borken 2024, Stand Juni: integrationen on track, k3 off track → 1 of 2.
        Assert.Contains("Stand Juni 2024 ist der Kreis Borken bei 1 von 2 Zielen auf Kurs.", text);
        Assert.Contains("Die Zahl der Integrationen von Januar bis Juni stieg um 6,2 %", text);
        Assert.Contains("auf Kurs (Stand Juni)", text);
    }

    [Fact]
    public void Stadt_without_agreement_uses_feminine_forms()
    {
        var text = Narrate(1);
        Assert.Contains("Für das Jahr 2023 liegt für die Stadt Essen keine Zielvereinbarung vor.", text);
        Assert.Contains("In der Stadt Essen waren im Dezember 2023", text);
        Assert.Contains("Die Integrationsquote der Stadt Essen lag", text);
    }

    [Fact]
    public void Ennepe_ruhr_kreis_takes_the_genitive_s()
    {
        var model = TestSite.Model(borkenName: "Ennepe-Ruhr-Kreis");
        var text = Narrate(0, model);
        Assert.Contains("Im Jahr 2023 hat der Ennepe-Ruhr-Kreis 3 von 5 Zielen erreicht.", text);
        Assert.Contains("Im Ennepe-Ruhr-Kreis waren", text);
        Assert.Contains("Die Integrationsquote des Ennepe-Ruhr-Kreises lag", text);
    }

    [Fact]
    public void Target_without_data_says_so_with_the_reason()
    {
        var text = Narrate(3);
        Assert.Contains("Für 1 Ziel fehlen Daten.", text);
        Assert.Contains("liegen keine Daten vor (keine Daten zu geringfügiger Beschäftigung).", text);
    }
}
