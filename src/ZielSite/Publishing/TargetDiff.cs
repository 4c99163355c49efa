namespace ZielSite.Publishing;

/// <summary>
/// A target whose definition, actual value or verdict differs between two builds. <see cref="Old"/> is null
/// for a target that is new, <see cref="New"/> null for one that is gone.
/// </summary>
public sealed record TargetDiff(string Key, TargetEntry? Old, TargetEntry? New)
{
    /// <summary>True when the target is in both builds and its verdict status differs.</summary>
    public bool VerdictChanged => Old is not null && New is not null && !string.Equals(Old.Status, New.Status, StringComparison.Ordinal);

    /// <summary>True when the kind, operator, threshold or unit differs (e.g. after an editor's correction).</summary>
    public bool DefinitionChanged => Old is not null && New is not null &&
        (Old.Kind != New.Kind || Old.Operator != New.Operator || Old.Unit != New.Unit || !ResultsDiff.Same(Old.Value, New.Value));
}
