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

    /// <summary>A position in a workbook: <c>file.xlsx:Sheet</c>, <c>file.xlsx:Sheet!C17</c> or <c>file.xlsx:Sheet!17:17</c>, compared as printed.</summary>
    [GeneratedRegex(@"^(?<file>[^:]+\.xlsx):(?<where>[^ ]+?): (?<severity>error|warning): (?<message>.*?) ?\[(?<code>ZS\d{4})\]$")]
    private static partial Regex SheetPattern();

    /// <summary>The printed position in a workbook (file, sheet and cell), else null.</summary>
    public string? Printed { get; init; }

    public static ExpectedDiagnostic? Parse(string text, int sourceLine)
    {
        var s = SheetPattern().Match(text.Trim());
        if (s.Success)
            return new ExpectedDiagnostic(s.Groups["file"].Value, 0, null,
                s.Groups["severity"].Value == "error" ? Severity.Error : Severity.Warning, s.Groups["message"].Value, s.Groups["code"].Value, sourceLine)
            { Printed = s.Groups["file"].Value + ":" + s.Groups["where"].Value };
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        return new ExpectedDiagnostic(
            m.Groups["file"].Value,
            m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
            m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            m.Groups["severity"].Value == "error" ? Severity.Error : Severity.Warning,
            m.Groups["message"].Value,
            m.Groups["code"].Value,
            sourceLine);
    }

    public bool Matches(Diagnostic d) =>
        d.Span.File == File && (Printed is not null ? d.Span.ToString() == Printed : d.Span.Sheet is null && d.Span.Line == Line && (Column is null || d.Span.Column == Column)) &&
        d.Severity == Severity && d.Code == Code && d.Message.Contains(MessagePart, StringComparison.Ordinal);

    public override string ToString() =>
        $"{Printed ?? new SourceSpan(File, Line, Column ?? 0).ToString()}: {(Severity == Severity.Error ? "error" : "warning")}: {MessagePart} [{Code}]";
}
