using ZielSite.Inputs;

namespace ZielSite.Rendering;

/// <summary>A region's row of the overview: link, Stand, one cell per column (null where the region has no such target), and the count.</summary>
public sealed record OverviewRow(Region Region, string Path, string Stand, bool HasAgreement, IReadOnlyList<TargetRow?> Cells, int Positive, int Count);
