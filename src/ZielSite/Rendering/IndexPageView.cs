using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// The start page: the latest year and its overview, the number of regions, links to every year, and the Land at a
/// glance (<see cref="Glance"/>, null without results), and the Land-level agreements judged on the total
/// (<see cref="LandAgreements"/>, partials/land-agreement.sbn-html).
/// </summary>
internal sealed record IndexPageView(int? LatestYear, string? LatestOverviewPath, int RegionCount, IReadOnlyList<NavLink> YearLinks, bool LatestIsFinal)
{
    public GlanceView? Glance { get; init; }

    public IReadOnlyList<LandAgreementView> LandAgreements { get; init; } = [];

    /// <summary>Every region with a page, for the region picker at the top: sorted by name without its kind word (Borken, Coesfeld, …).</summary>
    public IReadOnlyList<PickerRegion> Regions { get; init; } = [];

    /// <summary>The picker's Kreise (<see cref="PickerRegion.IsCity"/> false), in the order of <see cref="Regions"/>.</summary>
    public IReadOnlyList<PickerRegion> Kreise => [.. Regions.Where(r => !r.IsCity)];

    /// <summary>The picker's cities, in the order of <see cref="Regions"/>.</summary>
    public IReadOnlyList<PickerRegion> Cities => [.. Regions.Where(r => r.IsCity)];
}

/// <summary>A region in the start page's picker: name, its newest page (from the site root) and that page's year.</summary>
internal sealed record PickerRegion(string Name, string Path, int Year, bool IsCity);

/// <summary>A Land-level agreement on the start page: its title ("Zielvereinbarung 2024 mit dem Land Niedersachsen"), Stand and target rows.</summary>
internal sealed record LandAgreementView(string Title, int Year, string Stand, bool IsFinal, string File, IReadOnlyList<TargetRow> Targets);

/// <summary>
/// The latest year at a glance: the verdicts counted (in all, and per target), the figures of all regions together
/// against the previous year, the map of the share of targets met per region (<see cref="Rows"/> are its table), and
/// the best and weakest result per target.
/// </summary>
internal sealed record GlanceView(
    int Year,
    string Stand,
    bool IsFinal,
    int TargetCount,
    IReadOnlyList<StatusCount> Statuses,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<Headline> Headlines,
    string Period,
    IReadOnlyList<MapRow> Rows,
    IReadOnlyList<BestWorst> Extremes,
    MapView? Map)
{
    public string PositiveWord => VerdictLabels.PositiveWord(IsFinal);
    public int PreviousYear => Year - 1;
}

/// <summary>How many targets have a verdict: the overview's class (met, miss, on, off, nd), symbol and word.</summary>
internal sealed record StatusCount(string Class, string Symbol, string Word, int Count);

/// <summary>One target (Ziel) with its verdicts counted in the order of <see cref="GlanceView.Statuses"/>.</summary>
internal sealed record GoalRow(string Label, IReadOnlyList<int> Counts, int Total);

/// <summary>A figure of all regions together: this year, the previous year (same months), the change.</summary>
internal sealed record Headline(string Label, string Value, string Previous, string Change);

/// <summary>A region on the map and in its table: link (from the site root), targets met of all, share ("60 %").</summary>
internal sealed record MapRow(string Ags, string Name, string Path, int Positive, int Count)
{
    public string CountText => Count == 0 ? "" : $"{Positive} von {Count}";
    public string Share => Count == 0 ? "" : GermanFormat.Percent(100.0 * Positive / Count, 0);
}

/// <summary>The best and the weakest actual value of a target among the <see cref="Regions"/> regions that have it (in the direction of the target).</summary>
internal sealed record BestWorst(string Label, int Regions, MapLink Best, MapLink Worst);

/// <summary>A region's result in <see cref="BestWorst"/>: name, link (from the site root), value and verdict.</summary>
internal sealed record MapLink(string Name, string Path, string Value, string Class, string Word);
