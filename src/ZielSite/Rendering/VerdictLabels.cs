using ZielSite.Indicators;

namespace ZielSite.Rendering;

/// <summary>The symbol and German text of a verdict; the text names the Stand month for in-year verdicts. Never colour alone.</summary>
public static class VerdictLabels
{
    public static string Symbol(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "✓",
        VerdictStatus.Missed => "✗",
        VerdictStatus.OnTrack => "●",
        VerdictStatus.OffTrack => "⚠",
        _ => "–",
    };

    /// <summary>"erreicht", "verfehlt", "auf Kurs (Stand Juni)", "nicht auf Kurs (Stand Juni)", "keine Daten".</summary>
    public static string Text(VerdictStatus status, int month) => status switch
    {
        VerdictStatus.Met => "erreicht",
        VerdictStatus.Missed => "verfehlt",
        VerdictStatus.OnTrack => $"auf Kurs (Stand {GermanFormat.MonthName(month)})",
        VerdictStatus.OffTrack => $"nicht auf Kurs (Stand {GermanFormat.MonthName(month)})",
        _ => "keine Daten",
    };

    /// <summary>Counts as a success in "3 von 5 Zielen": met, or on track before the year ends.</summary>
    public static bool IsPositive(VerdictStatus status) => status is VerdictStatus.Met or VerdictStatus.OnTrack;
}
