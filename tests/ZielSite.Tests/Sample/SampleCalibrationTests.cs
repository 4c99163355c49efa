using ZielSite.Sample;

namespace ZielSite.Tests.Sample;

/// <summary>The default sample data against the published figures of KENNZAHLEN.md §6, and their internal consistency.</summary>
public sealed class SampleCalibrationTests : IClassFixture<SampleCalibrationTests.DefaultProject>
{
    private const string Borken = "05554";

    private static readonly string[] Measures =
    [
        "bg", "elb", "elb_f", "elb_m", "integrationen", "integrationen_bedarfsdeckend", "integrationen_f",
        "integrationen_lzb", "integrationen_m", "integrationen_nachhaltig", "kdu", "llu", "lzb", "lzb_4j",
    ];

    public sealed class DefaultProject : IDisposable
    {
        public DefaultProject()
        {
            Project = new SampleProject(new SampleOptions(Regions: 18, Years: 6, Seed: 48));
            Values = Project.ReadObservations();
            Figures = new SampleFigures(Values);
        }

        public SampleProject Project { get; }
        public Dictionary<(string Ags, string Month, string Measure), long> Values { get; }
        public SampleFigures Figures { get; }

        public void Dispose() => Project.Dispose();
    }

    private readonly DefaultProject _p;

    public SampleCalibrationTests(DefaultProject project) => _p = project;

    private SampleFigures F => _p.Figures;

    private static IEnumerable<string> AllAgs() => SampleGenerator.Regions(new SampleOptions()).Select(r => r.Ags);

    [Fact]
    public void Borken_integration_rate_2023_is_the_published_15_4_percent()
    {
        // Published: Integrationsquote 2023 of the Jobcenter Kreis Borken 15.4 %.
        Assert.InRange(F.K2(Borken, 2023), 15.1, 15.7);
    }

    [Fact]
    public void Borken_lzb_stock_2023_is_about_5_percent_below_2022()
    {
        // Published: Langzeitleistungsbeziehende 2023 "um 5 Prozent rückläufig".
        var change = (F.Mean(Borken, 2023, "lzb") / F.Mean(Borken, 2022, "lzb") - 1) * 100;
        Assert.InRange(change, -6.0, -4.0);
    }

    [Fact]
    public void Borken_stocks_match_the_yearly_reports()
    {
        // About 70 % of the 16,352 Leistungsberechtigte (end of 2023) are erwerbsfähig: ELB 2023 in 11,000–12,500.
        Assert.InRange(F.Mean(Borken, 2023, "elb"), 11_000, 12_500);
        // BG at the end of 2022 / 2023 / 2024: 7,721 / 8,232 / 8,789 (± 3 %).
        Assert.InRange(F.Get(Borken, 2022, 12, "bg"), 7_721 * 0.97, 7_721 * 1.03);
        Assert.InRange(F.Get(Borken, 2023, 12, "bg"), 8_232 * 0.97, 8_232 * 1.03);
        Assert.InRange(F.Get(Borken, 2024, 12, "bg"), 8_789 * 0.97, 8_789 * 1.03);
        // LZB in October 2024: 6,812 (± 3 %).
        Assert.InRange(F.Get(Borken, 2024, 10, "lzb"), 6_812 * 0.97, 6_812 * 1.03);
    }

    [Fact]
    public void Every_region_has_a_plausible_integration_rate_with_women_below_men()
    {
        foreach (var ags in AllAgs())
        {
            for (var year = 2021; year <= 2024; year++)
            {
                Assert.InRange(F.K2(ags, year), 11.0, 32.0);
                Assert.True(F.K2(ags, year, "_f") < F.K2(ags, year, "_m"), $"{ags} {year}: K2 of women not below men");
            }
            Assert.InRange(F.K2(ags, 2023), 14.5, 30.0);
        }
    }

    [Fact]
    public void Sizes_follow_the_regions()
    {
        Assert.InRange(F.Mean("05113", 2023, "elb"), 60_000, 70_000); // Stadt Essen
        Assert.InRange(F.Mean("05562", 2023, "elb"), 40_000, 50_000); // Kreis Recklinghausen
        Assert.InRange(F.Mean("05558", 2023, "elb"), 5_000, 7_000); // Kreis Coesfeld
    }

    [Fact]
    public void Integrations_are_seasonal_over_all_regions()
    {
        // Summed over regions and the full years 2020–2024: December lowest, September above March above January.
        long Month(int m) => AllAgs().Sum(a => Enumerable.Range(2020, 5).Sum(y => F.Get(a, y, m, "integrationen")));
        var byMonth = Enumerable.Range(1, 12).Select(Month).ToArray();
        Assert.Equal(byMonth.Min(), byMonth[11]);
        Assert.True(byMonth[8] > byMonth[2] && byMonth[2] > byMonth[0], string.Join(",", byMonth));
    }

    [Fact]
    public void Money_per_case_is_plausible()
    {
        foreach (var ags in AllAgs())
        {
            for (var year = 2020; year <= 2024; year++)
            {
                var lluPerElb = F.Sum(ags, year, "llu") / (double)F.Sum(ags, year, "elb");
                var kduPerBg = F.Sum(ags, year, "kdu") / (double)F.Sum(ags, year, "bg");
                Assert.InRange(lluPerElb, 420, 650);
                Assert.InRange(kduPerBg, 480, 720);
            }
        }
    }

    [Fact]
    public void Every_month_has_every_measure_from_the_December_before_to_June_2025()
    {
        // 2019-12, then 2020-01 … 2025-06: 1 + 5 × 12 + 6 = 67 months × 14 measures × 18 regions.
        Assert.Equal(67 * 14 * 18, _p.Values.Count);
        foreach (var ags in AllAgs())
        {
            foreach (var measure in Measures)
            {
                Assert.True(_p.Values.ContainsKey((ags, "2019-12", measure)));
                Assert.True(_p.Values.ContainsKey((ags, "2025-06", measure)));
                Assert.False(_p.Values.ContainsKey((ags, "2025-07", measure)));
                Assert.False(_p.Values.ContainsKey((ags, "2019-11", measure)));
            }
        }
    }

    [Fact]
    public void Parts_add_up_and_subsets_stay_within_their_totals()
    {
        foreach (var group in _p.Values.GroupBy(kv => (kv.Key.Ags, kv.Key.Month)))
        {
            var v = group.ToDictionary(kv => kv.Key.Measure, kv => kv.Value);
            var where = $"{group.Key.Ags} {group.Key.Month}";
            Assert.Equal(v["elb"], v["elb_f"] + v["elb_m"]);
            Assert.Equal(v["integrationen"], v["integrationen_f"] + v["integrationen_m"]);
            Assert.True(v["lzb"] <= v["elb"], where);
            Assert.True(v["lzb_4j"] <= v["lzb"], where);
            Assert.True(v["bg"] <= v["elb"], where);
            Assert.True(v["integrationen_lzb"] <= v["integrationen"], where);
            Assert.True(v["integrationen_nachhaltig"] <= v["integrationen"], where);
            Assert.True(v["integrationen_bedarfsdeckend"] <= v["integrationen"], where);
            // No value is a stand-in zero: every stock, flow and sum is positive.
            Assert.All(v, kv => Assert.True(kv.Value > 0, $"{where} {kv.Key} = {kv.Value}"));
        }
    }
}
