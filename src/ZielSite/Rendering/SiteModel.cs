using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Inputs;

namespace ZielSite.Rendering;

/// <summary>
/// Everything the render stage needs, computed before it starts. <see cref="Results"/> holds one entry per
/// region and year with data, ordered by year, then region name. <see cref="Agreements"/> are all agreements
/// read (also those without data). <see cref="Pages"/> are the Markdown pages of <c>content/pages/</c>.
/// <see cref="GeneratedAt"/> is null unless a build time was given (deterministic output).
/// </summary>
internal sealed record SiteModel(
    ProjectConfig Config,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<int> Years,
    IReadOnlyList<RegionYearResult> Results,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<MarkdownPage> Pages,
    IReadOnlyList<Provenance> Provenance,
    ObservationTable Data,
    DateTimeOffset? GeneratedAt)
{
    /// <summary>True when any data file is marked as sample data: every page then carries the notice.</summary>
    public bool IsSample => Provenance.Any(p => p.IsSample);

    /// <summary>
    /// Years with a frozen archive in the project (<c>archiv/YYYY/</c>, ascending), copied into the site verbatim;
    /// the live pages link each as <c>archiv/YYYY/YYYY/index.html</c> (the year overview as it stood).
    /// </summary>
    public IReadOnlyList<int> ArchivedYears { get; init; } = [];

    /// <summary>The Land-level agreements judged on the total of all regions (computed before rendering, ordered by year, then file).</summary>
    public IReadOnlyList<LandResult> LandResults { get; init; } = [];

    /// <summary>The region boundaries for the maps (<c>data/karte.geojson</c>), or null: the site is built without maps.</summary>
    public GeoMap? Map { get; init; }

    /// <summary>
    /// The Kreise and kreisfreien Städte of the project's Land (<c>zielsite.json</c> "land") that are not regions of
    /// the project, by AGS (from the boundaries shipped for <c>zielsite new --land</c>): the search says of them that
    /// they are no zugelassene kommunale Träger. Empty where the Land is not set or not known.
    /// </summary>
    public IReadOnlyList<LandKreis> OtherKreise { get; init; } = [];
}

/// <summary>A Kreis or kreisfreie Stadt of the Land outside the project: AGS, name as the BKG writes it ("Köln"), official kind ("Kreisfreie Stadt").</summary>
internal sealed record LandKreis(string Ags, string Name, string Kind);

