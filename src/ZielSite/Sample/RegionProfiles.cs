using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// Calibration of every sample region: sizes and Integrationsquoten of the 18 NRW zkT set by hand (plausible
/// orders of magnitude, not official figures), Kreis Borken pinned to the published figures of docs/kennzahlen.md §6,
/// everything else drawn from the region's own random stream.
/// </summary>
internal static class RegionProfiles
{
    /// <summary>ELB stock December 2022 and Integrationsquote 2023 (percent) of the NRW zkT, by AGS.</summary>
    private static readonly Dictionary<string, (double Elb, double K2)> Nrw = new(StringComparer.Ordinal)
    {
        ["05113"] = (63_000, 17.4),
        ["05117"] = (12_600, 18.6),
        ["05122"] = (12_100, 19.7),
        ["05124"] = (35_500, 18.1),
        ["05154"] = (15_200, 21.6),
        ["05358"] = (16_400, 20.2),
        ["05515"] = (15_600, 22.7),
        ["05554"] = (10_840, 15.4),
        ["05558"] = (6_100, 24.2),
        ["05562"] = (45_300, 16.3),
        ["05566"] = (15_100, 23.1),
        ["05570"] = (11_200, 22.3),
        ["05754"] = (14_300, 24.6),
        ["05766"] = (20_400, 20.6),
        ["05770"] = (15_700, 21.1),
        ["05915"] = (17_200, 18.0),
        ["05954"] = (18_300, 19.6),
        ["05958"] = (9_600, 25.4),
    };

    /// <summary>
    /// Kreis Borken (heimatreport.de, bocholt-online.de): Leistungsberechtigte 15,480 / 16,352 / 17,239 at the end
    /// of 2022 / 2023 / 2024, of whom about 70 % erwerbsfähig; BG 7,721 / 8,232 / 8,789; Integrationsquote 2023
    /// 15.4 %; LZB 2023 about 5 % below 2022; LZB October 2024 6,812.
    /// </summary>
    private static readonly RegionCalibration Borken = new(
        ElbDecember: new Dictionary<int, double> { [2021] = 9_500, [2022] = 10_840, [2023] = 11_450, [2024] = 12_070 },
        LzbMean: new Dictionary<int, double> { [2022] = 6_900, [2023] = 6_555, [2024] = 6_750 },
        K2: new Dictionary<int, double> { [2022] = 15.28, [2023] = 15.4 },
        FemaleK2Ratio: new Dictionary<int, double> { [2022] = 0.714, [2023] = 0.725 },
        LzbIntegrationShare: new Dictionary<int, double> { [2022] = 0.360, [2023] = 0.3485 });

    public static RegionProfile For(SampleRegion region, int seed)
    {
        var rng = SampleRandom.For(seed, region.Index, (long)SampleStream.Profile);
        var city = region.Kind == RegionKind.Stadt;
        double elb, k2;
        if (Nrw.TryGetValue(region.Ags, out var known))
        {
            (elb, k2) = known;
        }
        else
        {
            // Sizes spread like German Jobcenters: many of 6,000–20,000 ELB, cities up to about 60,000.
            var u = rng.NextDouble();
            elb = city ? 8_000 + 52_000 * u * u : 6_000 + 24_000 * u * u;
            elb = Math.Round(elb / 10) * 10;
            k2 = Math.Round(rng.Uniform(city ? 15.5 : 17.0, city ? 24.0 : 27.0), 1);
        }
        var borken = region.Ags == "05554";
        return new RegionProfile(
            ElbDec2022: elb,
            K2Base: k2,
            FemaleK2Ratio: rng.Uniform(0.62, 0.78),
            FemaleElbShare: borken ? 0.50 : rng.Uniform(0.49, 0.53),
            LzbShare2022: rng.Uniform(city ? 0.62 : 0.56, city ? 0.72 : 0.68),
            Lzb4jShare: rng.Uniform(0.45, 0.58),
            LzbIntegrationShare: rng.Uniform(0.30, 0.40),
            SustainableShare: rng.Uniform(0.60, 0.72),
            NeedCoveringShare: rng.Uniform(0.44, 0.58),
            BgPerElb2022: borken ? 7_721.0 / 10_840 : rng.Uniform(city ? 0.72 : 0.68, city ? 0.78 : 0.74),
            BgPerElbDrift: borken ? 0.01 : rng.Uniform(0.0, 0.012),
            LluPerElb2022: rng.Uniform(450, 495),
            KduPerBg2022: rng.Uniform(city ? 570 : 540, city ? 615 : 590),
            Calibration: borken ? Borken : null);
    }
}
