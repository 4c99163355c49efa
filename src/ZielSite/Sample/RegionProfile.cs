namespace ZielSite.Sample;

/// <summary>
/// The calibration of one sample region. Levels refer to 2022 (stocks: December 2022) or, for the
/// Integrationsquote, to 2023; <see cref="MacroTrend"/> and yearly regional noise move them through the years.
/// </summary>
/// <param name="ElbDec2022">ELB stock in December 2022.</param>
/// <param name="K2Base">Integrationsquote (percent) when the national factor is 1 (2023).</param>
/// <param name="FemaleK2Ratio">K2 of women divided by K2 of men (Germany 2014: 19.6 / 30.0 ≈ 0.65).</param>
/// <param name="FemaleElbShare">Share of women among the ELB before June 2022.</param>
/// <param name="LzbShare2022">Mean LZB stock 2022 divided by the mean ELB stock 2022.</param>
/// <param name="Lzb4jShare">Share of LZB receiving benefits for four years or longer.</param>
/// <param name="LzbIntegrationShare">Share of Integrationen that are Integrationen of LZB.</param>
/// <param name="SustainableShare">Share of Integrationen still employed after the follow-up period.</param>
/// <param name="NeedCoveringShare">Share of Integrationen that end the need for benefits.</param>
/// <param name="BgPerElb2022">Bedarfsgemeinschaften per ELB in December 2022.</param>
/// <param name="BgPerElbDrift">Yearly relative change of <paramref name="BgPerElb2022"/>.</param>
/// <param name="LluPerElb2022">Leistungen zum Lebensunterhalt per ELB and month in 2022, EUR.</param>
/// <param name="KduPerBg2022">Leistungen für Unterkunft und Heizung per BG and month in 2022, EUR.</param>
/// <param name="Calibration">Published figures the region must match exactly (Kreis Borken), or null.</param>
internal sealed record RegionProfile(
    double ElbDec2022,
    double K2Base,
    double FemaleK2Ratio,
    double FemaleElbShare,
    double LzbShare2022,
    double Lzb4jShare,
    double LzbIntegrationShare,
    double SustainableShare,
    double NeedCoveringShare,
    double BgPerElb2022,
    double BgPerElbDrift,
    double LluPerElb2022,
    double KduPerBg2022,
    RegionCalibration? Calibration);
