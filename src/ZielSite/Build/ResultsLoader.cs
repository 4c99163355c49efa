using System.IO.Compression;
using ZielSite.Diagnostics;
using ZielSite.Publishing;

namespace ZielSite.Build;

/// <summary>
/// Finds the results of a build in what the user names: a bundle zip (its <c>site/daten/ergebnisse.json</c>),
/// a project folder (has <c>content/</c> and <c>data/</c>: analysed afresh), or a site folder (has
/// <c>daten/ergebnisse.json</c>).
/// </summary>
public static class ResultsLoader
{
    /// <summary>The largest results document read: 256 MiB (400 regions over 10 years write about 20 MB).</summary>
    public const long MaxResultsBytes = 256L * 1024 * 1024;

    /// <returns>The results, or null with an error in <paramref name="diagnostics"/>.</returns>
    public static ResultsDocument? Load(string path, string? builtinDir, DiagnosticBag diagnostics)
    {
        var span = new SourceSpan(path);
        if (File.Exists(path))
        {
            try
            {
                using var zipFile = File.OpenRead(path);
                if (ZipLayout.Problem(zipFile) is { } layout)
                {
                    diagnostics.Error(DiagnosticCodes.BundleEntryUnsafe, span, layout + "; no entry is read");
                    return null;
                }
                using var zip = new ZipArchive(zipFile, ZipArchiveMode.Read);
                if (zip.Entries.Select(e => (e.FullName, Why: BundleVerifier.UnsafeName(e.FullName))).FirstOrDefault(e => e.Why is not null) is { Why: { } why } bad)
                {
                    diagnostics.Error(DiagnosticCodes.BundleEntryUnsafe, new SourceSpan($"{path}:{bad.FullName}"), why + "; the bundle is not read");
                    return null;
                }
                var entry = zip.GetEntry(BundleBuilder.SitePrefix + ResultsDocument.SitePath);
                if (entry is null)
                {
                    diagnostics.Error(DiagnosticCodes.ResultsUnreadable, span, $"the bundle has no {BundleBuilder.SitePrefix}{ResultsDocument.SitePath}; it was not written by 'zielsite bundle'");
                    return null;
                }
                if (entry.Length > MaxResultsBytes)
                {
                    diagnostics.Error(DiagnosticCodes.ResultsUnreadable, new SourceSpan($"{path}:{entry.FullName}"),
                        $"the results document has {entry.Length / (1024 * 1024)} MiB unpacked; at most {MaxResultsBytes / (1024 * 1024)} MiB are read");
                    return null;
                }
                using var stream = entry.Open();
                return Read(stream, $"{path}:{entry.FullName}", diagnostics);
            }
            catch (InvalidDataException e)
            {
                diagnostics.Error(DiagnosticCodes.ResultsUnreadable, span, $"not a bundle zip: {e.Message}");
                return null;
            }
        }
        if (!Directory.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ResultsUnreadable, span, "no such file or folder");
            return null;
        }
        if (Directory.Exists(Path.Combine(path, "content")) && Directory.Exists(Path.Combine(path, "data")))
        {
            var own = new DiagnosticBag();
            var analysis = ProjectAnalysis.Run(path, builtinDir, own);
            diagnostics.AddRange(own.ToSortedList());
            if (own.HasErrors) return null;
            return ResultsDocument.FromResults(analysis.Results, analysis.Inputs.Provenance.Any(p => p.IsSample));
        }
        var file = Path.Combine(path, ResultsDocument.SitePath);
        if (File.Exists(file))
        {
            if (new FileInfo(file).Length > MaxResultsBytes)
            {
                diagnostics.Error(DiagnosticCodes.ResultsUnreadable, new SourceSpan(file), $"the results document has {new FileInfo(file).Length / (1024 * 1024)} MiB; at most {MaxResultsBytes / (1024 * 1024)} MiB are read");
                return null;
            }
            using var stream = File.OpenRead(file);
            return Read(stream, file, diagnostics);
        }
        diagnostics.Error(DiagnosticCodes.ResultsUnreadable, span,
            $"neither a project (content/ and data/), a site ({ResultsDocument.SitePath}) nor a bundle zip");
        return null;
    }

    private static ResultsDocument? Read(Stream stream, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return ResultsDocument.Read(stream);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(DiagnosticCodes.ResultsUnreadable, new SourceSpan(display), e.Message);
            return null;
        }
    }
}
