namespace ZielSite.Build;

/// <summary>
/// Options of <c>zielsite build</c>. <see cref="OutDir"/> defaults to <c>_site</c> in the project.
/// <see cref="Strict"/> turns warnings into errors. <see cref="GeneratedAt"/> is shown on pages only when given
/// (from an option or <c>SOURCE_DATE_EPOCH</c>), so that output stays byte-for-byte reproducible.
/// </summary>
public sealed record BuildOptions(
    string ProjectRoot,
    string? OutDir = null,
    bool Strict = false,
    string? BuiltinDir = null,
    string? BaseUrl = null,
    DateTimeOffset? GeneratedAt = null)
{
    /// <summary>
    /// Folder of the incremental rebuild cache (<c>Caching.RebuildCache</c>), or null to build without one (the
    /// default of the library; <c>zielsite build</c> uses <c>.zielsite-cache/</c> in the project unless <c>--no-cache</c>).
    /// Only <see cref="SiteBuilder"/> reads it: it makes the one cache object the stages use.
    /// </summary>
    public string? CacheDir { get; init; }

    /// <summary>How long a build waits for another build of the same cache folder to finish before it stops with ZS0611.</summary>
    public TimeSpan LockWait { get; init; } = Output.SiteWriter.LockWait;

    public string ResolvedOutDir => Path.GetFullPath(OutDir ?? Path.Combine(ProjectRoot, "_site"));
}
