namespace ZielSite.Narrative;

/// <summary>
/// A judged target as the narrative template sees it. <see cref="Status"/> is the JSON name (met, missed,
/// on_track, off_track, no_data); <see cref="Actual"/> is null where the value could not be computed.
/// <see cref="Kind"/> is "change" or "level"; <see cref="Threshold"/> and <see cref="ActualText"/> are the
/// threshold and the actual value as the site writes them ("mindestens 612 Integrationen", "598").
/// </summary>
internal sealed record NarrativeTarget(
    string Key, string Label, string Operator, double Value, string Unit, double? Actual, string Status, string VerdictText, string? Reason,
    string Kind = "change", string Threshold = "", string? ActualText = null);
