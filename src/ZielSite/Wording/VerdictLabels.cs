using ZielSite.Indicators;

namespace ZielSite.Wording;

/// <summary>The symbol and German text of a verdict; the text names the Stand month for in-year verdicts. Never colour alone.</summary>
internal static class VerdictLabels
{
    /// <summary>The word beside a projected value: "hochgerechnet" (a level target before December, <see cref="Verdict.IsProjected"/>).</summary>
    public const string Projected = "hochgerechnet";

    /// <summary>"hochgerechnet " before a value projected to December, else "".</summary>
    public static string ProjectedWord(Verdict v) => v.IsProjected ? Projected + " " : "";

    public static string Symbol(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "✓",
        VerdictStatus.Missed => "✗",
        VerdictStatus.OnTrack => "●",
        VerdictStatus.OffTrack => "⚠",
        _ => "–",
    };

    /// <summary>The verdict's word, the one used on the site, in the narrative, REVIEW.md and <c>diff</c>.</summary>
    public static string Word(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "erreicht",
        VerdictStatus.Missed => "verfehlt",
        VerdictStatus.OnTrack => "auf Kurs",
        VerdictStatus.OffTrack => "nicht auf Kurs",
        _ => "keine Daten",
    };

    /// <summary>The word of a verdict given by its JSON name ("met" → "erreicht"); "–" where there is none.</summary>
    public static string Word(string? jsonName) =>
        jsonName is null ? "–" : VerdictStatusNames.TryParse(jsonName, out var s) ? Word(s) : jsonName;

    /// <summary>"erreicht", "verfehlt", "auf Kurs (Stand Juni)", "nicht auf Kurs (Stand Juni)", "keine Daten".</summary>
    public static string Text(VerdictStatus status, int month) => status is VerdictStatus.OnTrack or VerdictStatus.OffTrack
        ? $"{Word(status)} (Stand {GermanFormat.MonthName(month)})"
        : Word(status);

    /// <summary>The word of the successes in "3 von 5 Zielen erreicht" (a complete year) or "… auf Kurs" (within it).</summary>
    public static string PositiveWord(bool isFinal) => Word(isFinal ? VerdictStatus.Met : VerdictStatus.OnTrack);

    /// <summary>
    /// A year's targets counted as the overview and the start page count them: "3 von 5 Zielen erreicht" (a complete
    /// year), "2 von 5 Zielen auf Kurs (Stand Juni)" (within it, <paramref name="month"/> the Stand).
    /// </summary>
    public static string CountText(int positive, int count, bool isFinal, int month) =>
        $"{positive} von {count} Zielen {(isFinal ? Word(VerdictStatus.Met) : Text(VerdictStatus.OnTrack, month))}";

    /// <summary>Counts as a success in "3 von 5 Zielen": met, or on track before the year ends.</summary>
    public static bool IsPositive(VerdictStatus status) => status is VerdictStatus.Met or VerdictStatus.OnTrack;
}
