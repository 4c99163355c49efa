using ZielSite.Wording;
using ZielSite.Inputs;
using ZielSite.Indicators;

namespace ZielSite.Rendering;

/// <summary>The withheld cells ("*", "x": statistical secrecy) that a region-year's values depend on, as notes for its page.</summary>
internal static class WithheldCells
{
    /// <summary>
    /// "„integrationen“ März 2023: Wert aus Gründen der Geheimhaltung nicht veröffentlicht" for each withheld cell of the
    /// region from January of the year before <paramref name="year"/> to month <paramref name="month"/> (the months its values use).
    /// </summary>
    public static IReadOnlyList<string> Notes(ObservationTable data, string ags, int year, int month)
    {
        if (!data.HasWithheld) return [];
        var from = new YearMonth(year - 1, 1);
        var to = new YearMonth(year, month);
        return data.WithheldOf(ags)
            .Where(w => w.Month >= from && w.Month <= to)
            .Select(w => $"„{MeasureNames.Name(w.Measure)}“ {GermanFormat.MonthYear(w.Month.Year, w.Month.Month)}: {ValueGap.WithheldNote}")
            .ToList();
    }
}
