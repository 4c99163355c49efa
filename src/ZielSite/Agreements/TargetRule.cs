namespace ZielSite.Agreements;

/// <summary>
/// What a target sentence says about the threshold, before the indicator is known: a signed change
/// (<see cref="Value"/>, in <see cref="Unit"/> "%" or "pp") that the indicator must reach (<see cref="Operator"/>),
/// or, for "gleich bleibt" and a bare restatement, a value whose operator depends on the indicator's direction
/// (<see cref="DependsOnDirection"/>). <see cref="Problem"/> says why nothing could be read.
/// </summary>
internal sealed record TargetRule(
    string? Operator,
    double Value,
    string? Unit,
    bool DependsOnDirection,
    TargetRuleProblem Problem,
    string Detail,
    string? Warning = null)
{
    public static TargetRule Fail(TargetRuleProblem problem, string detail) => new(null, 0, null, false, problem, detail);
}

internal enum TargetRuleProblem
{
    None,
    Unreadable,
    Contradiction,
}
