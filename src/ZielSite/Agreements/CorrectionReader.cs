using System.Globalization;
using System.Text.RegularExpressions;
using ZielSite.Diagnostics;

namespace ZielSite.Agreements;

/// <summary>
/// Reads an editor's correction file, <c>&lt;agreement name&gt;.korrektur.txt</c> beside the agreement. One target
/// a line: <c>key operator value [unit] [# reason]</c>, e.g. <c>k3 &lt;= -5.2 %  # Grund: OCR zerstört</c>.
/// Keys as in docs/contract.md (case-insensitive); operators <c>&gt;=</c>, <c>&lt;=</c>, ≥, ≤; decimal point or comma;
/// unit <c>%</c>/<c>Prozent</c> or <c>pp</c>/<c>Prozentpunkte</c>, defaulting to the key's unit. Blank lines and
/// lines starting with <c>#</c> are ignored.
/// </summary>
internal static partial class CorrectionReader
{
    [GeneratedRegex(@"^\s*(?<key>[A-Za-z][A-Za-z0-9_]*)\s*:?\s*(?<op>>=|<=|≥|≤|=>|=<)\s*(?<sign>[+\-−–]|minus\s)?\s*(?<num>\d+(?:[.,]\d+)?)\s*(?<unit>%|pp|Prozentpunkte|Prozent|v\.\s?H\.)?\s*(?:#\s*(?<reason>.*?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LinePattern();

    public static (IReadOnlyList<Correction> Corrections, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string file)
    {
        var corrections = new List<Correction>();
        var diagnostics = new List<Diagnostic>();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var span = new SourceSpan(file, i + 1);
            var m = LinePattern().Match(line);
            if (!m.Success)
            {
                diagnostics.Add(Error(span, $"cannot read the correction '{line}'; expected e.g. 'k3 <= -5.2 %  # reason'"));
                continue;
            }
            var key = m.Groups["key"].Value.ToLowerInvariant();
            if (!TargetKeys.IsKnown(key))
            {
                diagnostics.Add(Error(span, $"unknown target key '{m.Groups["key"].Value}'; known keys: {string.Join(", ", TargetKeys.All)}"));
                continue;
            }
            var op = m.Groups["op"].Value switch { ">=" or "≥" or "=>" => ">=", _ => "<=" };
            var value = double.Parse(m.Groups["num"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (m.Groups["sign"].Success && m.Groups["sign"].Value.Trim() is "-" or "−" or "–" or "minus") value = -value;
            if (value == 0) value = 0.0;
            var unitText = m.Groups["unit"].Value.ToLowerInvariant();
            var unit = unitText.Length == 0 ? TargetKeys.Unit(key) : unitText is "pp" or "prozentpunkte" ? "pp" : "%";
            if (unit != TargetKeys.Unit(key))
            {
                diagnostics.Add(Error(span, $"target {key} is measured in {TargetKeys.Unit(key)}, not {unit}"));
                continue;
            }
            var first = corrections.Find(c => c.Key == key);
            if (first != null)
            {
                diagnostics.Add(Error(span, $"a second correction for {key} (the first is on line {first.Span.Line})"));
                continue;
            }
            var reason = m.Groups["reason"].Success && m.Groups["reason"].Value.Length > 0 ? m.Groups["reason"].Value : null;
            corrections.Add(new Correction(key, op, value, unit, reason, span));
        }
        return (corrections, diagnostics);
    }

    private static Diagnostic Error(SourceSpan span, string message) =>
        new(Severity.Error, DiagnosticCodes.CorrectionInvalid, span, message);
}
