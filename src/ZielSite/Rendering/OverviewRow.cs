using ZielSite.Wording;
using ZielSite.Inputs;

namespace ZielSite.Rendering;

/// <summary>
/// A region's row of the overview: its link (relative to the overview's folder), one cell per column (null where
/// the region has no such target), the count of targets met (or on track), and its Stand where it differs from
/// the page's (else null).
/// </summary>
internal sealed record OverviewRow(Region Region, string Path, bool HasAgreement, IReadOnlyList<OverviewCell?> Cells, int Positive, int Count, string? OwnStand)
{
    /// <summary>"3 von 5"; empty without targets.</summary>
    public string CountText => Count == 0 ? "" : $"{Positive} von {Count}";
}

/// <summary>
/// A target's cell: the actual value as shown ("+10,6 %", "+0,3 Prozentpunkte", "–" without a value), the verdict's
/// class (met, miss, on, off, nd: colour and symbol by CSS) and its word ("erreicht", "nicht auf Kurs"); the target
/// ("Ziel ≥ +12,7 %"; in a column where levels and changes meet, marked "Ziel (Stand)" or "Ziel (Veränderung)") and the
/// distance to it (<see cref="TargetDistance"/>: "−0,1 Pkt."); <see cref="SortValue"/> and <see cref="SortDistance"/>
/// are the two numbers the table sorts by (invariant, empty without a value).
/// </summary>
internal sealed record OverviewCell(string Value, string Class, string Word)
{
    public string Target { get; init; } = "";
    public string Distance { get; init; } = "";
    public string SortValue { get; init; } = "";
    public string SortDistance { get; init; } = "";
}

/// <summary>The total row: per column a <see cref="OverviewTotalCell"/>, and the targets met (or on track) of all targets.</summary>
internal sealed record OverviewTotal(string Name, IReadOnlyList<OverviewTotalCell> Cells, int AllPositive, int AllCount);

/// <summary>
/// A column of the total row: the value of all regions together (<see cref="GermanFormat.Missing"/> where the total
/// has none) and how many of the regions with that target met it (or are on track).
/// </summary>
internal sealed record OverviewTotalCell(string Value, int Positive, int Count);
