namespace ZielSite.Agreements;

/// <summary>The 1-based source lines of the facts read from an agreement (null where not read).</summary>
public sealed record SourceLines(
    int? Region = null,
    int? Year = null,
    int? LegalBasis = null,
    int? SteeringDialogues = null,
    IReadOnlyList<int>? Documents = null);
