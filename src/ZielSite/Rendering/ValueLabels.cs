using ZielSite.Indicators;

namespace ZielSite.Rendering;

/// <summary>German labels of computed values (<see cref="ValueKeys"/>) and how each is formatted (percent change, quota, count, euro).</summary>
public static class ValueLabels
{
    public static string Label(string key) => key switch
    {
        ValueKeys.Integrationen => "Integrationen (Summe seit Januar)",
        ValueKeys.IntegrationenChange => "Veränderung der Integrationen",
        ValueKeys.IntegrationenLzb => "Integrationen von Langzeitleistungsbeziehenden",
        ValueKeys.IntegrationenLzbChange => "Veränderung der Integrationen von Langzeitleistungsbeziehenden",
        ValueKeys.K2 => "Integrationsquote (K2, Jahresfortschrittswert)",
        ValueKeys.K2Change => "Veränderung der Integrationsquote (K2)",
        ValueKeys.K2F => "Integrationsquote der Frauen",
        ValueKeys.K2M => "Integrationsquote der Männer",
        ValueKeys.K2Gap => "Abstand der Integrationsquoten (Männer − Frauen)",
        ValueKeys.K2GapChange => "Veränderung des Abstands",
        ValueKeys.K2Rolling => "Integrationsquote der letzten 12 Monate",
        ValueKeys.Lzb => "Langzeitleistungsbeziehende (Bestand)",
        ValueKeys.LzbMean => "Langzeitleistungsbeziehende (Durchschnitt seit Januar)",
        ValueKeys.K3Change => "Veränderung des Bestands an Langzeitleistungsbeziehenden (K3)",
        ValueKeys.Elb => "Erwerbsfähige Leistungsberechtigte (Bestand)",
        ValueKeys.ElbMean => "Erwerbsfähige Leistungsberechtigte (Durchschnitt seit Januar)",
        ValueKeys.K1E2Change => "Veränderung der erwerbsfähigen Leistungsberechtigten (K1E2)",
        ValueKeys.Llu => "Leistungen zum Lebensunterhalt (Summe seit Januar)",
        ValueKeys.K1Change => "Veränderung der Leistungen zum Lebensunterhalt (K1)",
        ValueKeys.Kdu => "Leistungen für Unterkunft und Heizung (Summe seit Januar)",
        ValueKeys.K1E1Change => "Veränderung der Leistungen für Unterkunft und Heizung (K1E1)",
        ValueKeys.Bg => "Bedarfsgemeinschaften (Bestand)",
        ValueKeys.K3E1 => "Integrationsquote der Langzeitleistungsbeziehenden (K3E1)",
        ValueKeys.Lzb4j => "Langzeitleistungsbeziehende seit vier Jahren oder länger",
        ValueKeys.NachhaltigShare => "Anteil nachhaltiger Integrationen",
        ValueKeys.BedarfsdeckendShare => "Anteil bedarfsdeckender Integrationen",
        _ => key,
    };

    /// <summary>Formats a value of <paramref name="key"/>: changes signed in % (pp for the gap), quotas in %, counts whole, money in €.</summary>
    public static string Format(string key, double? value)
    {
        if (value is not { } v) return TemplateFunctions.Missing;
        if (key == ValueKeys.K2GapChange) return GermanFormat.SignedPoints(v);
        if (key == ValueKeys.K2Gap || key == ValueKeys.K2GapPrev) return GermanFormat.Number(v) + GermanFormat.UnitSpace + "Prozentpunkte";
        if (key.EndsWith("_change", StringComparison.Ordinal)) return GermanFormat.SignedPercent(v);
        if (key.StartsWith("llu", StringComparison.Ordinal) || key.StartsWith("kdu", StringComparison.Ordinal)) return GermanFormat.Euro(v);
        if (key.StartsWith("k2", StringComparison.Ordinal) || key.StartsWith("k3e1", StringComparison.Ordinal) || key.EndsWith("_share", StringComparison.Ordinal) || key.EndsWith("_share_prev", StringComparison.Ordinal))
            return GermanFormat.Percent(v);
        if (key.EndsWith("_mean", StringComparison.Ordinal) || key.EndsWith("_mean_prev", StringComparison.Ordinal)) return GermanFormat.Number(v, 0);
        return GermanFormat.Integer(v);
    }
}
