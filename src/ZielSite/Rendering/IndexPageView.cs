namespace ZielSite.Rendering;

/// <summary>The start page: the latest year and its overview, the number of regions, links to every year.</summary>
public sealed record IndexPageView(int? LatestYear, string? LatestOverviewPath, int RegionCount, IReadOnlyList<NavLink> YearLinks, bool LatestIsFinal);
