using ZielSite.Wording;

namespace ZielSite.Publishing;

/// <summary>
/// The pieces REVIEW.md and <c>diff</c> write into Markdown tables. The words and number formats are the site's own
/// (<see cref="GermanFormat"/>, <see cref="IndicatorLabels"/>, <see cref="VerdictLabels"/>); only the Markdown
/// escaping is made here.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Text safe inside a Markdown table cell: pipes escaped, line breaks folded.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    /// <summary>A target's name as the site's tables show it, escaped for a cell.</summary>
    public static string Target(string key) => Cell(IndicatorLabels.Target(key));

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
