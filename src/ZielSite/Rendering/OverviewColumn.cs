namespace ZielSite.Rendering;

/// <summary>A target column of the overview: the key, the short label, and the unit of its values ("%" or "Pkt.").</summary>
internal sealed record OverviewColumn(string Key, string Label, string Unit);
