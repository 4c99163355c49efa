using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// The overview of one year: every region × every target key used that year, each cell with the actual value
/// and the verdict (symbol and colour by CSS, word as text); the Stand once (<see cref="Stand"/>), a total row,
/// the year's CSV (<see cref="CsvFile"/>, beside the page) and the map (null without <c>data/karte.geojson</c>).
/// <see cref="PositiveWord"/> is "erreicht" for a complete year, "auf Kurs" within it.
/// </summary>
internal sealed record OverviewPageView(
    int Year,
    IReadOnlyList<OverviewColumn> Columns,
    IReadOnlyList<OverviewRow> Rows,
    IReadOnlyList<NavLink> YearLinks,
    bool IsFinal,
    string Stand,
    OverviewTotal Total,
    string CsvFile,
    MapView? Map)
{
    public string PositiveWord => VerdictLabels.PositiveWord(IsFinal);
}
