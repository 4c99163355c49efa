using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>Reads <c>data/regions.csv</c> (<c>ags;name;kind</c> and optional further columns).</summary>
public static class RegionReader
{
    /// <summary><paramref name="file"/> is the display path used in diagnostics.</summary>
    public static IReadOnlyList<Region> Read(Stream content, string file, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("RegionReader");
}
