namespace ZielSite.Tests.Sample;

/// <summary>Kennzahlen computed in the test from monthly values, by the formulas of KENNZAHLEN.md §3–4.</summary>
public sealed class SampleFigures(Dictionary<(string Ags, string Month, string Measure), long> values)
{
    public long Get(string ags, int year, int month, string measure) => values[(ags, $"{year:D4}-{month:D2}", measure)];

    public long Sum(string ags, int year, string measure, int months = 12) =>
        Enumerable.Range(1, months).Sum(m => Get(ags, year, m, measure));

    public double Mean(string ags, int year, string measure, int months = 12) => Sum(ags, year, measure, months) / (double)months;

    /// <summary>K2 = Σ Integrationen Jan–Dec(t) / mean ELB Dec(t−1)..Nov(t) × 100; suffix "_f"/"_m" for women/men.</summary>
    public double K2(string ags, int year, string suffix = "")
    {
        var stock = Get(ags, year - 1, 12, "elb" + suffix) + Enumerable.Range(1, 11).Sum(m => Get(ags, year, m, "elb" + suffix));
        return Sum(ags, year, "integrationen" + suffix) / (stock / 12.0) * 100;
    }
}
