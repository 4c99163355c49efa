namespace ZielSite.Sample;

/// <summary>
/// The paragraphs of an agreement that describe the situation of its year (the 2023 text is the one of the real
/// agreement). Paragraphs are separated by blank lines; <c>{{jahr}}</c> and <c>{{vorjahr}}</c> are filled in.
/// </summary>
internal static class AgreementContexts
{
    public static string For(int year) => year switch
    {
        <= 2019 => Early,
        2020 => Y2020,
        2021 => Y2021,
        2022 => Y2022,
        2023 => Y2023,
        2024 => Y2024,
        2025 => Y2025,
        _ => Later,
    };

    /// <summary>Whether the year's cooperation paragraph speaks of the pandemic (agreements 2020–2023).</summary>
    public static string Developments(int year) => year is >= 2020 and <= 2023 ? "im Pandemiegeschehen" : "der wirtschaftlichen Lage";

    private const string Early = """
        Das Jahr {{jahr}} stellt die Jobcenter weiterhin vor große Anforderungen. Die Lage am Arbeitsmarkt ist insgesamt günstig, doch profitieren Langzeitleistungsbeziehende und Menschen ohne Berufsabschluss nur unterdurchschnittlich von der guten Entwicklung der Beschäftigung.

        Zugleich gilt es, die in den vergangenen Jahren zugewanderten Geflüchteten schrittweise in Ausbildung und Arbeit zu integrieren. Sprachförderung, die Anerkennung ausländischer Abschlüsse und eine enge Zusammenarbeit mit den Arbeitgeberinnen und Arbeitgebern vor Ort bleiben dafür wichtige Voraussetzungen. Die Jobcenter werden diese Aufgabe neben der Betreuung der langjährig Leistungsbeziehenden mit hohem Einsatz wahrnehmen müssen, während die finanziellen Spielräume für aktive Leistungen begrenzt bleiben.
        """;

    private const string Y2020 = """
        Das Jahr 2020 stellt die Jobcenter weiterhin vor große Anforderungen. Die Lage am Arbeitsmarkt ist insgesamt stabil, doch profitieren Langzeitleistungsbeziehende nach wie vor nur unterdurchschnittlich von der guten Entwicklung der Beschäftigung.

        Mit dem Teilhabechancengesetz stehen seit 2019 neue Instrumente zur Verfügung, mit denen Menschen, die seit vielen Jahren Leistungen beziehen, wieder eine Perspektive auf dem allgemeinen Arbeitsmarkt erhalten sollen. Diese Instrumente gilt es im Jahr 2020 konsequent zu nutzen und mit einer ganzheitlichen Betreuung zu verbinden. Daneben bleibt die Integration der Geflüchteten in Ausbildung und Arbeit eine zentrale Aufgabe, die die Jobcenter gemeinsam mit ihren Partnern vor Ort sukzessive bewältigen müssen.
        """;

    private const string Y2021 = """
        Das Jahr 2021 steht weiterhin im Zeichen der Corona-Pandemie. Die Einschränkungen des wirtschaftlichen und gesellschaftlichen Lebens haben im vergangenen Jahr zu einem deutlichen Rückgang der Integrationen und zu einem Anstieg der Zahl der Leistungsberechtigten geführt.

        Es ist nicht abzusehen, wie lange die Pandemie das Geschehen am Arbeitsmarkt noch bestimmen wird und wie schnell sich Wachstum und Beschäftigung erholen werden. Es steht jedoch zu erwarten, dass gerade Langzeitleistungsbeziehende und Menschen mit geringer Qualifikation besonders lange von den Folgen betroffen sein werden. Das wird zu einer großen Herausforderung für die Jobcenter werden, die ihre Beratung unter erschwerten Bedingungen fortführen und sukzessive Qualifizierungs- und Vermittlungsangebote unterbreiten müssen.
        """;

    private const string Y2022 = """
        Auch das Jahr 2022 wird von den Folgen der Corona-Pandemie geprägt sein. Zwar hat sich der Arbeitsmarkt im vergangenen Jahr spürbar erholt, doch ist die Zahl der Langzeitleistungsbeziehenden deutlich gestiegen.

        Es ist nicht abzusehen, wie sich das Infektionsgeschehen und damit Wachstum und Beschäftigung im laufenden Jahr entwickeln werden. Es steht jedoch zu erwarten, dass viele Menschen, die während der Pandemie in den Leistungsbezug gekommen sind, eine intensive Unterstützung benötigen werden. Das wird zu einer großen Herausforderung für die Jobcenter werden, die Beratung und Vermittlung wieder verstärkt in Präsenz organisieren und sukzessive Qualifizierungs- und Vermittlungsangebote unterbreiten müssen.
        """;

