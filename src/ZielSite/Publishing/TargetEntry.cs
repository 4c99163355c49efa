using ZielSite.Agreements;

namespace ZielSite.Publishing;

/// <summary>
/// A target and its verdict in a <see cref="ResultsDocument"/>: threshold <see cref="Value"/> in
/// <see cref="Unit"/> ("%", "pp" or "count"), the unrounded <see cref="Actual"/> value (a change, or a level for a
/// <see cref="TargetKinds.Level"/> target), the <see cref="Compared"/> value the verdict used, <see cref="Status"/> in
/// its JSON name (<c>met</c>, <c>missed</c>, <c>on_track</c>, <c>off_track</c>, <c>no_data</c>), and the target's
/// <see cref="Kind"/> (<see cref="TargetKinds.Change"/> where a document written before kinds has none); <see cref="Projected"/>
/// where <see cref="Actual"/> is a level projected to December, with the <see cref="YearToDate"/> level it came from.
/// </summary>
public sealed record TargetEntry(string Key, string Operator, double Value, string Unit, double? Actual, double? Compared, string Status,
    string Kind = TargetKinds.Change, bool Projected = false, double? YearToDate = null)
{
    public bool IsLevel => Kind == TargetKinds.Level;
}
