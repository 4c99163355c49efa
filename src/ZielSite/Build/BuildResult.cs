using ZielSite.Diagnostics;

namespace ZielSite.Build;

/// <summary>
/// The outcome of a build: all diagnostics (sorted), whether the site was written, how many files it has,
/// and the time each stage took (for profiles; not part of the output).
/// </summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Written, int FileCount, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
