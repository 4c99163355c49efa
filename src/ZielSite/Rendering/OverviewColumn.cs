namespace ZielSite.Rendering;

/// <summary>
/// A target column of the overview: the key, the short label, and the unit of its values ("%" or "Pkt."); <see cref="Kind"/>
/// says what its values are: "Veränderung" (changes against the previous year), "Stand" (levels) or, where the regions
/// agreed both kinds on this key, "Veränderung oder Stand" (each cell's target then says which).
/// </summary>
internal sealed record OverviewColumn(string Key, string Label, string Unit)
{
    public string Kind { get; init; } = "Veränderung";
}
