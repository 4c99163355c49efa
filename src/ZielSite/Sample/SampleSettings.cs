namespace ZielSite.Sample;

/// <summary>
/// The settings and the two pages a sample project says who it is with: <c>zielsite.json</c> (the Land of the
/// sample regions, Nordrhein-Westfalen) and an Impressum and accessibility statement that say plainly that no
/// public body publishes it. The repository's default project is a sample project and has exactly these files.
/// </summary>
internal static class SampleSettings
{
    public const string ConfigPath = "zielsite.json";

    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        (ConfigPath, """
            {
              "title": "Zielvereinbarungen SGB II in Nordrhein-Westfalen",
              "land": "Nordrhein-Westfalen",
              "total_name": "alle zkT in NRW",
              "contact": "keine (ein Musterprojekt von ZielSite ohne herausgebende Stelle)"
            }

            """),
        ("content/pages/impressum.md", """
            # Impressum

            **Herausgeber**

            Diese Website ist ein Musterprojekt von ZielSite. Ihre Daten sind mit `zielsite sample` generierte
            Musterdaten, keine amtliche Statistik. Sie ist keine Veröffentlichung des Landes Nordrhein-Westfalen,
            eines Ministeriums oder eines Jobcenters und hat keine herausgebende Stelle. Wer mit ZielSite eine
            eigene Website veröffentlicht, ersetzt diese Seite durch das eigene Impressum (Angaben nach § 5 DDG
            und § 18 MStV).

            **Kontakt**

            {{contact}}

            **Inhalt**

            Die Seiten werden mit ZielSite aus den Zielvereinbarungen nach § 48b SGB II und den Kennzahlen nach
            § 48a SGB II erzeugt. Maßgeblich sind die unterzeichneten Zielvereinbarungen; die Originaldateien sind
            auf jeder Seite einer Region verlinkt.

            Diese Website lädt keine Inhalte von anderen Servern, setzt keine Cookies und verwendet keine Analyse-Dienste.

            """),
        ("content/pages/barrierefreiheit.md", """
            # Erklärung zur Barrierefreiheit

            Dieses Musterprojekt von ZielSite zeigt, wie eine Website im Einklang mit § 12a des
            Behindertengleichstellungsgesetzes (BGG), der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den
            Regelungen des Landes Nordrhein-Westfalen barrierefrei zugänglich gemacht wird. Es hat keine herausgebende
            Stelle; wer mit ZielSite eine eigene Website veröffentlicht, ersetzt diese Seite durch die eigene Erklärung.

            ## Stand der Vereinbarkeit mit den Anforderungen

            Diese Website ist **teilweise** mit den Anforderungen der BITV 2.0 und der Norm EN 301 549 (WCAG 2.1, Stufe AA)
            vereinbar. Die unten genannten Inhalte sind nicht barrierefrei.

            Was die Seiten dafür tun:

            - Jede Seite hat eine Überschrift erster Ordnung, die Sprungmarke „Zum Inhalt“, Landmarken und eine Brotkrumennavigation.
            - Bewertungen stehen immer als Wort und als Zeichen, nie nur als Farbe.
            - Jedes Diagramm hat einen Alternativtext und eine Tabelle mit allen dargestellten Werten.
            - Die Seiten funktionieren ohne JavaScript; nur die Diagramme, die Karte und die Suche brauchen es.
            - Die Seiten lassen sich bis 400 % vergrößern und auf Bildschirmen ab 320 Pixel Breite lesen, ohne seitlich zu
              scrollen; breite Tabellen scrollen in einem eigenen, mit der Tastatur erreichbaren Bereich.

            ## Nicht barrierefreie Inhalte

            - **Originaldateien der Zielvereinbarungen.** Die verlinkten Originale sind Texte aus eingescannten,
              unterzeichneten Dokumenten; sie stammen aus einer Texterkennung und können Lesefehler enthalten, Überschriften
              und Tabellen sind darin nicht ausgezeichnet (Unvereinbarkeit mit WCAG 1.1.1 und 1.3.1). Grund: maßgeblich ist das
              unterzeichnete Dokument. Ersatz: Auf jeder Seite einer Region steht eine Lesefassung des Textes mit den Zielen
              als Tabelle.
            - **Interaktive Diagramme und Karte.** Die Werte unter dem Mauszeiger zeigen die Diagramme nur mit Maus oder
              Touch an. Ersatz: Jede Zahl eines Diagramms steht in der Tabelle daneben und in einer CSV-Datei; die Karte hat
              eine Tabelle aller Regionen.

            ## Erstellung dieser Erklärung

            Diese Erklärung wurde am 7. Dezember 2026 erstellt und zuletzt am 7. Dezember 2026 überprüft. Grundlage ist eine
            Selbstbewertung der Entwickler von ZielSite: Jede Seitenart wird bei jeder Version in Chromium geprüft, mit
            axe-core (WCAG 2.1 A und AA) bei 320, 390 und 1280 Pixel Breite, ohne seitliches Scrollen von 320 bis 1280 Pixel,
            und als gültiges HTML.

            ## Feedback und Kontaktangaben

            Kontakt: {{contact}}. Mängel und Fragen zu ZielSite selbst gehören in das Quellcode-Repository von ZielSite. Eine
            Stelle, die mit ZielSite veröffentlicht, nennt hier ihre Adresse und antwortet innerhalb eines Monats (§ 12b BGG).

            ## Schlichtungsverfahren

            Für eine Website, die eine Stelle des Landes Nordrhein-Westfalen oder eine Kommune in Nordrhein-Westfalen mit
            ZielSite veröffentlicht, ist die Ombudsstelle für barrierefreie Informationstechnik des Landes
            Nordrhein-Westfalen zuständig. Bei Angeboten von Bundesbehörden ist die Schlichtungsstelle nach § 16 BGG beim
            Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen zuständig
            (schlichtungsstelle-bgg.de). Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.

            """),
    ];
}
