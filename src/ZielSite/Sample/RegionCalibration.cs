namespace ZielSite.Sample;

/// <summary>
/// Year-by-year values that replace the drawn ones for a region with published figures. Each map is keyed by
/// calendar year; a year not in a map is drawn as usual.
/// </summary>
/// <param name="ElbDecember">ELB stock in December of the year.</param>
/// <param name="LzbMean">Mean LZB stock of the year.</param>
/// <param name="K2">Integrationsquote of the year, percent.</param>
/// <param name="FemaleK2Ratio">K2 of women divided by K2 of men in the year.</param>
/// <param name="LzbIntegrationShare">Share of Integrationen that are Integrationen of LZB in the year.</param>
internal sealed record RegionCalibration(
    IReadOnlyDictionary<int, double> ElbDecember,
    IReadOnlyDictionary<int, double> LzbMean,
    IReadOnlyDictionary<int, double> K2,
    IReadOnlyDictionary<int, double> FemaleK2Ratio,
    IReadOnlyDictionary<int, double> LzbIntegrationShare);
