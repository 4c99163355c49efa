using ZielSite.Inputs;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// Everything a region page shows, formatted (German numbers, verdict texts). <see cref="Stand"/> is e.g.
/// "Juni 2025" or "Dezember 2023 (Jahreswert)". Paths are relative to the site root.
/// </summary>
internal sealed record RegionPageView(
    Region Region,
    int Year,
    int Month,
    bool IsFinal,
    string Stand,
    AgreementView? Agreement,
    IReadOnlyList<TargetRow> Targets,
    int PositiveCount,
    IReadOnlyList<string> Narrative,
    IReadOnlyList<ChartView> Charts,
    IReadOnlyList<FigureRow> Monitoring,
    IReadOnlyList<FigureRow> Comparison,
    IReadOnlyList<FigureRow> Gender,
    IReadOnlyList<FigureRow> Projection,
    IReadOnlyList<FigureRow> ProjectionMore,
    IReadOnlyList<NavLink> OtherYears,
    IReadOnlyList<string> Assumptions)
{
    /// <summary>The region's months withheld for statistical secrecy ("„integrationen“ März 2023"), empty when none (partials/withheld-note).</summary>
    public IReadOnlyList<string> Withheld { get; init; } = [];

    /// <summary>
    /// One figure per Kennzahl with a target: every region's value on it, this region highlighted, the total and the
    /// target marked (<see cref="ComparisonBuilder"/>, partials/comparison.sbn-html); empty without targets.
    /// </summary>
    public IReadOnlyList<ComparisonView> Comparisons { get; init; } = [];

    /// <summary>The region's folder below the site root, "2023/kreis-borken/".</summary>
    public string Folder => $"{Year}/{Region.Slug}/";
}
