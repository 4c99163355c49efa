using ZielSite.Diagnostics;

namespace ZielSite.Agreements;

/// <summary>
/// One target of an agreement: the change of indicator <see cref="Key"/> against the previous year must be
/// <see cref="Operator"/> (<c>"&gt;="</c> or <c>"&lt;="</c>) <see cref="Value"/>, in <see cref="Unit"/>
/// (<c>"%"</c>, a relative change, or <c>"pp"</c>, percentage points for <c>k2_gap</c>).
/// <see cref="Span"/> is the line where the target's sentence ends. <see cref="Sentence"/> is the sentence
/// as it stands in the text (whitespace folded). <see cref="CorrectedBy"/> names the editor's correction
/// file where the value was entered by hand instead of read from the text.
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
    public bool IsFloor => Operator == ">=";
}
