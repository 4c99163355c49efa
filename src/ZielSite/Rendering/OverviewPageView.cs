namespace ZielSite.Rendering;

/// <summary>The overview of one year: every region × every target key used that year, with verdicts as symbol and text.</summary>
public sealed record OverviewPageView(
    int Year,
    IReadOnlyList<OverviewColumn> Columns,
    IReadOnlyList<OverviewRow> Rows,
    IReadOnlyList<NavLink> YearLinks,
    bool IsFinal);
