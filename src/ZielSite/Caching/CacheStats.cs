namespace ZielSite.Caching;

/// <summary>
/// What the cache did in one build: units (<see cref="Rendering.IOutputReuse"/>) taken from the cache and units
/// rendered, and whether the cache could be updated after the build (<see cref="Saved"/>; a failure to save it only
/// makes the next build slower).
/// </summary>
public sealed record CacheStats(int Reused, int Rendered, bool Saved)
{
    /// <summary>Agreements taken parsed from the cache instead of being parsed again (<see cref="AgreementCache"/>).</summary>
    public int AgreementsReused { get; init; }
}
