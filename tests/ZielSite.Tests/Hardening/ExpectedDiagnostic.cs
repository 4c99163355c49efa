using System.Text.RegularExpressions;
using ZielSite.Diagnostics;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// One line of a corpus case's <c>expected.txt</c>: <c>path[:line[:column]]: error|warning: message substring [CODE]</c>.
/// Path, line, severity and code must equal; the column only where given; the message must contain the substring.
/// No line means the whole file (line 0).
/// </summary>
internal sealed partial record ExpectedDiagnostic(string File, int Line, int? Column, Severity Severity, string MessagePart, string Code, int SourceLine)
{
    [GeneratedRegex(@"^(?<file>.+?)(?::(?<line>\d+))?(?::(?<column>\d+))?: (?<severity>error|warning): (?<message>.*?) ?\[(?<code>ZS\d{4})\]$")]
    private static partial Regex Pattern();

    public static ExpectedDiagnostic? Parse(string text, int sourceLine)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        return new ExpectedDiagnostic(
            m.Groups["file"].Value,
            m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
            m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value) : null,
            m.Groups["severity"].Value == "error" ? Severity.Error : Severity.Warning,
            m.Groups["message"].Value,
            m.Groups["code"].Value,
            sourceLine);
    }

    public bool Matches(Diagnostic d) =>
        d.Span.File == File && d.Span.Line == Line && (Column is null || d.Span.Column == Column) &&
        d.Severity == Severity && d.Code == Code && d.Message.Contains(MessagePart, StringComparison.Ordinal);

    public override string ToString() =>
        $"{new SourceSpan(File, Line, Column ?? 0)}: {(Severity == Severity.Error ? "error" : "warning")}: {MessagePart} [{Code}]";
}
