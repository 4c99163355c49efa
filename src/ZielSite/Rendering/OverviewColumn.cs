namespace ZielSite.Rendering;

/// <summary>A target column of the overview.</summary>
public sealed record OverviewColumn(string Key, string Label);
