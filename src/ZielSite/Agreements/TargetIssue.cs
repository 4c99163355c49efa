using ZielSite.Diagnostics;

namespace ZielSite.Agreements;

/// <summary>
/// A diagnostic about one target, with the key it concerns where known, so that an editor's correction of
/// that key (<see cref="CorrectionApplier"/>) can settle it.
/// </summary>
public sealed record TargetIssue(string? Key, Diagnostic Diagnostic);
