namespace ZielSite.Sample;

/// <summary>
/// The national development every sample region shares (rough shape of the SGB II figures 2016–2025: refugees in
/// 2016, the Corona shock of spring 2020, the move of refugees from Ukraine into the SGB II in June 2022, the
/// Bürgergeld rates of 2023 and 2024). Years outside the table get a quiet default. Regions add their own noise.
/// </summary>
internal static class MacroTrend
{
    /// <summary>Change of the ELB stock from December of the previous year to December of <paramref name="year"/> (0.03 = +3 %).</summary>
    public static double ElbGrowth(int year) => year switch
    {
        2016 => 0.03,
        2017 => 0.01,
        2018 => -0.04,
        2019 => -0.04,
        2020 => 0.03,
        2021 => -0.04,
        2022 => 0.09,
        2023 => 0.04,
        2024 => 0.03,
        2025 => 0.01,
        _ => 0.0,
    };

    /// <summary>A sudden rise of the ELB stock from month <c>Month</c> of the year on (part of <see cref="ElbGrowth"/>), or null.</summary>
    public static (int Month, double Rise)? ElbStep(int year) => year switch
    {
        2020 => (4, 0.04),
        2022 => (6, 0.09),
        _ => null,
    };

    /// <summary>Integrationsquote relative to a region's base level (2023 = 1).</summary>
    public static double K2Factor(int year) => year switch
    {
        <= 2017 => 1.08,
        2018 => 1.09,
        2019 => 1.08,
        2020 => 0.84,
        2021 => 0.92,
        2022 => 0.98,
        2023 => 1.00,
        2024 => 0.97,
        2025 => 0.95,
        _ => 0.95,
    };

    /// <summary>Change of the yearly mean LZB stock against the previous year (−0.035 = −3.5 %).</summary>
    public static double LzbChange(int year) => year switch
    {
        <= 2019 => -0.03,
        2020 => 0.01,
        2021 => 0.04,
        2022 => -0.05,
        2023 => -0.035,
        2024 => 0.04,
        2025 => 0.03,
        _ => 0.0,
    };

    /// <summary>Change of the Leistungen zum Lebensunterhalt per ELB against the previous year (Regelsätze).</summary>
    public static double LluRateChange(int year) => year switch
    {
        2023 => 0.11,
        2024 => 0.10,
        2025 => 0.0,
        _ => 0.015,
    };

    /// <summary>Change of the Leistungen für Unterkunft und Heizung per BG against the previous year.</summary>
    public static double KduRateChange(int year) => year switch
    {
        2022 => 0.04,
        2023 => 0.06,
        2024 => 0.05,
        2025 => 0.03,
        _ => 0.025,
    };

    /// <summary>Whether the share of women among the ELB is raised (refugees from Ukraine from June 2022 on).</summary>
    public static double FemaleElbShareRise(int year, int month) => year > 2022 || (year == 2022 && month >= 6) ? 0.015 : 0.0;

    /// <summary>Seasonal weight of Integrationen by month (mean 1): more in spring and autumn, fewest in December.</summary>
    public static double IntegrationSeason(int month) => month switch
    {
        1 => 0.90,
        2 => 0.98,
        3 => 1.10,
        4 => 1.06,
        5 => 1.02,
        6 => 0.97,
        7 => 0.96,
        8 => 1.12,
        9 => 1.14,
        10 => 1.05,
        11 => 0.98,
        _ => 0.72,
    };
}
