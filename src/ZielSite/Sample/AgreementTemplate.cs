using ZielSite.Wording;

namespace ZielSite.Sample;

/// <summary>
/// The text of a generated agreement, after the real Kreis Borken 2023 agreement (same structure and sentences,
/// without the OCR noise). Each line is word-wrapped at <see cref="AgreementTextRenderer.Width"/> columns after
/// its <c>{{placeholders}}</c> are filled; a line that is only <c>{{ziel:KEY}}</c> becomes the target sentence of
/// that key, <c>{{kontext}}</c> the year's situation paragraphs (<see cref="AgreementContexts"/>).
/// </summary>
internal static class AgreementTemplate
{
    public const string Notice = "Dies ist ein generierter Beispieltext (Musterdaten), keine echte Zielvereinbarung.";

    public const string Text = """
        Dies ist ein generierter Beispieltext (Musterdaten), keine echte Zielvereinbarung.

        Vereinbarung

        zur Erreichung der Ziele

        der Grundsicherung für Arbeitsuchende

        im Jahr {{jahr}}

        zwischen dem

        Ministerium für Arbeit, Gesundheit und Soziales

        des Landes Nordrhein-Westfalen

        vertreten durch {{staatssekretaer}}

        und {{dat_artikel}}

        {{name}}

        als zugelassenem kommunalen Träger

        vertreten durch {{vertretung}}


        Gemäß § 48b Abs. 1 S. 1 Nr. 4 des Zweiten Buches Sozialgesetzbuch (SGB II)

        schließen das Ministerium für Arbeit, Gesundheit und Soziales

        des Landes Nordrhein-Westfalen (MAGS NRW)

        und {{nom}} als zugelassener kommunaler Träger

        zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende

        für das Jahr {{jahr}} folgende

        Zielvereinbarung

        Die Grundsicherung für Arbeitsuchende soll es Leistungsberechtigten ermöglichen, ein Leben zu führen, das der Würde des Menschen entspricht. Zu den zentralen Anliegen des SGB II zählt die Sicherung des soziokulturellen Existenzminimums, die Herstellung bzw. Verbesserung der Beschäftigungsfähigkeit sowie die Aufnahme und Beibehaltung einer Erwerbstätigkeit, um eine Unabhängigkeit von Transferleistungen zu erreichen und soziale Teilhabe zu ermöglichen.

        Die Zielvereinbarung ist daher darauf ausgerichtet,

        möglichst viele Arbeitsuchende in dauerhafte und existenzsichernde Erwerbstätigkeit einzugliedern,
        Langzeitleistungsbezug und Langzeitarbeitslosigkeit zu vermeiden und zu verringern,
        insgesamt die Hilfebedürftigkeit zu reduzieren,
        gesellschaftliche Teilhabe zu ermöglichen, wenn die unmittelbare Aufnahme einer Erwerbsarbeit nicht realistisch ist sowie
        die Handlungsmöglichkeiten der Leistungsberechtigten zur Überwindung der Hilfebedürftigkeit zu erweitern.

        Die Gleichstellung von Frauen und Männern ist als Querschnittsaufgabe gemäß § 1 Abs. 2 Satz 3 SGB II durchgängig zu berücksichtigen.

        {{kontext}}

        Darüber hinaus tragen die zugelassenen kommunalen Träger bei der Umsetzung des SGB II der „Vereinbarung zu den Schwerpunkten in der Grundsicherung für Arbeitsuchende im Jahr {{jahr}} zwischen MAGS NRW und Regionaldirektion NRW der BA“ Rechnung. Die heterogenen Rahmenbedingungen bei den zugelassenen kommunalen Trägern in Nordrhein-Westfalen sollen dabei Berücksichtigung finden.

        Das „Lokale Planungsdokument {{jahr}} des Jobcenters {{gen}}“ ist Bestandteil der Zielvereinbarung.

        1. Ziele {{jahr}}

        Das Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen und das Jobcenter {{gen}} vereinbaren sich für {{jahr}} zu folgenden Zielen nach § 48b Abs. 3 SGB II:

        I. Verringerung der Hilfebedürftigkeit

        Ziel ist es, dass erwerbsfähige Leistungsberechtigte den Lebensunterhalt der Bedarfsgemeinschaft unabhängig von der Grundsicherung für Arbeitsuchende nach dem SGB II aus eigenen Mitteln und Kräften bestreiten und damit die Hilfebedürftigkeit insgesamt verringert wird.

        Für die Nachhaltung der Erreichung des Ziels wird die Entwicklung der Summe der Leistungen zum Lebensunterhalt, der Leistungen für Unterkunft und Heizung sowie die Entwicklung der Fallzahlen im Vergleich zum Vorjahr auf der Grundlage eines Monitorings beobachtet.

        Die Entwicklung der Zahl der Leistungsbezieherinnen und Leistungsbezieher und der Ausgaben für passive Leistungen werden insbesondere beeinflusst durch

        • die Nachhaltigkeit der Integrationen,

        • den Anteil bedarfsdeckender Integrationen,

        • die Entwicklung der Integrationsquote von Langzeitleistungsbeziehern und

        • die Entwicklung der Zahl der Langzeitleistungsbezieher, die bereits vier Jahre und länger SGB II-Leistungen beziehen.

        Daher erfolgt ein um diese vier Analysefelder erweitertes Monitoring.

        II. Verbesserung der Integration in Erwerbstätigkeit

        Ziel ist es, die Hilfebedürftigkeit durch die Erhöhung der Zahl der Integrationen zu vermeiden oder zu überwinden. Zielindikatoren sind die Veränderung der Integrationsquote (K 2) sowie der absoluten Zahl der Integrationen.


        • Veränderung der absoluten Zahl der Integrationen

        {{ziel:integrationen}}

        • Veränderung der Integrationsquote (K 2)

        {{ziel:k2}}

        • Abstand der Integrationsquoten von Männern und Frauen

        Besonderes Gewicht wird im Jahr {{jahr}} auf die gleichberechtigte Förderung und Arbeitsmarktintegration von Frauen und Männern gelegt. Im Sinne des im SGB II verankerten Prinzips der Gleichstellung werden daher auf der Basis des Gender-Datenblatts die regionalen Handlungsansätze und -bedarfe analysiert.

        {{ziel:k2_gap}}

        III. Vermeidung von langfristigem Leistungsbezug

        Mit diesem Ziel soll ein besonderes Augenmerk auf diejenigen Leistungsberechtigten gelegt werden, die bereits länger im Leistungsbezug sind bzw. ein entsprechendes Risiko aufweisen. Dem ganzheitlichen Ansatz in der Beratung, der Umsetzung des Teilhabechancengesetzes, der Sicherung der sozialen Teilhabe für Menschen, die keine Chance auf eine Beschäftigung haben, sowie der Förderung von Arbeitsuchenden mit gesundheitlichen Beeinträchtigungen bzw. Behinderungen kommen hierbei eine hohe Bedeutung zu.

        Ziele sind die Vermeidung bzw. Verringerung von Langzeitleistungsbezug sowie die Verbesserung der sozialen Teilhabe. Zielindikatoren sind die Veränderung des jahresdurchschnittlichen Bestandes an Langzeitleistungsbeziehenden (K 3) sowie die Veränderung der absoluten Zahl der Integrationen von Langzeitleistungsbeziehenden.

        • Veränderung des jahresdurchschnittlichen Bestandes an Langzeitleistungsbeziehenden (K 3)

        {{ziel:k3}}

        • Veränderung der absoluten Zahl der Integrationen von Langzeitleistungsbeziehenden

        {{ziel:integrationen_lzb}}


        2. Zusammenarbeit

        Das Ministerium für Arbeit, Gesundheit und Soziales des Landes NRW und {{nom}} setzen sich gemeinsam für die Erreichung der vereinbarten Ziele und die erfolgreiche Umsetzung des SGB II in Nordrhein-Westfalen ein.

        Die Vereinbarungspartner führen in vertrauensvoller Zusammenarbeit in {{jahr}} {{dialoge}} Steuerungsdialoge.

        Die Dialoge erfolgen auf der Grundlage der Jahresfortschrittswerte, den Inhalten der Zielvereinbarung sowie dem lokalen Planungsdokument. Unterjährige Entwicklungen {{entwicklungen}} werden bei der Beurteilung der Zielerreichung ebenso berücksichtigt, wie konjunkturelle und strukturelle Besonderheiten des lokalen Arbeitsmarktes. Der Prozess beinhaltet die Beobachtung/Steuerung der Erreichung der vereinbarten quantitativen Ziele und die Umsetzung des Lokalen Planungsdokuments, die Mittelausschöpfung {{jahr}} sowie den Austausch zu innovativen lokalen Handlungsansätzen/Ideen.

        Auch in {{jahr}} wird das MAGS NRW zu themenspezifischen Gesprächsrunden und Veranstaltungen einladen, die dem Erfahrungsaustausch dienen, Handlungsansätze, Leistungsprozesse und Dienstleistungen in den Jobcentern weiterentwickeln, die Umsetzung der „Gemeinsamen Schwerpunkte“ flankieren und neue Impulse für die Umsetzung der Grundsicherung für Arbeitsuchende setzen sollen.

        Düsseldorf, den                              {{ort}}, den

        Für das Ministerium für Arbeit,

        Gesundheit und Soziales

        des Landes Nordrhein-Westfalen

        Für {{akk}}

        {{unterzeichner}}
        """;
}
