namespace ZielSite.Diagnostics;

/// <summary>
/// One problem found in the input. <see cref="Code"/> is stable across versions (for example <c>ZS0201</c>)
/// so that users can search for it; <see cref="Message"/> is English, one sentence, no trailing period.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    /// <summary>The one printed form (docs/contract.md): <c>path:line[:column]: error|warning: message [CODE]</c>.</summary>
    public override string ToString() =>
        $"{Span}: {(Severity == Severity.Error ? "error" : "warning")}: {Message} [{Code}]";

    public bool IsError => Severity == Severity.Error;
}
