namespace ZielSite.Publishing;

/// <summary>
/// What differs for one region and year. <see cref="Old"/> is null when the region-year is new in the newer
/// build (<see cref="Kind"/> "added"), <see cref="New"/> null when it is gone ("removed"). For "added" and
/// "removed", <see cref="Targets"/> lists every target and <see cref="Values"/> is empty.
/// </summary>
public sealed record RegionYearDiff(
    string Ags,
    string Name,
    int Year,
    ResultEntry? Old,
    ResultEntry? New,
    IReadOnlyList<TargetDiff> Targets,
    IReadOnlyList<ValueDiff> Values)
{
    /// <summary>"added", "removed" or "changed" (also the JSON name).</summary>
    public string Kind => Old is null ? "added" : New is null ? "removed" : "changed";

    public int VerdictChanges => Targets.Count(t => t.VerdictChanged);
}