    private const string Y2023 = """
        Das Jahr 2023 stellt die Jobcenter erneut vor große Anforderungen. Einerseits gilt es, die mit dem Bürgergeld reformierte Grundsicherung für Arbeitsuchende erfolgreich umzusetzen und in den lokalen Strukturen gut zu verankern. Andererseits werden auch der Ukraine-Krieg und die damit verbundene Energiekrise weiterhin zu massiven Belastungen führen.

        Es ist nicht abzusehen, wie viele Menschen noch Schutz in Deutschland suchen werden und wie sich Wachstum und Beschäftigung im nächsten Jahr entwickeln werden. Es steht jedoch zu erwarten, dass mehr Menschen die Unterstützung der Grundsicherung für Arbeitsuchende benötigen werden. Das wird zu einer großen Herausforderung für die Jobcenter werden, die das Ankommen der Menschen organisieren und sukzessive Qualifizierungs- und Vermittlungsangebote unterbreiten müssen. Daneben werden die Folgen der Energiekostensteigerungen in erheblichem Maße die Umsetzung der Grundsicherung für Arbeitsuchende durch die Jobcenter im kommenden Jahr beeinflussen, während die Auswirkungen der Corona-Pandemie immer noch zu bewältigen sind.
        """;

    private const string Y2024 = """
        Das Jahr 2024 stellt die Jobcenter erneut vor große Anforderungen. Die mit dem Bürgergeld reformierte Grundsicherung für Arbeitsuchende ist in den lokalen Strukturen angekommen; nun gilt es, ihre Instrumente wirksam zu nutzen. Zugleich ist die wirtschaftliche Entwicklung schwach, und die Aufnahmefähigkeit des Arbeitsmarktes hat nachgelassen.

        Die Integration der Geflüchteten aus der Ukraine und aus anderen Herkunftsländern in Arbeit bleibt eine zentrale Aufgabe. Viele von ihnen haben ihre Integrationskurse abgeschlossen und sollen nun zügig und nachhaltig in Beschäftigung gebracht werden. Das wird zu einer großen Herausforderung für die Jobcenter werden, die Vermittlung, berufsbegleitende Sprachförderung und die Zusammenarbeit mit den Arbeitgeberinnen und Arbeitgebern eng miteinander verzahnen müssen.
        """;

    private const string Y2025 = """
        Das Jahr 2025 stellt die Jobcenter erneut vor große Anforderungen. Die wirtschaftliche Lage bleibt angespannt, die Zahl der offenen Stellen ist zurückgegangen, und die Zahl der Leistungsberechtigten ist im vergangenen Jahr weiter gestiegen.

        Es ist nicht abzusehen, wie sich Wachstum und Beschäftigung im laufenden Jahr entwickeln werden. Es steht jedoch zu erwarten, dass der Übergang in Arbeit für viele Leistungsberechtigte schwieriger wird und die Zahl der Langzeitleistungsbeziehenden steigt. Das wird zu einer großen Herausforderung für die Jobcenter werden, die mit begrenzten Mitteln passgenaue Qualifizierungs- und Vermittlungsangebote unterbreiten und die Menschen mit den größten Hürden besonders in den Blick nehmen müssen.
        """;

    private const string Later = """
        Das Jahr {{jahr}} stellt die Jobcenter erneut vor große Anforderungen. Die Lage am Arbeitsmarkt ist uneinheitlich, und viele Leistungsberechtigte benötigen eine intensive und ganzheitliche Unterstützung, um eine Beschäftigung aufnehmen und dauerhaft halten zu können.

        Es ist nicht abzusehen, wie sich Wachstum und Beschäftigung im laufenden Jahr entwickeln werden. Es steht jedoch zu erwarten, dass die Gewinnung von Fachkräften und die Qualifizierung der Leistungsberechtigten weiter an Bedeutung gewinnen. Das wird zu einer großen Herausforderung für die Jobcenter werden, die gemeinsam mit den Partnern vor Ort passgenaue Qualifizierungs- und Vermittlungsangebote unterbreiten müssen.
        """;
}
