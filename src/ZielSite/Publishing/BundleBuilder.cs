using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>
/// Puts a review bundle together: the site under <c>site/</c>, <c>REVIEW.md</c> for the pull request and
/// <c>manifest.json</c> listing the SHA-256 and size of every other entry, the inputs' hashes and the tool's
/// version. The entries depend only on their arguments; <see cref="ZipWriter"/> turns them into the same bytes.
/// </summary>
public static class BundleBuilder
{
    /// <summary>Folder of the site inside the bundle.</summary>
    public const string SitePrefix = "site/";

    /// <summary>Name of the review report at the zip root.</summary>
    public const string ReviewName = "REVIEW.md";

    /// <param name="site">The site's files (see <see cref="SiteReader.Read"/>).</param>
    /// <param name="inputHashes">SHA-256 per input path (<c>ProjectInputs.InputHashes</c>).</param>
    /// <param name="diagnostics">Every diagnostic of the build, for the report.</param>
    /// <param name="toolVersion">Usually <see cref="ToolVersion.Current"/>.</param>
    public static IReadOnlyList<OutputFile> Entries(
        IReadOnlyList<OutputFile> site, IReadOnlyDictionary<string, string> inputHashes, IReadOnlyList<Diagnostic> diagnostics, string toolVersion)
    {
        var entries = site.Select(f => new OutputFile(SitePrefix + f.Path, f.Content)).ToList();
        var results = site.FirstOrDefault(f => f.Path == ResultsDocument.SitePath) is { } file
            ? ResultsDocument.Read(new MemoryStream(file.Content.ToArray(), writable: false))
            : null;
        var review = ReviewReport.Render(results, diagnostics, toolVersion, site.Count);
        entries.Add(new OutputFile(ReviewName, Encoding.UTF8.GetBytes(review)));
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var manifest = new SiteManifest(toolVersion,
            entries.Select(e => ManifestFile.Of(e.Path, e.Content.Span)).ToList(),
            inputHashes.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        entries.Add(new OutputFile(SiteManifest.EntryName, manifest.ToBytes()));
        return entries;
    }
}
