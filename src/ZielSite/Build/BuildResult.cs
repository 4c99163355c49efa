using ZielSite.Diagnostics;

namespace ZielSite.Build;

/// <summary>
/// The outcome of a build: all diagnostics (sorted), whether the site was written, how many files it has,
/// and the time each stage took (for profiles; not part of the output).
/// </summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Written, int FileCount, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>SHA-256 (hex) of every input read, by project-relative path (<c>ProjectInputs.InputHashes</c> plus <c>archiv/**</c>), for bundle manifests.</summary>
    public IReadOnlyDictionary<string, string> InputHashes { get; init; } = new Dictionary<string, string>();

    /// <summary>What the incremental cache did (units reused and rendered); null for a build without cache or one that stopped before rendering.</summary>
    public Caching.CacheStats? Cache { get; init; }
}
