using ZielSite.Inputs;

namespace ZielSite.Rendering;

/// <summary>
/// What every page's layout needs, built once per render (<c>site</c> in templates): title, the sample-data
/// flag, years, navigation and footer links (paths relative to the site root), provenance of the data.
/// </summary>
internal sealed record SiteView(
    string Title,
    string Land,
    string TotalName,
    bool IsSample,
    IReadOnlyList<int> Years,
    int? LatestYear,
    IReadOnlyList<NavLink> Nav,
    IReadOnlyList<NavLink> Footer,
    IReadOnlyList<Provenance> Provenance,
    string? MethodPath,
    string? GeneratedAt)
{
    /// <summary>Links to the archived editions of earlier years (<c>archiv/YYYY/YYYY/index.html</c>), newest first.</summary>
    public IReadOnlyList<NavLink> Archives { get; init; } = [];

    /// <summary>
    /// "Eigene Berechnung …" with the data owner's link, once per distinct attribution of the data's provenance
    /// records (<see cref="Inputs.Provenance.AttributionText"/>), shown on every page (partials/provenance.sbn-html).
    /// </summary>
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];
}

/// <summary>An attribution of computed figures: the words, and the data owner's address (or none) with its label, the host.</summary>
internal sealed record Attribution(string Text, string? Url)
{
    public string? UrlLabel => Url is null ? null : Uri.TryCreate(Url, UriKind.Absolute, out var u) ? u.Host + (u.AbsolutePath == "/" ? "" : u.AbsolutePath) : Url;

    /// <summary>The attribution as one line of a download: "Eigene Berechnung … (https://statistik.arbeitsagentur.de/)".</summary>
    public string Line => Url is null ? Text : $"{Text} ({Url})";

    /// <summary>Every attribution of a project as one text for a download's source line or field; null where there is none.</summary>
    public static string? LineOf(IEnumerable<Provenance> provenance) =>
        Of(provenance) is { Count: > 0 } all ? string.Join("; ", all.Select(a => a.Line)) : null;

    /// <summary>The distinct attributions of a project's provenance records, in the records' order.</summary>
    public static IReadOnlyList<Attribution> Of(IEnumerable<Provenance> provenance) =>
        provenance.Select(p => new Attribution(p.AttributionText, p.AttributionUrl)).Distinct().ToList();
}
