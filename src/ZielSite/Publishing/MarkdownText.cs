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

    /// <summary>A number in the unit of a target ("+13,10 %", "−0,2 Prozentpunkte"); "–" where there is none.</summary>
    public static string Value(double? value, int decimals, string unit) =>
        value is null ? "–"
        : unit == "count" ? GermanFormat.Optional(value, 0)
        : GermanFormat.Optional(value, decimals, signed: true) + GermanFormat.UnitSpace + GermanFormat.Unit(unit);
}
