namespace ZielSite.Indicators;

/// <summary>Placeholder until the indicators work lands.</summary>
public static class ValueExporter
{
    public static void WriteCsv(IReadOnlyList<RegionYearResult> results, TextWriter writer) => throw new NotImplementedException("ValueExporter");
}
