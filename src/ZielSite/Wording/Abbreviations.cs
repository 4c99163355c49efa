using ZielSite.Agreements;

namespace ZielSite.Wording;

/// <summary>
/// The abbreviations the site's pages use, each with what it stands for: on every HTML page the first use is marked
/// <c>&lt;abbr title="…"&gt;</c> (<c>Templates/AbbreviationMarker</c>), and the Methodik page explains them (its section
/// "Abkürzungen"). Only HTML pages: downloads and chart texts keep the plain short form. Words of the program only: names
/// of a Land ("NRW") or of a map's source come from the project and its licence and stay as written.
/// </summary>
internal static class Abbreviations
{
    /// <summary>One abbreviation: <see cref="Short"/> as it stands in the text ("SGB II" with a space), <see cref="Long"/> spelt out.</summary>
    internal sealed record Entry(string Short, string Long);

    /// <summary>Every abbreviation, the words first, then the codes of the Kennzahlen (§ 48a SGB II) with their names.</summary>
    public static IReadOnlyList<Entry> All { get; } =
    [
        new("zkT", "zugelassene kommunale Träger (Jobcenter, die ein Kreis oder eine kreisfreie Stadt allein trägt)"),
        new("SGB II", "Zweites Buch Sozialgesetzbuch (Grundsicherung für Arbeitsuchende)"),
        new("SGB III", "Drittes Buch Sozialgesetzbuch (Arbeitsförderung)"),
        new("ELB", "erwerbsfähige Leistungsberechtigte"),
        new("LZB", "Langzeitleistungsbeziehende"),
        new("BG", "Bedarfsgemeinschaften"),
        new("JFW", "Jahresfortschrittswert"),
        new("BA", "Bundesagentur für Arbeit"),
        new("AGS", "Amtlicher Gemeindeschlüssel"),
        new("Pkt.", "Prozentpunkte"),
        new("BGG", "Behindertengleichstellungsgesetz"),
        new("BITV", "Barrierefreie-Informationstechnik-Verordnung"),
        new("WCAG", "Web Content Accessibility Guidelines (Richtlinien für barrierefreie Webinhalte)"),
        .. TargetKeys.All.Where(k => k.StartsWith('k') && !k.Contains('_'))
            .Select(k => new Entry(k.ToUpperInvariant(), "Kennzahl nach § 48a SGB II: " + NameOf(k))),
    ];

    /// <summary>"Integrationsquote (K2)" → "Integrationsquote".</summary>
    private static string NameOf(string key)
    {
        var label = IndicatorLabels.Target(key);
        var code = " (" + key.ToUpperInvariant() + ")";
        return label.EndsWith(code, StringComparison.Ordinal) ? label[..^code.Length] : label;
    }
}
