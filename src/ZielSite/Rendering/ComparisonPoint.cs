using ZielSite.Indicators;
using ZielSite.Inputs;

namespace ZielSite.Rendering;

/// <summary>
/// One region on a comparison figure: its value on the figure's Kennzahl (null with a German <see cref="Reason"/> where
/// it has none), its verdict on its own target of that Kennzahl (null where it has none), whether it is the page's
/// region or of the same Vergleichstyp, and its <see cref="Rank"/> among the regions with a value (1 = best result in
/// the direction of the Kennzahl; equal values share the best rank).
/// </summary>
internal sealed record ComparisonPoint(Region Region, double? Value, string? Reason, Verdict? Verdict, bool IsThis, bool IsSimilar)
{
    public int? Rank { get; init; }
}
