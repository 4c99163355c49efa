namespace ZielSite.Rendering;

/// <summary>
/// An axis of the comparison figure: from <see cref="Min"/> to <see cref="Max"/> (both ticks, zero between or at
/// one end) in steps of <see cref="Step"/>; tick labels with <see cref="Decimals"/> decimals, signed for a change.
/// </summary>
internal sealed record ComparisonAxis(double Min, double Max, double Step, IReadOnlyList<double> Ticks, int Decimals, bool Signed)
{
    /// <summary>The label of every tick, in German format ("−5", "0", "+5").</summary>
    public IReadOnlyList<string> Labels => Ticks.Select(t => ComparisonFigure.TickLabel(t, Decimals, Signed)).ToList();
}
