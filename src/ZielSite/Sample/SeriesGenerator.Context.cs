namespace ZielSite.Sample;

internal static partial class SeriesGenerator
{
    /// <summary>
    /// The yearly anchors of one region, chained outward from <see cref="ReferenceYear"/> and cached for one
    /// generation run (the cache lives only as long as this object).
    /// </summary>
    private sealed class Context(SampleRegion region, RegionProfile profile, int seed)
    {
        private readonly Dictionary<int, YearDraws> _draws = [];
        private readonly Dictionary<int, double> _elbDecember = [];
        private readonly Dictionary<int, double> _lzbMean = [];

        public RegionProfile Profile { get; } = profile;

        private RegionCalibration? Calibration => Profile.Calibration;

        public YearDraws Year(int year)
        {
            if (!_draws.TryGetValue(year, out var d)) _draws[year] = d = YearDraws.Draw(seed, region.Index, year);
            return d;
        }

        /// <summary>ELB stock in December of <paramref name="year"/>.</summary>
        public double ElbDecember(int year)
        {
            if (_elbDecember.TryGetValue(year, out var cached)) return cached;
            double value;
            if (Calibration is { } c && c.ElbDecember.TryGetValue(year, out var pinned)) value = pinned;
            else if (year == ReferenceYear) value = Profile.ElbDec2022;
            else if (year > ReferenceYear) value = ElbDecember(year - 1) * (1 + MacroTrend.ElbGrowth(year) + Year(year).ElbGrowth);
            else value = ElbDecember(year + 1) / (1 + MacroTrend.ElbGrowth(year + 1) + Year(year + 1).ElbGrowth);
            return _elbDecember[year] = value;
        }

        /// <summary>Mean LZB stock of <paramref name="year"/>.</summary>
        public double LzbMean(int year)
        {
            if (_lzbMean.TryGetValue(year, out var cached)) return cached;
            double value;
            if (Calibration is { } c && c.LzbMean.TryGetValue(year, out var pinned)) value = pinned;
            else if (year == ReferenceYear) value = Profile.LzbShare2022 * (ElbDecember(year - 1) + ElbDecember(year)) / 2;
            else if (year > ReferenceYear) value = LzbMean(year - 1) * (1 + MacroTrend.LzbChange(year) + Year(year).Lzb);
            else value = LzbMean(year + 1) / (1 + MacroTrend.LzbChange(year + 1) + Year(year + 1).Lzb);
            return _lzbMean[year] = value;
        }

        /// <summary>Integrationsquote of <paramref name="year"/>, percent.</summary>
        public double K2(int year) =>
            Calibration is { } c && c.K2.TryGetValue(year, out var pinned)
                ? pinned
                : Profile.K2Base * MacroTrend.K2Factor(year) * (1 + Year(year).K2);

        public double FemaleK2Ratio(int year) =>
            Calibration is { } c && c.FemaleK2Ratio.TryGetValue(year, out var pinned)
                ? pinned
                : Math.Clamp(Profile.FemaleK2Ratio + Year(year).FemaleK2Ratio, 0.5, 0.95);

        public double LzbIntegrationShare(int year) =>
            Calibration is { } c && c.LzbIntegrationShare.TryGetValue(year, out var pinned)
                ? pinned
                : Math.Clamp(Profile.LzbIntegrationShare * (1 + Year(year).LzbIntegrationShare), 0.15, 0.6);

        /// <summary>Leistungen zum Lebensunterhalt per ELB and month in <paramref name="year"/>, EUR.</summary>
        public double LluRate(int year) => Rate(Profile.LluPerElb2022, year, MacroTrend.LluRateChange) * (1 + Year(year).LluRate);

        /// <summary>Leistungen für Unterkunft und Heizung per BG and month in <paramref name="year"/>, EUR.</summary>
        public double KduRate(int year) => Rate(Profile.KduPerBg2022, year, MacroTrend.KduRateChange) * (1 + Year(year).KduRate);

        private static double Rate(double at2022, int year, Func<int, double> change)
        {
            var rate = at2022;
            for (var y = ReferenceYear + 1; y <= year; y++) rate *= 1 + change(y);
            for (var y = ReferenceYear; y > year; y--) rate /= 1 + change(y);
            return rate;
        }
    }
}
