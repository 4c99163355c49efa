using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>Options of <c>zielsite sample</c>.</summary>
/// <param name="Regions">Number of regions, at least 1; the first 18 are the NRW zkT (docs/kennzahlen.md §5), further ones get generated names and AGS from 10000 upward.</param>
/// <param name="Years">Number of calendar years of data, at least 1, ending with the year of the last month (which may be in progress).</param>
/// <param name="Seed">Random seed; the same options give the same bytes.</param>
/// <param name="LastMonth">Last month with data; null means June 2025 (<see cref="DefaultLastMonth"/>).</param>
/// <param name="Format">The shape of the data files: long CSV (default), wide CSV or a workbook (.xlsx).</param>
/// <param name="Wording">How the agreements word their targets: all in the NRW frame (the default project's), or varied per region and year (<c>zielsite sample</c>'s default).</param>
/// <param name="KeepExistingAgreements">When true, an agreement file that already exists is left as it is (the repository keeps its real Kreis Borken 2023 text this way).</param>
public sealed record SampleOptions(
    int Regions = 18,
    int Years = 6,
    int Seed = 48,
    YearMonth? LastMonth = null,
    bool KeepExistingAgreements = false,
    DataFormat Format = DataFormat.Long,
    SampleWording Wording = SampleWording.Nrw)
{
    /// <summary>The last month of the default project: June 2025.</summary>
    public static YearMonth DefaultLastMonth { get; } = new(2025, 6);

    /// <summary>Largest number of regions (generated AGS run from 10000 to 99999).</summary>
    public const int MaxRegions = 90_000;

    /// <summary>The last month with data.</summary>
    public YearMonth EffectiveLastMonth => LastMonth ?? DefaultLastMonth;

    /// <summary>First calendar year with data.</summary>
    public int FirstYear => EffectiveLastMonth.Year - Years + 1;

    /// <summary>Last calendar year with data (the year of <see cref="EffectiveLastMonth"/>).</summary>
    public int LastYear => EffectiveLastMonth.Year;

    /// <summary>English messages for options that cannot be generated (empty when all is well); the CLI reports them as wrong usage.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Regions is < 1 or > MaxRegions) problems.Add($"--regions must be between 1 and {MaxRegions}, not {Regions}.");
        if (Years < 1) problems.Add($"--years must be at least 1, not {Years}.");
        var last = EffectiveLastMonth;
        if (last.Month is < 1 or > 12 || last.Year < 1950 || last.Year > 2999)
            problems.Add($"the last month must be a month between 1950 and 2999, not {last}.");
        else if (Years >= 1 && last.Year - Years + 1 < 1950)
            problems.Add($"--years {Years} reaches back before 1950.");
        return problems;
    }
}
