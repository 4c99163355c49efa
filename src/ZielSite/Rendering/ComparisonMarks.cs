namespace ZielSite.Rendering;

/// <summary>
/// What a comparison figure draws (<see cref="ComparisonSvg"/>), positions as fractions of its width
/// (<see cref="ComparisonFigure.X"/>): a thin stroke per other region with a value, a ring on each region of the same
/// Vergleichstyp, a diamond for the page's region (<see cref="This"/>; without <see cref="ThisX"/> only its label, "keine
/// Daten"), a triangle for the total, a dashed line per target, and the axis. <see cref="Name"/> and
/// <see cref="Description"/> are the figure's accessible name and description.
/// </summary>
internal sealed record ComparisonMarks(
    string Id,
    string Name,
    string Description,
    ComparisonAxis Axis,
    string AxisTitle,
    IReadOnlyList<double> Others,
    IReadOnlyList<double> Similar,
    ComparisonMarks.Label This,
    double? ThisX,
    ComparisonMarks.Label? Total,
    IReadOnlyList<ComparisonMarks.Label> Targets)
{
    /// <summary>A label at <see cref="X"/>: the full text, and a shorter one for where the full one does not fit at 320 px.</summary>
    public sealed record Label(double X, string Full, string? Short);
}
