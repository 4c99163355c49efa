using ZielSite.Agreements;
using ZielSite.Indicators;

namespace ZielSite.Wording;

/// <summary>German names of the targets (Kennzahlen) as shown in tables; short forms for the overview matrix.</summary>
internal static class IndicatorLabels
{
    public static string Target(string key) => key switch
    {
        TargetKeys.Integrationen => "Zahl der Integrationen",
        TargetKeys.IntegrationenLzb => "Integrationen von Langzeitleistungsbeziehenden",
        TargetKeys.K1 => "Leistungen zum Lebensunterhalt (K1)",
        TargetKeys.K1E1 => "Leistungen für Unterkunft und Heizung (K1E1)",
        TargetKeys.K1E2 => "Zahl der erwerbsfähigen Leistungsberechtigten (K1E2)",
        TargetKeys.K2 => "Integrationsquote (K2)",
        TargetKeys.K2E1 => "Eintritte in geringfügige Beschäftigung (K2E1)",
        TargetKeys.K2E2 => "Eintritte in öffentlich geförderte Beschäftigung (K2E2)",
        TargetKeys.K2E3 => "Nachhaltigkeit der Integrationen (K2E3)",
        TargetKeys.K2E4 => "Integrationsquote der Alleinerziehenden (K2E4)",
        TargetKeys.K2Gap => "Abstand der Integrationsquoten von Männern und Frauen",
        TargetKeys.K3 => "Bestand an Langzeitleistungsbeziehenden (K3)",
        TargetKeys.K3E1 => "Integrationsquote der Langzeitleistungsbeziehenden (K3E1)",
        TargetKeys.K3E2 => "Aktivierungsquote der Langzeitleistungsbeziehenden (K3E2)",
        TargetKeys.K3E3 => "Zugangsrate in den Langzeitleistungsbezug (K3E3)",
        TargetKeys.K3E4 => "Abgangsrate aus dem Langzeitleistungsbezug (K3E4)",
        ValueKeys.K2F => "Integrationsquote der Frauen",
        ValueKeys.K2M => "Integrationsquote der Männer",
        ValueKeys.IntegrationenF => "Zahl der Integrationen von Frauen",
        ValueKeys.IntegrationenM => "Zahl der Integrationen von Männern",
        _ => key,
    };

    /// <summary>The noun after a count ("612 Integrationen"), for level targets on a number.</summary>
    public static string CountNoun(string key) => key switch
    {
        ValueKeys.IntegrationenF => "Integrationen von Frauen",
        ValueKeys.IntegrationenM => "Integrationen von Männern",
        TargetKeys.IntegrationenLzb => "Integrationen von Langzeitleistungsbeziehenden",
        _ => "Integrationen",
    };

    /// <summary>
    /// The indicator as the subject of a sentence, without its code: "die Zahl der Integrationen", "der Abstand der
    /// Integrationsquoten von Männern und Frauen" (for the narrative; the code stands on the cards).
    /// </summary>
    public static string Subject(string key) => (Noun(key).Masculine ? "der " : "die ") + Noun(key).Phrase;

    /// <summary>"bei der Integrationsquote", "beim Bestand an Langzeitleistungsbeziehenden" (dative after "bei").</summary>
    public static string With(string key) => (Noun(key).Masculine ? "beim " : "bei der ") + Noun(key).Phrase;

    /// <summary>The pronoun of <see cref="Subject"/>: "sie" (die Integrationsquote) or "er" (der Bestand).</summary>
    public static string Pronoun(string key) => Noun(key).Masculine ? "er" : "sie";

    /// <summary>The noun phrase of a key without article, and whether it is masculine (otherwise feminine singular).</summary>
    private static (string Phrase, bool Masculine) Noun(string key) => key switch
    {
        TargetKeys.Integrationen => ("Zahl der Integrationen", false),
        TargetKeys.IntegrationenLzb => ("Zahl der Integrationen von Langzeitleistungsbeziehenden", false),
        TargetKeys.K1 => ("Summe der Leistungen zum Lebensunterhalt", false),
        TargetKeys.K1E1 => ("Summe der Leistungen für Unterkunft und Heizung", false),
        TargetKeys.K1E2 => ("Zahl der erwerbsfähigen Leistungsberechtigten", false),
        TargetKeys.K2 => ("Integrationsquote", false),
        TargetKeys.K2E1 => ("Zahl der Eintritte in geringfügige Beschäftigung", false),
        TargetKeys.K2E2 => ("Zahl der Eintritte in öffentlich geförderte Beschäftigung", false),
        TargetKeys.K2E3 => ("Nachhaltigkeit der Integrationen", false),
        TargetKeys.K2E4 => ("Integrationsquote der Alleinerziehenden", false),
        TargetKeys.K2Gap => ("Abstand der Integrationsquoten von Männern und Frauen", true),
        TargetKeys.K3 => ("Bestand an Langzeitleistungsbeziehenden", true),
        TargetKeys.K3E1 => ("Integrationsquote der Langzeitleistungsbeziehenden", false),
        TargetKeys.K3E2 => ("Aktivierungsquote der Langzeitleistungsbeziehenden", false),
        TargetKeys.K3E3 => ("Zugangsrate in den Langzeitleistungsbezug", false),
        TargetKeys.K3E4 => ("Abgangsrate aus dem Langzeitleistungsbezug", false),
        ValueKeys.K2F => ("Integrationsquote der Frauen", false),
        ValueKeys.K2M => ("Integrationsquote der Männer", false),
        ValueKeys.IntegrationenF => ("Zahl der Integrationen von Frauen", false),
        ValueKeys.IntegrationenM => ("Zahl der Integrationen von Männern", false),
        _ => ($"Kennzahl „{key}“", false),
    };

    public static string Short(string key) => key switch
    {
        TargetKeys.Integrationen => "Integrationen",
        TargetKeys.IntegrationenLzb => "Integrationen LZB",
        TargetKeys.K2Gap => "Abstand Männer/Frauen",
        TargetKeys.K3 => "LZB-Bestand (K3)",
        ValueKeys.K2F => "K2 Frauen",
        ValueKeys.K2M => "K2 Männer",
        ValueKeys.IntegrationenF => "Integrationen Frauen",
        ValueKeys.IntegrationenM => "Integrationen Männer",
        _ => key.ToUpperInvariant().Replace('_', ' '),
    };
}
