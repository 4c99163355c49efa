using ZielSite.Diagnostics;

namespace ZielSite.Publishing;

/// <summary>
/// What <see cref="BundleVerifier.Verify"/> found: the <see cref="Problems"/> (one per file that changed, is
/// missing or is extra; file = "bundle.zip:site/…"), how many entries matched, and the manifest (null when
/// it could not be read).
/// </summary>
public sealed record BundleVerification(IReadOnlyList<Diagnostic> Problems, int Matched, SiteManifest? Manifest)
{
    public bool Ok => Problems.Count == 0;
}
