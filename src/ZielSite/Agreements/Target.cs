using ZielSite.Diagnostics;

namespace ZielSite.Agreements;

/// <summary>
/// One target of an agreement. A <see cref="TargetKinds.Change"/> target (the default): the change of indicator <see cref="Key"/> against the previous year must be
/// <see cref="Operator"/> (<c>"&gt;="</c> or <c>"&lt;="</c>) <see cref="Value"/>, in <see cref="Unit"/>
/// (<c>"%"</c>, a relative change, or <c>"pp"</c>, percentage points for <c>k2_gap</c>).
/// <see cref="Span"/> is the line where the target's sentence ends. <see cref="Sentence"/> is the sentence
/// as it stands in the text (whitespace folded). <see cref="CorrectedBy"/> names the editor's correction
/// file where the value was entered by hand instead of read from the text.
/// A <see cref="TargetKinds.Level"/> target bounds the year's level of <see cref="Key"/> (a value key such as
/// <c>k2</c>, <c>k2_f</c>, <c>integrationen</c>, <c>integrationen_f</c>): <see cref="Unit"/> <c>"%"</c> for a quota
/// ("eine Integrationsquote von mindestens 31,1 %"), <c>"count"</c> for a number ("mindestens 612 Integrationen").
/// </summary>
public sealed record Target(
    string Key,
    string Operator,
    double Value,
    string Unit,
    SourceSpan Span,
    string Sentence,
    string? CorrectedBy = null)
{
    /// <summary><see cref="TargetKinds.Change"/> or <see cref="TargetKinds.Level"/>.</summary>
    public string Kind { get; init; } = TargetKinds.Change;

    public bool IsLevel => Kind == TargetKinds.Level;
}

/// <summary>The kinds of target (docs/contract.md, <c>"kind"</c>).</summary>
internal static class TargetKinds
{
    /// <summary>A change against the previous year, in % or pp.</summary>
    public const string Change = "change";

    /// <summary>A level for the year, in % (a quota) or <c>count</c>.</summary>
    public const string Level = "level";
}
