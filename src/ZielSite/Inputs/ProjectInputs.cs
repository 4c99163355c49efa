namespace ZielSite.Inputs;

/// <summary>
/// Everything read from a project folder, before any interpretation. <see cref="TemplateDirs"/> are in order
/// of precedence (the project's own <c>templates/</c> first, then the built-in ones). <see cref="InputHashes"/>
/// maps each input's display path to its SHA-256 (hex), for manifests and caches.
/// </summary>
public sealed record ProjectInputs(
    string Root,
    ProjectConfig Config,
    IReadOnlyList<Region> Regions,
    ObservationTable Data,
    IReadOnlyList<Provenance> Provenance,
    IReadOnlyList<AgreementSource> Agreements,
    IReadOnlyList<MarkdownPage> Pages,
    IReadOnlyList<string> TemplateDirs,
    IReadOnlyDictionary<string, string> InputHashes)
{
    /// <summary>What was read from each data file (shape, columns, rows, regions, months), for <c>zielsite check</c>.</summary>
    public IReadOnlyList<DataFileSummary> DataFiles { get; init; } = [];
    /// <summary>The region boundaries of <c>data/karte.geojson</c>, or null (the site then has no maps).</summary>
    public GeoMap? Map { get; init; }
}
