namespace ZielSite.Inputs;

/// <summary>
/// The region boundaries of <c>data/karte.geojson</c>, for the maps: the shapes by AGS with their names, the
/// attribution the licence demands (the file's <c>attribution</c> member, null when it has none), and the whole
/// collection as compact GeoJSON reduced to <c>ags</c> and <c>name</c> (written once per site as a script asset).
/// </summary>
public sealed record GeoMap(string File, string? Attribution, IReadOnlyList<GeoFeature> Features, string Json);

/// <summary>One shape of the map: the region's five-digit AGS and the name the file gives it.</summary>
public sealed record GeoFeature(string Ags, string Name);
