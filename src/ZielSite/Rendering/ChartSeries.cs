namespace ZielSite.Rendering;

/// <summary>
/// One line of a chart: its legend name, the values per x position (null = gap, never zero), and a style that
/// differs in dash and marker as well as colour (so that lines can be told apart without colour).
/// </summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, ChartStyle Style);
