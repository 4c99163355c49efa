using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// A region of a sample project. <see cref="Index"/> is its position (0-based; 0–17 are the NRW zkT in AGS order);
/// <see cref="Seat"/> is the place named beside the signature ("Borken, den").
/// </summary>
public sealed record SampleRegion(int Index, string Ags, string Name, RegionKind Kind, string Slug, string Seat);
