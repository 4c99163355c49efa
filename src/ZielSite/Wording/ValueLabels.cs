using ZielSite.Indicators;

namespace ZielSite.Wording;

/// <summary>German labels of computed values (<see cref="ValueKeys"/>) and how each is formatted (percent change, quota, count, euro).</summary>
internal static class ValueLabels
{
    /// <summary>The German label of every key of <see cref="ValueKeys.All"/> (the key itself only for an unknown key).</summary>
    public static string Label(string key) => key switch
    {
        ValueKeys.Integrationen => "Integrationen (Summe seit Januar)",
        ValueKeys.IntegrationenPrev => "Integrationen im Vorjahreszeitraum",
        ValueKeys.IntegrationenChange => "Veränderung der Integrationen",
        ValueKeys.IntegrationenF => "Integrationen von Frauen (Summe seit Januar)",
        ValueKeys.IntegrationenM => "Integrationen von Männern (Summe seit Januar)",
        ValueKeys.IntegrationenLzb => "Integrationen von Langzeitleistungsbeziehenden",
        ValueKeys.IntegrationenLzbPrev => "Integrationen von Langzeitleistungsbeziehenden im Vorjahreszeitraum",
        ValueKeys.IntegrationenLzbChange => "Veränderung der Integrationen von Langzeitleistungsbeziehenden",
        ValueKeys.K2 => "Integrationsquote (K2, Jahresfortschrittswert)",
        ValueKeys.K2Prev => "Integrationsquote (K2) im Vorjahreszeitraum",
        ValueKeys.K2Change => "Veränderung der Integrationsquote (K2)",
        ValueKeys.K2F => "Integrationsquote der Frauen",
        ValueKeys.K2M => "Integrationsquote der Männer",
        ValueKeys.K2Gap => "Abstand der Integrationsquoten (Männer − Frauen)",
        ValueKeys.K2GapPrev => "Abstand der Integrationsquoten im Vorjahreszeitraum",
        ValueKeys.K2GapChange => "Veränderung des Abstands",
        ValueKeys.K2Rolling => "Integrationsquote der letzten 12 Monate",
        ValueKeys.Lzb => "Langzeitleistungsbeziehende (Bestand)",
        ValueKeys.LzbChange => "Veränderung des Bestands an Langzeitleistungsbeziehenden im Monat",
        ValueKeys.LzbMean => "Langzeitleistungsbeziehende (Durchschnitt seit Januar)",
        ValueKeys.LzbMeanPrev => "Langzeitleistungsbeziehende (Durchschnitt im Vorjahreszeitraum)",
        ValueKeys.K3Change => "Veränderung des Bestands an Langzeitleistungsbeziehenden (K3)",
        ValueKeys.Elb => "Erwerbsfähige Leistungsberechtigte (Bestand)",
        ValueKeys.ElbPrev => "Erwerbsfähige Leistungsberechtigte (Bestand im Vorjahresmonat)",
        ValueKeys.ElbChange => "Veränderung des Bestands an erwerbsfähigen Leistungsberechtigten",
        ValueKeys.ElbMean => "Erwerbsfähige Leistungsberechtigte (Durchschnitt seit Januar)",
        ValueKeys.ElbMeanPrev => "Erwerbsfähige Leistungsberechtigte (Durchschnitt im Vorjahreszeitraum)",
        ValueKeys.K1E2Change => "Veränderung der erwerbsfähigen Leistungsberechtigten (K1E2)",
        ValueKeys.Llu => "Leistungen zum Lebensunterhalt (Summe seit Januar)",
        ValueKeys.LluPrev => "Leistungen zum Lebensunterhalt im Vorjahreszeitraum",
        ValueKeys.K1Change => "Veränderung der Leistungen zum Lebensunterhalt (K1)",
        ValueKeys.Kdu => "Leistungen für Unterkunft und Heizung (Summe seit Januar)",
        ValueKeys.KduPrev => "Leistungen für Unterkunft und Heizung im Vorjahreszeitraum",
        ValueKeys.K1E1Change => "Veränderung der Leistungen für Unterkunft und Heizung (K1E1)",
        ValueKeys.Bg => "Bedarfsgemeinschaften (Bestand)",
        ValueKeys.BgPrev => "Bedarfsgemeinschaften (Bestand im Vorjahresmonat)",
        ValueKeys.BgChange => "Veränderung der Bedarfsgemeinschaften",
        ValueKeys.K3E1 => "Integrationsquote der Langzeitleistungsbeziehenden (K3E1)",
        ValueKeys.K3E1Prev => "Integrationsquote der Langzeitleistungsbeziehenden im Vorjahreszeitraum",
        ValueKeys.K3E1Change => "Veränderung der Integrationsquote der Langzeitleistungsbeziehenden (K3E1)",
        ValueKeys.Lzb4j => "Langzeitleistungsbeziehende seit vier Jahren oder länger",
        ValueKeys.Lzb4jPrev => "Langzeitleistungsbeziehende seit vier Jahren oder länger im Vorjahresmonat",
        ValueKeys.Lzb4jChange => "Veränderung der Langzeitleistungsbeziehenden seit vier Jahren oder länger",
        ValueKeys.NachhaltigShare => "Anteil nachhaltiger Integrationen",
        ValueKeys.NachhaltigSharePrev => "Anteil nachhaltiger Integrationen im Vorjahreszeitraum",
        ValueKeys.K2E3Change => "Veränderung des Anteils nachhaltiger Integrationen (K2E3)",
        ValueKeys.BedarfsdeckendShare => "Anteil bedarfsdeckender Integrationen",
        ValueKeys.BedarfsdeckendSharePrev => "Anteil bedarfsdeckender Integrationen im Vorjahreszeitraum",
        _ => key,
    };

