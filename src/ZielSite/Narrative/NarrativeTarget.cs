namespace ZielSite.Narrative;

/// <summary>
/// A judged target as the narrative template sees it. <see cref="Status"/> is the JSON name (met, missed,
/// on_track, off_track, no_data); <see cref="Actual"/> is null where the value could not be computed.
/// </summary>
public sealed record NarrativeTarget(
    string Key, string Label, string Operator, double Value, string Unit, double? Actual, string Status, string VerdictText, string? Reason);
