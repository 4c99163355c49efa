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
}
