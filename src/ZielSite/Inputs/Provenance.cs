namespace ZielSite.Inputs;

/// <summary>
/// Where a data file's values come from (a <c>provenance.json</c> beside the data, or a
/// <c>NAME.provenance.json</c> beside one file). <see cref="IsSample"/> makes every page that shows the data
/// carry the sample-data notice.
/// </summary>
public sealed record Provenance(string Source, string? Retrieved, string? Licence, bool IsSample, string? Note, string File)
{
    /// <summary>The attribution the Statistik der Bundesagentur für Arbeit asks for when its data are used in own calculations.</summary>
    public const string BaAttribution = "Eigene Berechnung auf Grundlage von Daten der Statistik der Bundesagentur für Arbeit";

    /// <summary>The homepage of the Statistik der BA, to which its terms ask a web publication to link.</summary>
    public const string BaHomepage = "https://statistik.arbeitsagentur.de/";

    /// <summary>The attribution as written in the file (<c>attribution</c>), null where the file has none.</summary>
    public string? Attribution { get; init; }

    /// <summary>The data owner's web address as written in the file (<c>url</c>, http or https), null where the file has none.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// What every page and download with figures computed from these data says: the file's <c>attribution</c>, else
    /// for real data the BA's wording ("Eigene Berechnung auf Grundlage von Daten der Statistik der BA"); sample
    /// data without an attribution of their own are named as own calculations on sample data.
    /// </summary>
    public string AttributionText => Attribution ?? (IsSample ? "Eigene Berechnung auf generierten Musterdaten, nicht auf Daten der Statistik der Bundesagentur für Arbeit" : BaAttribution);

    /// <summary>The link beside the attribution: the file's <c>url</c>, else the BA statistics homepage for real data, none for sample data.</summary>
    public string? AttributionUrl => Url ?? (Attribution is null && !IsSample ? BaHomepage : null);
}