    /// <summary>The decimals a value of <paramref name="key"/> is shown with (as <see cref="Format"/> does): 1 for changes, quotas and the gap, else 0.</summary>
    public static int Decimals(string key)
    {
        if (key == ValueKeys.K2GapChange || key == ValueKeys.K2Gap || key == ValueKeys.K2GapPrev) return 1;
        if (key.EndsWith("_change", StringComparison.Ordinal)) return 1;
        if (key.StartsWith("llu", StringComparison.Ordinal) || key.StartsWith("kdu", StringComparison.Ordinal)) return 0;
        if (key.StartsWith("k2", StringComparison.Ordinal) || key.StartsWith("k3e1", StringComparison.Ordinal) || key.EndsWith("_share", StringComparison.Ordinal) || key.EndsWith("_share_prev", StringComparison.Ordinal))
            return 1;
        return 0;
    }

    /// <summary>The unit of a key as written in downloads: "%", "Prozentpunkte", "€", "Personen" …</summary>
    public static string Unit(string key)
    {
        if (key == ValueKeys.K2GapChange || key == ValueKeys.K2Gap || key == ValueKeys.K2GapPrev) return "Prozentpunkte";
        if (key.EndsWith("_change", StringComparison.Ordinal)) return "% (Veränderung)";
        if (key.StartsWith("llu", StringComparison.Ordinal) || key.StartsWith("kdu", StringComparison.Ordinal)) return "€";
        if (key.StartsWith("k2", StringComparison.Ordinal) || key.StartsWith("k3e1", StringComparison.Ordinal) || key.Contains("_share", StringComparison.Ordinal)) return "%";
        if (key.StartsWith("integrationen", StringComparison.Ordinal)) return "Integrationen";
        if (key.StartsWith("bg", StringComparison.Ordinal)) return "Bedarfsgemeinschaften";
        return "Personen";
    }

    /// <summary>Formats a value of <paramref name="key"/>: changes signed in % (pp for the gap), quotas in %, counts whole, money in €.</summary>
    public static string Format(string key, double? value)
    {
        if (value is not { } v) return GermanFormat.Missing;
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
