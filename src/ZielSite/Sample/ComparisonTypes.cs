using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// The Vergleichstyp of a sample region (the <c>vergleichstyp</c> column of <c>data/regions.csv</c>): a rule on the
/// region's kind and the level of its Integrationsquote, so that regions of one type are alike in what their targets
/// measure. The codes look like the IAB's SGB II-Vergleichstypen ("Ia", "IIb", "IIIa") but are generated: they are
/// not the IAB's assignment of any real Jobcenter (the site says so beside them).
/// </summary>
internal static class ComparisonTypes
{
    /// <summary>
    /// Cities with an Integrationsquote (the profile's K2 base) of at least 18.5 % are "IIb", the others "IIIa"; Kreise of at least 22 % "Ia",
    /// of 20.5 % to 22 % "Ib", below that "IIa". Of the 18 NRW zkT this gives groups of 3 to 5.
    /// </summary>
    public static string For(SampleRegion region, RegionProfile profile) => (region.Kind, profile.K2Base) switch
    {
        (RegionKind.Stadt, >= 18.5) => "IIb",
        (RegionKind.Stadt, _) => "IIIa",
        (_, >= 22.0) => "Ia",
        (_, >= 20.5) => "Ib",
        _ => "IIa",
    };
}
