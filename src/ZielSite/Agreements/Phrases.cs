using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// The reader's knowledge of German agreement wording, in one place: every word list the reader matches against,
/// with what it is for. Words are written as they stand in an agreement and folded by the code that uses them
/// (<see cref="GermanText.Fold(string)"/>: lower case, umlauts and ß spelled out, OCR look-alikes merged), never
/// pre-folded. None of them is taken from one agreement: each is a word of the general language of § 48b
/// agreements. docs/reading-guide.md explains to editors which wordings these tables make readable.
/// </summary>
internal static class Phrases
{
    /// <summary>The folded form of <paramref name="german"/>: how tables are compared with folded text.</summary>
    public static string Fold(string german) => GermanText.Fold(german);

    // ---- Layout (BlockBuilder) ----

    /// <summary>
    /// Words that, at the start of a line after a line ending a sentence, begin a new paragraph when there is no
    /// blank line between: articles, pronouns and the adverbs and prepositions that open German sentences.
    /// </summary>
    public static readonly string[] SentenceStarters =
    [
        "das", "die", "der", "dem", "den", "des", "dies", "diese", "dieser", "dieses", "es", "ein", "eine", "im",
        "in", "mit", "auch", "daher", "dabei", "darüber", "zudem", "für", "gemäß", "nach", "bei", "zur", "zum",
        "um", "wir", "sie", "ziel", "ziele", "hierbei", "hierzu", "insbesondere", "einerseits", "andererseits",
        "damit", "deshalb", "außerdem", "ferner", "weiterhin", "als", "unter", "vor", "seit", "aufgrund", "neben",
    ];

    /// <summary>Words a line cannot end a phrase with (articles, prepositions, conjunctions): the next line continues it.</summary>
    public static readonly string[] FunctionWords =
    [
        "an", "am", "auf", "aus", "bei", "der", "die", "das", "des", "dem", "den", "für", "in", "im", "mit",
        "nach", "über", "um", "und", "oder", "von", "vom", "zu", "zum", "zur", "sowie", "bzw.", "gegenüber",
        "einer", "eines", "eine", "ein", "einem", "vor", "unter",
    ];

    /// <summary>Words after a line-end hyphen that show the hyphen is a dash of an enumeration ("Frauen- und Männer…"), not a split word.</summary>
    public static readonly string[] HyphenKeepers = ["und", "oder", "bzw.", "sowie", "bis"];

    /// <summary>OCR confusions of letter groups, tried on a short word that is no known word: "ri"/"rn" read for "n"/"m" ("vori" → "von").</summary>
    public static readonly (string Read, string Meant)[] LetterConfusions = [("ri", "n"), ("rn", "m")];

    // ---- Target statements beyond "Das Ziel ist erreicht, wenn …" (StatementReader) ----

    /// <summary>
    /// Target language: a sentence with one of these, a known indicator and a threshold-like number states a
    /// target (and is read or reported, never dropped). Fuzzy-matched with one error.
    /// </summary>
    public static readonly string[] TargetWords =
    [
        "vereinbart", "vereinbaren", "Ziel", "Zielwert", "Soll", "Sollwert", "Soll-Wert", "Zielvorgabe", "angestrebt",
        "anzustreben", "mindestens", "höchstens", "maximal", "nicht mehr als", "wenigstens", "soll", "sollen",
    ];

    /// <summary>
    /// Past and actual values: a sentence with one of these (and no "vereinbart"/"soll") reports what was, not
    /// what is agreed, and is not read as a target.
    /// </summary>
    public static readonly string[] PastMarkers =
    [
        "lag", "lagen", "betrug", "betrugen", "belief", "beliefen", "erreichte", "erreichten", "verzeichnet", "gesunken",
        "gestiegen", "war", "waren", "wurde erreicht", "wurden erreicht", "erreicht wurde", "im Vorjahr",
    ];

    /// <summary>Words that make a sentence agreed even where it also names the past ("Im Vorjahr … ; es wird vereinbart …").</summary>
    public static readonly string[] AgreedMarkers = ["vereinbart", "soll", "sollen", "Zielwert", "Sollwert", "Soll-Wert", "angestrebt"];

    /// <summary>Where one sentence states several targets: each "dass" opens a clause; these join two noun phrases.</summary>
    public static readonly string[] ClauseJoiners = ["und", "sowie", "bzw."];

    /// <summary>Change language: a threshold with one of these (or "um", a sign, a direction verb) is a change against the previous year.</summary>
    public static readonly string[] ChangeWords =
    [
        "Veränderung", "Vorjahr", "Vorjahres", "Vergleich", "Erhöhung", "Steigerung", "Anstieg", "Zuwachs", "Reduzierung",
        "Reduktion", "Senkung", "Verringerung", "Rückgang", "Abbau", "Minderung",
    ];

    /// <summary>Nouns after a count ("mindestens 612 Integrationen"): the threshold is a number of integrations, a level.</summary>
    public static readonly string[] CountNouns = ["Integrationen", "Eingliederungen", "Integration", "Arbeitsaufnahmen"];

    /// <summary>Women and men: a level of a quota or count "der Frauen"/"von Männern" bounds that group's value.</summary>
    public static readonly string[] Women = ["Frauen", "weiblich", "weiblichen"];

    /// <summary>See <see cref="Women"/>.</summary>
    public static readonly string[] Men = ["Männer", "Männern", "männlich", "männlichen"];

    /// <summary>Table headers: a line with one of these and no number opens a table of indicator and value, one row a line.</summary>
    public static readonly string[] TableHeaders = ["Zielwert", "Sollwert", "Soll-Wert", "Zielwerte", "Sollwerte", "Zielgröße"];

    // ---- Cover (FactsReader, AgreementParser) ----

    /// <summary>Words before the agreement's year in its title or party clause ("Zielvereinbarung 2016", "für das Jahr 2023").</summary>
    public static readonly string[] YearIntros = ["für das Jahr", "im Jahr", "für das Kalenderjahr", "Zielvereinbarung", "Jahr"];

    /// <summary>Kind words of a region name: they carry no weight when a party is matched to regions.csv ("Landkreis Würzburg" is "Würzburg").</summary>
    public static readonly string[] RegionKindWords =
    [
        "Landkreis", "Landkreises", "Kreis", "Kreises", "Kreisfreie", "Kreisfreien", "Stadt", "Stadtkreis", "Stadtkreises",
        "Städteregion", "Region", "Regionalverband", "Regionalverbandes", "Regionalverbands", "kreisfreie", "kreisfreien",
    ];

    /// <summary>The Länder, as the party clause of a Land-level agreement names them.</summary>
    public static readonly string[] Laender =
    [
        "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen", "Mecklenburg-Vorpommern",
        "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt",
        "Schleswig-Holstein", "Thüringen",
    ];

    /// <summary>The federal ministry as a party (the other party of a Land-level agreement).</summary>
    public static readonly string[] FederalMinistry = ["Bundesministerium für Arbeit und Soziales", "BMAS"];
}
