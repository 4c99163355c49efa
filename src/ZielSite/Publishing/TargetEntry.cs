namespace ZielSite.Publishing;

/// <summary>
/// A target and its verdict in a <see cref="ResultsDocument"/>: threshold <see cref="Value"/> in
/// <see cref="Unit"/> ("%" or "pp"), the unrounded <see cref="Actual"/> change, the <see cref="Compared"/>
/// value the verdict used, and <see cref="Status"/> in its JSON name (<c>met</c>, <c>missed</c>,
/// <c>on_track</c>, <c>off_track</c>, <c>no_data</c>).
/// </summary>
public sealed record TargetEntry(string Key, string Operator, double Value, string Unit, double? Actual, double? Compared, string Status);
