using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Indicators;

/// <summary>Computes a <see cref="RegionYearResult"/> for every region and year with data, with ranks and projections.</summary>
public static class ResultCalculator
{
    /// <summary>
    /// One result per region and year that has data, ordered by year, then region name (ordinal).
    /// Agreements are matched by AGS and year. Targets that cannot be computed add a diagnostic
    /// (<see cref="DiagnosticCodes.IndicatorNotComputable"/>) at the target's line.
    /// </summary>
    public static IReadOnlyList<RegionYearResult> Compute(
        ObservationTable data, IReadOnlyList<Region> regions, IReadOnlyList<Agreement> agreements,
        bool roundedComparison, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("ResultCalculator");
}
