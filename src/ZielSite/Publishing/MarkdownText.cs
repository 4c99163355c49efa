using ZielSite.Wording;

namespace ZielSite.Publishing;

/// <summary>
/// The pieces REVIEW.md and <c>diff</c> write into Markdown tables. The words and number formats are the site's own
/// (<see cref="GermanFormat"/>, <see cref="IndicatorLabels"/>, <see cref="VerdictLabels"/>); only the Markdown
/// escaping is made here.
/// </summary>
internal static class MarkdownText
{
    /// <summary>The characters that can start or end Markdown markup in the middle of a line (GitHub flavour: emphasis,
    /// code, links and images, tables, strike-through, math, autolinks of <c>https:</c>, <c>www.</c> and e-mail,
    /// @-mentions), each escaped with a backslash.</summary>
    private const string Markup = "\\`*_[]()!|~$@:.#";

    /// <summary>
    /// Input text (a region's name, a key from a bundle) as literal Markdown inside a table cell, a heading or a
    /// list line: line breaks and control characters folded into spaces, the markup characters backslash-escaped,
    /// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> as entities. No image, link, mention, emphasis or HTML comes out of it.
    /// </summary>
    public static string Cell(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029') sb.Append(' ');
            else if (c == '<') sb.Append("&lt;");
            else if (c == '>') sb.Append("&gt;");
            else if (c == '&') sb.Append("&amp;");
            else if (Markup.Contains(c)) sb.Append('\\').Append(c);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Text as a code span (<c>`key`</c>, nothing inside renders) where it has no backtick, line break or
    /// control character and does not start or end with a space; else as <see cref="Cell"/>.</summary>
    public static string Code(string text) =>
        text.Length > 0 && text[0] != ' ' && text[^1] != ' ' && !text.Any(c => c == '`' || char.IsControl(c) || c is '\u2028' or '\u2029' or '|')
            ? "`" + text + "`" : Cell(text);

    /// <summary>A verdict's word from a bundle ("erreicht"); an unknown status name is input text, escaped.</summary>
    public static string Verdict(string? status) => Cell(VerdictLabels.Word(status));

    /// <summary>A target's name as the site's tables show it; an unknown key (input text from a bundle) escaped for a cell.</summary>
    public static string Target(string key) => IndicatorLabels.Target(key) is var label && label != key ? label : Cell(key);

    /// <summary>A target's threshold as the site writes it ("höchstens −5,2 %", "mindestens 612 Integrationen").</summary>
    public static string Threshold(TargetEntry t) => GermanFormat.Threshold(t.Key, t.Kind, t.Operator, t.Value, t.Unit);

    /// <summary>
    /// A number in the terms of target <paramref name="t"/>: a change signed with its unit ("+13,10 %", "−0,2 Prozentpunkte"),
    /// a level quota unsigned ("31,42 %"), a count whole ("1.714"); "–" where there is none.
    /// </summary>
    public static string Value(double? value, int decimals, TargetEntry t) =>
        value is not { } v ? GermanFormat.Missing
        : t.Unit == "count" ? GermanFormat.Integer(v)
        : t.IsLevel ? GermanFormat.Percent(v, decimals)
        : GermanFormat.Signed(v, decimals) + GermanFormat.UnitSpace + GermanFormat.Unit(t.Unit);
}
