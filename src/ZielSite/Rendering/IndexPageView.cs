namespace ZielSite.Rendering;

/// <summary>
/// The start page: the latest year and its overview, the number of regions, links to every year, and the
/// Land-level agreements judged on the total (<see cref="LandAgreements"/>, partials/land-agreement.sbn-html).
/// </summary>
public sealed record IndexPageView(int? LatestYear, string? LatestOverviewPath, int RegionCount, IReadOnlyList<NavLink> YearLinks, bool LatestIsFinal)
{
    public IReadOnlyList<LandAgreementView> LandAgreements { get; init; } = [];
}

/// <summary>A Land-level agreement on the start page: its title ("Zielvereinbarung 2024 mit dem Land Niedersachsen"), Stand and target rows.</summary>
public sealed record LandAgreementView(string Title, int Year, string Stand, bool IsFinal, string File, IReadOnlyList<TargetRow> Targets);
