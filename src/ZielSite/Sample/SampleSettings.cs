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

            Dieses Musterprojekt von ZielSite soll zeigen, wie eine Website im Einklang mit § 12a des
            Behindertengleichstellungsgesetzes (BGG), der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0)
            und den entsprechenden Regelungen des Landes Nordrhein-Westfalen barrierefrei zugänglich ist.

            ## Stand der Vereinbarkeit mit den Anforderungen

            Diese Website soll die Anforderungen der BITV 2.0 und der WCAG 2.1 auf Stufe AA erfüllen:

            - Jede Seite hat eine Überschrift erster Ordnung, Sprungmarke „Zum Inhalt“, Landmarken und eine Brotkrumennavigation.
            - Bewertungen stehen immer als Text und als Zeichen, nie nur als Farbe.
            - Jedes Diagramm hat einen Alternativtext und eine Tabelle mit allen dargestellten Werten.
            - Die Seiten funktionieren ohne JavaScript; nur die Diagramme und die Suche brauchen es.
            - Die Seiten lassen sich bis 400 % vergrößern und auf Bildschirmen ab 390 Pixel Breite lesen.

            **Nicht barrierefreie Inhalte:** Die verlinkten Originaldateien der Zielvereinbarungen sind Texte aus
            eingescannten Dokumenten und können Lesefehler enthalten. Auf jeder Seite einer Region steht deshalb eine
            Lesefassung des Textes.

            ## Erstellung dieser Erklärung

            Diese Erklärung wurde auf Grundlage einer Selbstbewertung erstellt.

            ## Feedback und Kontakt

            Kontakt: {{contact}}. Mängel und Fragen zu ZielSite selbst gehören in das Quellcode-Repository von ZielSite.

            ## Schlichtungsverfahren

            Für eine Website, die eine Stelle des Landes Nordrhein-Westfalen mit ZielSite veröffentlicht, ist die
            Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen zuständig. Bei
            Angeboten von Bundesbehörden ist die Schlichtungsstelle nach § 16 BGG beim Beauftragten der
            Bundesregierung für die Belange von Menschen mit Behinderungen zuständig. Das Verfahren ist kostenlos;
            Sie brauchen keinen Rechtsbeistand.

            """),
    ];
}
